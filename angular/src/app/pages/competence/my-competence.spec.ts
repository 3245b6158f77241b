import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CompetenceProfile } from '../../data/competence-api';
import { pageTestProviders } from '../../testing/page-providers';
import { MyCompetencePage } from './my-competence';

const PROFILE = {
  personId: 'p1',
  personName: 'Agnieszka Eriksen',
  officeId: 'o1',
  officeName: 'NAV Værnes',
  summary: {
    total: 4,
    met: 2,
    expiringSoon: 1,
    expired: 0,
    missingWithinDeadline: 0,
    overdue: 1,
    coverage: 0.75,
  },
  requirements: [
    {
      requirementId: 'r1',
      competenceAreaId: 'a1',
      competenceAreaCode: 'PERSONVERN',
      competenceAreaName: 'Personvern og GDPR',
      categoryName: 'Regelverk',
      jobRoleId: 'j1',
      jobRoleName: 'NAV-leder',
      isMandatory: true,
      requiredLevel: 2,
      requiredLevelName: 'Kunnskap',
      currentLevel: null,
      currentLevelName: null,
      status: 'Overdue',
      deadline: '2025-04-01',
      validUntil: null,
    },
  ],
  next: [],
  evidence: [
    {
      id: 'e1',
      personId: 'p1',
      competenceAreaId: 'a1',
      competenceAreaName: 'Personvern og GDPR',
      level: 2,
      levelName: 'Kunnskap',
      source: 'Upload',
      title: 'Kursbevis',
      achievedOn: '2026-01-10',
      validUntil: null,
      state: 'Rejected',
      rejectionReason: 'Dokumentet er uleselig.',
      decidedAt: '2026-01-12T10:00:00Z',
      hasDocument: true,
      submittedAt: '2026-01-11T10:00:00Z',
    },
  ],
} as CompetenceProfile;

describe('MyCompetencePage', () => {
  let http: HttpTestingController;

  function render() {
    TestBed.configureTestingModule({
      imports: [MyCompetencePage],
      providers: pageTestProviders([]),
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(MyCompetencePage);
    fixture.detectChanges();
    return fixture;
  }

  it('explains why a user without a person has no competence profile, and whom to ask', async () => {
    const fixture = render();
    const message =
      'Brukeren din er ikke knyttet til en person i organisasjonsregisteret. Be systemadministratoren eller HR om å knytte den til deg.';
    http
      .expectOne((r) => r.url.endsWith('/api/competence/my-profile'))
      .flush({
        personId: null,
        personName: '',
        officeId: null,
        officeName: '',
        summary: { ...PROFILE.summary, total: 0, met: 0, expiringSoon: 0, overdue: 0, coverage: 0 },
        requirements: [],
        next: [],
        evidence: [],
        noPerson: { code: 'Error:Competence.NoPersonProfile', message },
      });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const notice = element.querySelector('[data-testid=no-profile]')!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.querySelector('h2')?.textContent).toBe('Page:Competence.My.NoProfileHeading');
    expect(notice.textContent).toContain(message);
    // An explanation, not an error, and nothing to fill in.
    expect(element.querySelector('app-alert')?.textContent?.trim()).toBe('');
    expect(element.querySelector('app-evidence-form')).toBeNull();
    expect(element.querySelector('[data-testid=requirements-table]')).toBeNull();
    http.verify();
  });

  it('shows status chips in words, the rejection reason and the actions on own uploads', async () => {
    const fixture = render();
    http.expectOne((r) => r.url.endsWith('/api/competence/my-profile')).flush(PROFILE);
    // The upload form below loads its choices.
    await vi.waitFor(() =>
      http
        .expectOne((r) => r.url.endsWith('/api/competence/areas'))
        .flush({ totalCount: 0, items: [] }),
    );
    http
      .expectOne((r) => r.url.endsWith('/api/competence/scales'))
      .flush({ totalCount: 0, items: [] });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toContain('Agnieszka Eriksen, NAV Værnes');
    expect(element.querySelector('[data-testid=coverage]')?.textContent).toBe('75\u00a0%');

    const requirement = element.querySelector('[data-testid=requirements-table] tbody tr')!;
    const chip = requirement.querySelector('[data-testid=status-chip]')!;
    expect(chip.textContent?.trim()).toBe('Enum:CompetenceStatus.Overdue');
    expect(chip.className).toContain('chip-danger');
    expect(requirement.textContent).toContain('2 – Kunnskap');

    const evidence = element.querySelector('[data-testid=evidence-table] tbody tr')!;
    expect(evidence.textContent).toContain('Dokumentet er uleselig.');
    const actions = [...evidence.querySelectorAll('button')].map((b) => b.textContent?.trim());
    expect(actions).toEqual([
      'Page:Competence.Evidence.Download',
      'Page:Competence.Evidence.Withdraw',
    ]);
  });
});
