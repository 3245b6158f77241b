import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { Permissions } from '../../core/permissions';
import { Nominee } from '../../data/cohort-api';
import { pageTestProviders } from '../../testing/page-providers';
import { NominateDialog } from './nominate-dialog';

const FREE: Nominee = {
  personId: 'p1',
  name: 'Ingrid Hansen',
  jobRoleName: 'Teamleder',
  officeName: 'NAV Værnes',
  standing: 'NotEnrolled',
  standingName: 'Ikke påmeldt',
  standingCohortId: null,
  standingCohortName: null,
  alreadyInCohort: false,
  canNominate: true,
  reason: null,
};

const ELSEWHERE: Nominee = {
  ...FREE,
  personId: 'p2',
  name: 'Lars Olsen',
  jobRoleName: 'NAV-leder',
  standing: 'Enrolled',
  standingName: 'Påmeldt',
  standingCohortId: 'c2',
  standingCohortName: 'Nasjonalt kull 2026',
  canNominate: false,
  reason: 'Personen har allerede en plass i Nasjonalt kull 2026.',
};

const GRADUATE: Nominee = {
  ...FREE,
  personId: 'p3',
  name: 'Astrid Berg',
  standing: 'Completed',
  standingName: 'Har fullført programmet',
  standingCohortId: 'c0',
  standingCohortName: 'Kull Trøndelag 2025',
  canNominate: false,
  reason: 'Personen har allerede fullført programmet (Kull Trøndelag 2025).',
};

describe('NominateDialog', () => {
  it('shows role, office and standing, and offers only those who can be nominated', async () => {
    TestBed.configureTestingModule({
      imports: [NominateDialog],
      providers: [
        ...pageTestProviders([Permissions.CohortsNominate]),
        {
          provide: MAT_DIALOG_DATA,
          useValue: { cohortId: 'c1', cohortName: 'Kull Trøndelag 2027' },
        },
        { provide: MatDialogRef, useValue: { close: vi.fn() } },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(NominateDialog);
    fixture.detectChanges();
    await vi.waitFor(() =>
      http
        .expectOne((r) => r.url.endsWith('/api/cohorts/c1/nominees'))
        .flush({ totalCount: 3, items: [FREE, ELSEWHERE, GRADUATE] }),
    );
    await vi.waitFor(() => {
      fixture.detectChanges();
      expect(fixture.nativeElement.querySelectorAll('[data-person]').length).toBe(3);
    });
    const element: HTMLElement = fixture.nativeElement;
    const row = (id: string) => element.querySelector(`[data-person="${id}"]`)!;

    expect(element.querySelector('[data-testid=leaders-only]')?.textContent).toContain(
      'Page:Cohorts.Nominate.SearchHint',
    );
    expect(row('p1').textContent).toContain('Teamleder, NAV Værnes');
    expect(row('p1').querySelector('[data-testid=reason]')).toBeNull();
    const free = row('p1').querySelector('button')!;
    expect(free.disabled).toBe(false);
    expect(free.textContent?.trim()).toBe('Page:Cohorts.Nominate.Button');

    for (const [id, reason] of [
      ['p2', ELSEWHERE.reason],
      ['p3', GRADUATE.reason],
    ] as const) {
      const button = row(id).querySelector('button')!;
      expect(button.disabled).toBe(true);
      expect(button.textContent?.trim()).toBe('Page:Cohorts.Nominate.Unavailable');
      expect(row(id).querySelector('[data-testid=reason]')?.textContent).toBe(reason);
      expect(button.getAttribute('aria-describedby')).toBe(`reason-${id}`);
    }
    expect(row('p2').querySelector('[data-testid=standing]')?.textContent?.trim()).toBe(
      'Page:Cohorts.Nominate.StandingIn',
    );
    expect(row('p1').querySelector('[data-testid=standing]')?.textContent?.trim()).toBe(
      'Page:Cohorts.Nominate.Standing',
    );
    http.verify();
  });
});
