import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Permissions } from '../../core/permissions';
import { ProgrammeCounts, ProgrammeDashboard } from '../../data/programme-dashboard-api';
import { pageTestProviders } from '../../testing/page-providers';
import { ProgrammeDashboardPage } from './programme-dashboard';

const counts = (enrolled: number, completed: number, progress: number): ProgrammeCounts => ({
  enrolled,
  waitlisted: 1,
  inProgress: enrolled - completed,
  completed,
  droppedOut: 2,
  averageProgress: progress,
  completionRate: enrolled ? completed / enrolled : 0,
});

const supervision = {
  groups: 2,
  supervisors: 1,
  members: 8,
  meetingsHeld: 4,
  meetingsCancelled: 0,
  attended: 12,
  expected: 16,
  attendanceRate: 0.75,
};

const DASHBOARD: ProgrammeDashboard = {
  scopeName: 'Hele landet',
  total: counts(30, 6, 0.5),
  byCohort: [
    { id: 'c1', name: 'Kull Nord', counts: counts(10, 2, 0.25) },
    { id: 'c2', name: 'Kull Sør', counts: counts(20, 4, 0.625) },
  ],
  byRegion: [{ id: 'r1', name: 'Trøndelag', counts: counts(30, 6, 0.5) }],
  byEmployer: [{ id: 'State', name: 'Statlig', counts: counts(30, 6, 0.5) }],
  partnership: [
    { id: 'r1', name: 'Trøndelag', state: counts(18, 4, 0.5), municipal: counts(12, 2, 0.5) },
  ],
  courses: [
    {
      id: 'k1',
      name: 'Personvern',
      enrolled: 40,
      completed: 30,
      completionRate: 0.75,
      quizTaken: 20,
      quizPassed: 15,
      quizPassRate: 0.75,
    },
  ],
  supervision: {
    total: supervision,
    byRegion: [{ id: 'r1', name: 'Trøndelag', counts: supervision }],
  },
  evaluations: [
    {
      id: 'e1',
      title: 'Etter samlingen',
      targetKind: 'Gathering',
      answered: 4,
      eligible: 10,
      responseRate: 0.4,
      likertAverage: null,
    },
  ],
  programmes: [{ id: 'p1', name: 'Lederprogrammet' }],
  cohorts: [
    { id: 'c1', name: 'Kull Nord' },
    { id: 'c2', name: 'Kull Sør' },
  ],
  regions: [{ id: 'r1', name: 'Trøndelag' }],
};

describe('ProgrammeDashboardPage', () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({
      imports: [ProgrammeDashboardPage],
      providers: pageTestProviders([Permissions.ReportingView]),
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ProgrammeDashboardPage);
    fixture.detectChanges();
    await vi.waitFor(() =>
      http.expectOne((r) => r.url.endsWith('/api/reports/programme')).flush(DASHBOARD),
    );
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture;
  }

  it('shows the key figures and each cohort in a table next to its chart', async () => {
    const element = (await render()).nativeElement as HTMLElement;
    const total = element.querySelector('[data-testid=dashboard-total]')!;
    expect(total.querySelector('[data-column=enrolled]')?.textContent?.trim()).toBe('30');
    expect(total.querySelector('[data-column=averageProgress]')?.textContent).toContain('50');
    expect(element.querySelector('[data-testid=by-cohort-chart]')).not.toBeNull();
    const rows = [...element.querySelectorAll('[data-testid=by-cohort-table] tbody tr')];
    expect(rows.map((r) => r.querySelector('td')?.textContent?.trim())).toEqual([
      'Kull Nord',
      'Kull Sør',
    ]);
    expect(rows[1].querySelector('[data-column=enrolled]')?.textContent?.trim()).toBe('20');
    expect(rows[1].querySelector('[data-column=completionRate]')?.textContent).toContain('20');
  });

  it('puts state and municipal leaders side by side, and hides an average below the threshold', async () => {
    const element = (await render()).nativeElement as HTMLElement;
    const region = element.querySelector('[data-testid=partnership-table] tbody tr')!;
    expect(region.querySelector('[data-column=stateEnrolled]')?.textContent?.trim()).toBe('18');
    expect(region.querySelector('[data-column=municipalEnrolled]')?.textContent?.trim()).toBe('12');
    const evaluation = element.querySelector('[data-testid=evaluations-table] tbody tr')!;
    expect(evaluation.querySelector('[data-column=likertAverage]')?.textContent?.trim()).toBe(
      'Page:Reporting.TooFewAnswers',
    );
  });

  it('narrows the dashboard to municipal leaders', async () => {
    const fixture = await render();
    const page = fixture.componentInstance as unknown as { employer: { set(v: string): void } };
    page.employer.set('Municipality');
    fixture.detectChanges();
    const request = await vi.waitFor(() =>
      http.expectOne((r) => r.url.endsWith('/api/reports/programme')),
    );
    expect(request.request.params.get('employer')).toBe('Municipality');
  });
});
