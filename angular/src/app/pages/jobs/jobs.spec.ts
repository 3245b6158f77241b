import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { JobInfo } from '../../data/models';
import { pageTestProviders } from '../../testing/page-providers';
import { JobsPage } from './jobs';

const JOBS: JobInfo[] = [
  {
    group: 'system',
    name: 'housekeeping',
    title: 'Opprydding',
    description: 'Rydder bort utløpte token og gammel jobbhistorikk',
    lastOutcome: null,
    triggers: [
      {
        group: 'system',
        name: 'housekeeping-nightly',
        state: 'Aktiv',
        description: 'Hver natt kl. 03:15 (norsk tid)',
        schedule: 'Hver natt kl. 03:15',
        cronExpression: '0 15 3 * * ?',
        previousFireTime: null,
        nextFireTime: '2026-12-05T02:15:00Z',
      },
    ],
    cohorts: [],
    canRunNow: true,
  },
  {
    group: 'programmes',
    name: 'cohort-milestone',
    title: 'Milepæler for kull',
    description: 'Kjører milepælene til kullene',
    lastOutcome: {
      firedAt: '2026-12-04T07:00:00Z',
      succeeded: true,
      message: 'Påmeldingen er åpnet',
    },
    triggers: [],
    cohorts: [
      {
        cohortId: 'c1',
        cohortName: 'Kull Trøndelag 2027',
        pending: 34,
        nextKindName: 'Påmelding stenger',
        nextFireTime: '2027-01-03T23:00:00Z',
      },
    ],
    canRunNow: false,
  },
];

describe('JobsPage', () => {
  async function render(jobs: JobInfo[]) {
    TestBed.configureTestingModule({ imports: [JobsPage], providers: pageTestProviders([]) });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(JobsPage);
    fixture.detectChanges();
    await vi.waitFor(() =>
      http.expectOne((r) => r.method === 'GET' && r.url.endsWith('/api/admin/jobs')).flush(jobs),
    );
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('names each job and its schedule in words, not by id and cron expression', async () => {
    const element = await render(JOBS);
    const housekeeping = element.querySelector('[data-job="system.housekeeping"]')!;
    expect(housekeeping.querySelector('h2')?.textContent).toBe('Opprydding');
    expect(housekeeping.querySelector('[data-testid=job-schedule]')?.textContent).toContain(
      'Hver natt kl. 03:15',
    );
    expect(element.textContent).not.toContain('0 15 3 * * ?');
    expect(element.textContent).not.toContain('housekeeping-nightly');
  });

  it('shows the milestones per cohort with a link to the cohort, not one trigger each', async () => {
    const element = await render(JOBS);
    const cohorts = element.querySelector(
      '[data-job="programmes.cohort-milestone"] [data-testid=job-cohorts]',
    )!;
    const items = cohorts.querySelectorAll('li');
    expect(items.length).toBe(1);
    expect(items[0].querySelector('a')?.getAttribute('href')).toBe('/cohorts/c1');
    expect(items[0].textContent).toContain('Kull Trøndelag 2027');
    expect(items[0].textContent).toContain('Page:Jobs.CohortPending');
    expect(items[0].textContent).toContain('Page:Jobs.CohortNext');
  });
});
