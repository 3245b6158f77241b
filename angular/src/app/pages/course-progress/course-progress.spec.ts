import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Permission, Permissions } from '../../core/permissions';
import { CourseProgress } from '../../data/course-progress-api';
import { pageTestProviders } from '../../testing/page-providers';
import { CourseAssignPage, toCourseAssignment } from './course-assign';
import { CourseProgressPage } from './course-progress';

const counts = (enrolled: number, completed: number, inProgress: number, overdue: number) => ({
  enrolled,
  notStarted: enrolled - completed - inProgress,
  inProgress,
  completed,
  overdue,
  completionRate: enrolled ? completed / enrolled : 0,
});

const REPORT: CourseProgress = {
  scopeName: 'Trøndelag',
  total: counts(4, 1, 1, 2),
  byCourse: [{ id: 'c1', name: 'Personvern i NAV', counts: counts(4, 1, 1, 2) }],
  byRegion: [{ id: 'r1', name: 'Trøndelag', counts: counts(4, 1, 1, 2) }],
  byOffice: [
    { id: 'o1', name: 'NAV Malvik', counts: counts(3, 0, 1, 2) },
    { id: 'o2', name: 'NAV Værnes', counts: counts(1, 1, 0, 0) },
  ],
  courses: [{ id: 'c1', code: 'EL-PERSONVERN-01', title: 'Personvern i NAV' }],
};

describe('toCourseAssignment', () => {
  it('sends an office and a role together, and nothing for what was not chosen', () => {
    expect(
      toCourseAssignment({ courseId: 'c1', officeId: 'o1', jobRoleId: '', dueOn: '2027-01-31' }),
    ).toEqual({ courseId: 'c1', officeId: 'o1', jobRoleId: null, dueOn: '2027-01-31' });
  });
});

describe('CourseProgressPage', () => {
  let http: HttpTestingController;

  async function render(permissions: Permission[] = [Permissions.ELearningViewProgress]) {
    TestBed.configureTestingModule({
      imports: [CourseProgressPage],
      providers: pageTestProviders(permissions),
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CourseProgressPage);
    fixture.detectChanges();
    await vi.waitFor(() =>
      http.expectOne((r) => r.url.endsWith('/api/e-learning/progress')).flush(REPORT),
    );
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture;
  }

  it('shows the numbers of each office in a table next to the chart, with the completion rate', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    const rows = [...element.querySelectorAll('[data-testid=by-office-table] tbody tr')];
    expect(rows.map((r) => r.querySelector('td')?.textContent?.trim())).toEqual([
      'NAV Malvik',
      'NAV Værnes',
    ]);
    const malvik = rows[0];
    expect(malvik.querySelector('[data-column=enrolled]')?.textContent?.trim()).toBe('3');
    expect(malvik.querySelector('[data-column=overdue]')?.textContent?.trim()).toBe('2');
    expect(rows[1].querySelector('[data-column=completionRate]')?.textContent).toContain('100');
    expect(element.querySelector('[data-testid=scope-name]')?.textContent).toContain(
      'Page:CourseProgress.Showing',
    );
    // Only those who may assign are offered the way there.
    expect(element.querySelector('[data-testid=assign-link]')).toBeNull();
  });

  it('asks again for one course when the viewer chooses it', async () => {
    const fixture = await render([Permissions.ELearningViewProgress, Permissions.ELearningAssign]);
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid=assign-link]')).not.toBeNull();
    (fixture.componentInstance as unknown as { courseId: { set(v: string): void } }).courseId.set(
      'c1',
    );
    fixture.detectChanges();
    const request = await vi.waitFor(() =>
      http.expectOne((r) => r.url.endsWith('/api/e-learning/progress')),
    );
    expect(request.request.params.get('courseId')).toBe('c1');
    request.flush(REPORT);
  });
});

describe('CourseAssignPage', () => {
  it('sends the chosen course, office and deadline and reports what was done', async () => {
    TestBed.configureTestingModule({
      imports: [CourseAssignPage],
      providers: pageTestProviders([Permissions.ELearningAssign]),
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CourseAssignPage);
    fixture.detectChanges();
    await vi.waitFor(() =>
      http
        .expectOne((r) => r.url.endsWith('/api/e-learning/assignments/options'))
        .flush({
          courses: [{ id: 'c1', code: 'EL-PERSONVERN-01', title: 'Personvern i NAV' }],
          offices: [{ id: 'o1', name: 'NAV Malvik' }],
          jobRoles: [{ id: 'j1', name: 'Teamleder' }],
        }),
    );
    await fixture.whenStable();
    const page = fixture.componentInstance as unknown as {
      form: { setValue(v: object): void };
      assign(): Promise<void>;
    };
    page.form.setValue({ courseId: 'c1', officeId: 'o1', jobRoleId: '', dueOn: '2027-01-31' });
    const sent = page.assign();
    const request = await vi.waitFor(() =>
      http.expectOne((r) => r.url.endsWith('/api/e-learning/assignments') && r.method === 'POST'),
    );
    expect(request.request.body).toEqual({
      courseId: 'c1',
      officeId: 'o1',
      jobRoleId: null,
      dueOn: '2027-01-31',
    });
    request.flush({ assigned: 3, alreadyEnrolled: 1, deadlinesMoved: 0, alreadyCompleted: 0 });
    await sent;
    await fixture.whenStable();
    fixture.detectChanges();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid=assign-result]')
        ?.textContent,
    ).toContain('Page:CourseProgress.Assign.Result');
  });
});
