import { HttpTestingController } from '@angular/common/http/testing';
import { content } from '../../testing/programme-test-data';
import { TestBed } from '@angular/core/testing';
import { Permissions } from '../../core/permissions';
import type { AttendanceSheet, Cohort } from '../../data/participation-api';
import { pageTestProviders } from '../../testing/page-providers';
import { AttendanceTab } from './attendance-tab';

const SESSION = {
  id: 's1',
  moduleId: 'm4',
  moduleTitle: content('Endringsledelse'),
  title: content('Avslutningssamling'),
  format: 'InPerson' as const,
  formatName: 'Fysisk samling',
  startsAt: '2026-11-21T08:00:00Z',
  endsAt: '2026-11-21T14:00:00Z',
  durationMinutes: 360,
  place: 'Trondheim',
  videoLink: null,
};

const SHEET: AttendanceSheet = {
  cohortId: 'c1',
  session: SESSION,
  rows: [
    { enrolmentId: 'e1', personName: 'Anne Aas', officeName: 'NAV Værnes', present: null },
    { enrolmentId: 'e2', personName: 'Bjørn Berg', officeName: 'NAV Molde', present: false },
  ],
};

describe('AttendanceTab', () => {
  it('registers the choices made, one entry per participant, and shows what was saved', async () => {
    TestBed.configureTestingModule({
      imports: [AttendanceTab],
      providers: pageTestProviders([Permissions.CohortsFacilitate]),
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AttendanceTab);
    fixture.componentRef.setInput('cohort', { id: 'c1', sessions: [SESSION] } as unknown as Cohort);
    fixture.detectChanges();
    const url = '/api/cohorts/c1/sessions/s1/attendance';
    await vi.waitFor(() =>
      http.expectOne((r) => r.method === 'GET' && r.url.endsWith(url)).flush(SHEET),
    );
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    const group = element.querySelector('[aria-labelledby=attendance-name-e1]')!;
    expect(group.getAttribute('role')).toBe('radiogroup');
    expect(element.querySelector('#attendance-name-e1')?.textContent).toBe('Anne Aas');
    group.querySelector<HTMLInputElement>('input[value=present]')!.click();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid=unsaved]')).not.toBeNull();

    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const put = http.expectOne((r) => r.method === 'PUT' && r.url.endsWith(url));
    expect(put.request.body).toEqual({
      entries: [
        { enrolmentId: 'e1', present: true },
        { enrolmentId: 'e2', present: false },
      ],
    });
    put.flush({ ...SHEET, rows: [{ ...SHEET.rows[0], present: true }, SHEET.rows[1]] });
    await fixture.whenStable();
    const registered = [...element.querySelectorAll('[data-testid=registered]')].map((c) =>
      c.textContent?.trim(),
    );
    expect(registered).toEqual([
      'Page:MyProgramme.Attendance.Present',
      'Page:MyProgramme.Attendance.Absent',
    ]);
    expect(element.querySelector('[data-testid=unsaved]')).toBeNull();
    expect(element.textContent).toContain('Page:Facilitation.Attendance.Saved');
  });
});
