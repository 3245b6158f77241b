import type { AttendanceRow, Session } from '../../data/participation-api';
import { content } from '../../testing/programme-test-data';
import {
  attendanceEntries,
  attendanceForm,
  attendanceSummary,
  choiceOf,
  defaultSession,
  rowErrors,
  unsavedCount,
} from './attendance-form';

const ROWS: AttendanceRow[] = [
  { enrolmentId: 'e1', personName: 'Anne Aas', officeName: 'NAV Værnes', present: true },
  { enrolmentId: 'e2', personName: 'Bjørn Berg', officeName: 'NAV Molde', present: false },
  { enrolmentId: 'e3', personName: 'Cecilie Dahl', officeName: 'NAV Bodø', present: null },
];

function session(id: string, startsAt: string): Session {
  return {
    id,
    moduleId: 'm',
    moduleTitle: content(''),
    title: content(id),
    format: 'InPerson',
    formatName: '',
    startsAt,
    endsAt: startsAt,
    durationMinutes: 60,
    place: null,
    videoLink: null,
  };
}

describe('attendance form', () => {
  it('starts from what the server has registered, with no choice for the unregistered', () => {
    const form = attendanceForm(ROWS);
    expect(form.getRawValue()).toEqual({ e1: 'present', e2: 'absent', e3: null });
    expect(choiceOf(undefined)).toBeNull();
  });

  it('sends one entry per choice, in the sheet order, leaving out the unchosen', () => {
    const form = attendanceForm(ROWS);
    expect(attendanceEntries(ROWS, form.getRawValue())).toEqual([
      { enrolmentId: 'e1', present: true },
      { enrolmentId: 'e2', present: false },
    ]);
    form.controls['e3'].setValue('present');
    form.controls['e1'].setValue('absent');
    expect(attendanceEntries(ROWS, form.getRawValue())).toEqual([
      { enrolmentId: 'e1', present: false },
      { enrolmentId: 'e2', present: false },
      { enrolmentId: 'e3', present: true },
    ]);
  });

  it('counts the choices that are not saved yet', () => {
    const form = attendanceForm(ROWS);
    expect(unsavedCount(ROWS, form.getRawValue())).toBe(0);
    form.controls['e3'].setValue('present');
    expect(unsavedCount(ROWS, form.getRawValue())).toBe(1);
  });

  it('sums up the saved sheet', () => {
    expect(attendanceSummary(ROWS)).toEqual({ present: 1, absent: 1, notRegistered: 1 });
  });

  it("puts the server's errors on the participant the entry was about", () => {
    const entries = [
      { enrolmentId: 'e1', present: true },
      { enrolmentId: 'e3', present: true },
    ];
    expect(
      rowErrors(entries, {
        'entries[1].enrolmentId': ['Ukjent.'],
        entries: ['Påkrevd.'],
      }),
    ).toEqual({ e3: 'Ukjent.', '': 'Påkrevd.' });
    expect(rowErrors(entries, undefined)).toEqual({});
  });

  it('picks the latest gathering that has begun, or else the first', () => {
    const sessions = [
      session('first', '2026-09-01T07:00:00Z'),
      session('last-past', '2026-11-21T08:00:00'),
      session('future', '2027-01-10T08:00:00Z'),
    ];
    expect(defaultSession(sessions, new Date('2026-11-24T12:00:00Z'))?.id).toBe('last-past');
    expect(defaultSession(sessions, new Date('2026-01-01T00:00:00Z'))?.id).toBe('first');
    expect(defaultSession([], new Date())).toBeUndefined();
  });
});
