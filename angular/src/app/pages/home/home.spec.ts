import { HttpTestingController } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AuthService } from '../../core/auth.service';
import type { Home } from '../../data/home-api';
import { pageTestProviders } from '../../testing/page-providers';
import { HomePage } from './home';
import { homeParts } from './home-format';
import { content } from '../../testing/programme-test-data';

const NOTHING: Home = {
  hasPersonProfile: true,
  programme: null,
  competence: null,
  gaps: null,
  facilitation: null,
  enrolments: null,
  approvals: null,
  cohorts: null,
  system: null,
};

const counts = {
  total: 4,
  met: 2,
  expiringSoon: 1,
  expired: 0,
  missingWithinDeadline: 0,
  overdue: 1,
  coverage: 0.75,
};

const LEADER: Home = {
  ...NOTHING,
  programme: {
    cohorts: [
      {
        enrolmentId: 'e1',
        cohortId: 'c1',
        cohortName: 'Nasjonalt kull 2026',
        cohortStatus: 'Running',
        cohortStatusName: 'Pågår',
        status: 'Enrolled',
        statusName: 'Påmeldt',
        waitlistPosition: null,
        startsOn: '2026-08-26',
        endsOn: '2027-01-23',
        modulesCompleted: 3,
        moduleCount: 4,
        nextSession: {
          id: 's1',
          moduleId: 'm4',
          moduleTitle: content('Endringsledelse'),
          title: content('Samling 4: Endring i praksis'),
          format: 'InPerson',
          formatName: 'Fysisk',
          startsAt: '2026-12-10T08:00:00Z',
          endsAt: '2026-12-10T15:00:00Z',
          durationMinutes: 420,
          place: 'NAV Trøndelag, Trondheim',
          videoLink: null,
        },
        upcomingDeadlines: [
          {
            assignmentId: 'a1',
            title: content('Endringsprosjekt'),
            moduleTitle: content('Endringsledelse'),
            dueOn: '2026-12-14',
            status: null,
          },
          {
            assignmentId: 'a2',
            title: content('Levert oppgave'),
            moduleTitle: content('Endringsledelse'),
            dueOn: '2026-12-15',
            status: 'Submitted',
          },
        ],
      },
    ],
  },
  competence: {
    summary: counts,
    next: [
      {
        requirementId: 'r1',
        competenceAreaId: 'ca1',
        competenceAreaCode: 'ENDRING',
        competenceAreaName: 'Endringsledelse',
        categoryName: 'Ledelse',
        jobRoleId: 'j1',
        jobRoleName: 'Leder',
        isMandatory: true,
        requiredLevel: 3,
        requiredLevelName: 'Selvstendig',
        currentLevel: null,
        currentLevelName: null,
        status: 'Overdue',
        deadline: '2026-10-01',
        validUntil: null,
      },
    ],
  },
  gaps: { scopeName: 'NAV Værnes', total: counts, weakest: [] },
};

describe('HomePage', () => {
  let http: HttpTestingController;

  async function render(home: Home, roles: string[]) {
    TestBed.configureTestingModule({
      imports: [HomePage],
      providers: [
        ...pageTestProviders([]),
        {
          provide: AuthService,
          useValue: { hasPermission: () => false, user: signal({ name: 'Lise Leder', roles }) },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(HomePage);
    fixture.detectChanges();
    await vi.waitFor(() =>
      http.expectOne((r) => r.method === 'GET' && r.url.endsWith('/api/home')).flush(home),
    );
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const sections = (element: HTMLElement) =>
    [...element.querySelectorAll('section')].map((s) => s.getAttribute('data-testid'));

  it("shows a leader their cohort's progress, next gathering and what to hand in, then their competence", async () => {
    const element = await render(LEADER, ['Leader']);
    expect(sections(element)).toEqual(['home-programme', 'home-competence', 'home-gaps']);
    const programme = element.querySelector('[data-testid=home-programme]')!;
    expect(programme.querySelector<HTMLElement>('.bar-fill')?.style.width).toBe('75%');
    expect(programme.querySelector('[data-testid=home-next-gathering]')?.textContent).toContain(
      'Samling 4: Endring i praksis',
    );
    const steps = element.querySelector('[data-testid=home-next-steps]')!;
    // Only what is still to be handed in is a step; the submitted one is not.
    expect(steps.querySelectorAll('li').length).toBe(2);
    expect(steps.textContent).toContain('Page:Home.Next.Submit');
    expect(steps.textContent).toContain('Endringsledelse');
    expect(element.querySelector('[data-testid=home-no-person]')).toBeNull();
  });

  it('tells a leader without a person record why their own parts are missing', async () => {
    const element = await render(
      { ...NOTHING, hasPersonProfile: false, programme: { cohorts: [] } },
      ['Leader'],
    );
    expect(element.querySelector('[data-testid=home-no-person]')?.textContent).toContain(
      'Page:Home.NoPerson',
    );
    expect(element.querySelector('[data-testid=home-competence]')).toBeNull();
    expect(element.textContent).not.toContain('Page:Home.Programme.FindCohort');
  });

  it('shows a KS admin the draft awaiting their approval with a link to it, before the cohorts', async () => {
    const element = await render(
      {
        ...NOTHING,
        approvals: {
          partyName: 'KS',
          drafts: [
            {
              id: 'v2',
              number: 2,
              name: 'Lederprogrammet 2027',
              ksApproved: false,
              directorateApproved: true,
              awaitsMe: true,
            },
          ],
          evidenceAwaiting: 3,
        },
        cohorts: { byStatus: [{ status: 'Running', statusName: 'Pågår', count: 1 }], current: [] },
      },
      ['KsAdmin'],
    );
    expect(sections(element)).toEqual(['home-approvals', 'home-cohorts']);
    const approvals = element.querySelector('[data-testid=home-approvals]')!;
    expect(approvals.querySelector('a')?.getAttribute('href')).toBe('/programme/versions/v2');
    expect(approvals.textContent).toContain('Page:Home.Approvals.AwaitsParty');
    expect(approvals.querySelector('a[href="/competence/approvals"]')).not.toBeNull();
  });
});

describe('homeParts', () => {
  const all: Home = {
    ...LEADER,
    enrolments: { pending: 1, waitlisted: 0, cohorts: [] },
    system: {
      regions: 1,
      municipalities: 2,
      offices: 3,
      people: 4,
      failedJobs: 0,
      lastJobRun: null,
    },
  };

  it("follows the order of the user's main role", () => {
    expect(homeParts(all, ['Leader'])).toEqual([
      'programme',
      'competence',
      'gaps',
      'enrolments',
      'system',
    ]);
    expect(homeParts(all, ['Leader', 'RegionalCoordinator'])[0]).toBe('enrolments');
    expect(homeParts(all, ['SystemAdmin'])[0]).toBe('system');
  });

  it('leaves out the parts the server did not send', () => {
    expect(homeParts(NOTHING, ['SystemAdmin'])).toEqual([]);
  });
});
