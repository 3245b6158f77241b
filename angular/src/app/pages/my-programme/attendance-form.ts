import { FormControl, FormGroup } from '@angular/forms';
import type { AttendanceEntry, AttendanceRow, Session } from '../../data/participation-api';
import { parseUtc } from './programme-format';

/** A row's choice on the sheet: nothing chosen yet is not the same as absent. */
export type AttendanceChoice = 'present' | 'absent' | null;

export type AttendanceForm = FormGroup<Record<string, FormControl<AttendanceChoice>>>;

export function choiceOf(present: boolean | null | undefined): AttendanceChoice {
  if (present === true) return 'present';
  if (present === false) return 'absent';
  return null;
}

/** One control per participant, keyed by enrolment, holding what the server has registered. */
export function attendanceForm(rows: readonly AttendanceRow[]): AttendanceForm {
  const controls: Record<string, FormControl<AttendanceChoice>> = {};
  for (const row of rows) {
    controls[row.enrolmentId] = new FormControl<AttendanceChoice>(choiceOf(row.present));
  }
  return new FormGroup(controls);
}

/**
 * What to send: one entry per participant with a choice, in the sheet's order. Participants with
 * no choice are left out, so saving never registers someone as absent by accident.
 */
export function attendanceEntries(
  rows: readonly AttendanceRow[],
  values: Partial<Record<string, AttendanceChoice>>,
): AttendanceEntry[] {
  return rows
    .filter((row) => values[row.enrolmentId] === 'present' || values[row.enrolmentId] === 'absent')
    .map((row) => ({
      enrolmentId: row.enrolmentId,
      present: values[row.enrolmentId] === 'present',
    }));
}

/** How many choices differ from what the server has registered. */
export function unsavedCount(
  rows: readonly AttendanceRow[],
  values: Partial<Record<string, AttendanceChoice>>,
): number {
  return rows.filter((row) => (values[row.enrolmentId] ?? null) !== choiceOf(row.present)).length;
}

export interface AttendanceSummary {
  present: number;
  absent: number;
  notRegistered: number;
}

export function attendanceSummary(rows: readonly AttendanceRow[]): AttendanceSummary {
  return {
    present: rows.filter((r) => r.present === true).length,
    absent: rows.filter((r) => r.present === false).length,
    notRegistered: rows.filter((r) => r.present === null || r.present === undefined).length,
  };
}

/**
 * The server's field errors (`entries[2].present`) placed on the participant the entry was
 * about, by enrolment id; errors about the whole list go under `''`.
 */
export function rowErrors(
  entries: readonly AttendanceEntry[],
  errors: Record<string, string[]> | undefined,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [field, messages] of Object.entries(errors ?? {})) {
    const match = /^entries\[(\d+)\]/i.exec(field);
    const enrolmentId = match ? (entries[Number(match[1])]?.enrolmentId ?? '') : '';
    const message = messages.filter(Boolean).join(' ');
    result[enrolmentId] = result[enrolmentId] ? `${result[enrolmentId]} ${message}` : message;
  }
  return result;
}

/** The gathering a facilitator most likely registers: the latest one that has begun. */
export function defaultSession(sessions: readonly Session[], now: Date): Session | undefined {
  const begun = sessions
    .filter((s) => parseUtc(s.startsAt).getTime() <= now.getTime())
    .sort((a, b) => parseUtc(b.startsAt).getTime() - parseUtc(a.startsAt).getTime());
  return begun[0] ?? sessions[0];
}
