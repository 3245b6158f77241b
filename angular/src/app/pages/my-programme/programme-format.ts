import type { FormControl } from '@angular/forms';
import type {
  AssignmentProgress,
  ModuleProgress,
  MyCohort,
  ReflectionProgress,
} from '../../data/participation-api';
import type { Language } from '../../core/language.service';
import {
  formatDate as formatAppDate,
  formatTimeRange as formatAppTimeRange,
} from '../../shared/date-format';
import type { Chip, Tone } from '../../shared/competence-format';
import type { Text } from '../../shared/text';

/** A module as the participant meets it: not open yet, open to work in, or behind them. */
export type ModuleState = 'locked' | 'open' | 'completed';

export function moduleState(module: ModuleProgress): ModuleState {
  if (module.completedOn) return 'completed';
  return module.unlocked ? 'open' : 'locked';
}

/** How a module's state shows: a chip with one word, and a note with its date. */
export interface ModulePresentation {
  state: ModuleState;
  chip: Chip;
  note: Text | null;
}

export function modulePresentation(module: ModuleProgress, language: string): ModulePresentation {
  const state = moduleState(module);
  switch (state) {
    case 'completed':
      return {
        state,
        chip: { label: 'Page:MyProgramme.Module.State.Completed', tone: 'success' },
        note: {
          key: 'Page:MyProgramme.Module.CompletedOn',
          params: { date: formatDate(module.completedOn!, language) },
        },
      };
    case 'locked':
      return {
        state,
        chip: { label: 'Page:MyProgramme.Module.State.Locked', tone: 'neutral' },
        note: {
          key: 'Page:MyProgramme.Module.OpensOn',
          params: { date: formatDate(module.unlocksOn, language) },
        },
      };
    default:
      return {
        state,
        chip: { label: 'Page:MyProgramme.Module.State.Open', tone: 'info' },
        note: null,
      };
  }
}

/** One thing a module asks for before it counts as completed, and how far the participant is. */
export interface ChecklistItem {
  key: string;
  done: number;
  total: number;
  complete: boolean;
}

/**
 * What completes a module, as the server counts it: the e-learning (when the module has a
 * course), presence at every gathering, every assignment approved and every reflection written.
 * Parts the module does not have are left out.
 */
export function moduleChecklist(module: ModuleProgress): ChecklistItem[] {
  const item = (key: string, done: number, total: number): ChecklistItem => ({
    key,
    done,
    total,
    complete: done >= total,
  });
  const items: ChecklistItem[] = [];
  if (module.courseReference) {
    items.push(item('Page:MyProgramme.Checklist.ELearning', module.eLearningDone ? 1 : 0, 1));
  }
  if (module.sessions.length) {
    const attended = module.sessions.filter((s) => s.present === true).length;
    items.push(item('Page:MyProgramme.Checklist.Gatherings', attended, module.sessions.length));
  }
  if (module.assignments.length) {
    const approved = module.assignments.filter((a) => a.status === 'Approved').length;
    items.push(item('Page:MyProgramme.Checklist.Assignments', approved, module.assignments.length));
  }
  if (module.reflections.length) {
    const written = module.reflections.filter(isWritten).length;
    items.push(item('Page:MyProgramme.Checklist.Reflections', written, module.reflections.length));
  }
  return items;
}

export function isWritten(reflection: ReflectionProgress): boolean {
  return !!reflection.text?.trim();
}

/** The participant's own place in the cohort, in words. */
export function myStatusText(cohort: MyCohort): Text {
  switch (cohort.status) {
    case 'Enrolled':
      return { key: 'Page:MyProgramme.MyStatus.Enrolled' };
    case 'Waitlisted':
      return cohort.waitlistPosition
        ? {
            key: 'Page:MyProgramme.MyStatus.WaitlistPosition',
            params: { position: cohort.waitlistPosition },
          }
        : { key: 'Page:MyProgramme.MyStatus.Waitlisted' };
    case 'Pending':
      return { key: 'Page:MyProgramme.MyStatus.Pending' };
    case 'Completed':
      return { key: 'Page:MyProgramme.MyStatus.Completed' };
    default:
      // A state the page does not know yet: the server's own name for it.
      return { key: cohort.statusName };
  }
}

/** The participant holds a seat or a place in the queue, and can still leave. */
export function canWithdraw(cohort: MyCohort): boolean {
  return (
    (cohort.status === 'Enrolled' ||
      cohort.status === 'Waitlisted' ||
      cohort.status === 'Pending') &&
    cohort.cohortStatus !== 'Completed' &&
    cohort.cohortStatus !== 'Cancelled'
  );
}

/** Only a participant with a seat works in the modules. */
export function canWork(cohort: MyCohort): boolean {
  return cohort.status === 'Enrolled' && cohort.cohortStatus === 'Running';
}

export interface Progress {
  done: number;
  total: number;
  /** 0–100, for the progress bar. */
  percent: number;
}

export function cohortProgress(cohort: MyCohort): Progress {
  const total = cohort.modules.length;
  const done = Math.min(cohort.modulesCompleted, total);
  return { done, total, percent: total ? Math.round((done / total) * 100) : 0 };
}

const ASSIGNMENT_TONES: Record<string, Tone> = {
  Submitted: 'info',
  Approved: 'success',
  Returned: 'warning',
};

// Keys are spelled out so the translation-key test can find them.
const ASSIGNMENT_LABELS: Record<string, string> = {
  Submitted: 'Page:MyProgramme.Assignment.Status.Submitted',
  Approved: 'Page:MyProgramme.Assignment.Status.Approved',
  Returned: 'Page:MyProgramme.Assignment.Status.Returned',
};

/** An assignment's state on a chip; one that was never handed in says so. */
export function assignmentChip(status: AssignmentProgress['status'] | undefined): Chip {
  if (!status) return { label: 'Page:MyProgramme.Assignment.Status.NotSubmitted', tone: 'neutral' };
  return {
    label: ASSIGNMENT_LABELS[status] ?? status,
    tone: ASSIGNMENT_TONES[status] ?? 'neutral',
  };
}

/** Whether the participant may still (re)submit: not once it is approved. */
export function canSubmit(assignment: AssignmentProgress): boolean {
  return assignment.status !== 'Approved';
}

/** A calendar day (yyyy-MM-dd) in the app's date format, e.g. "04.12.2026". */
export function formatDate(day: string, language: string): string {
  return formatAppDate(day.slice(0, 10), language as Language, 'date');
}

/** The API's UTC times sometimes come without their "Z"; they are UTC all the same. */
export function parseUtc(value: string): Date {
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
}

/** A point in time as the clock in Oslo shows it, e.g. "24.11.2026 kl. 09:00". */
export function formatDateTime(value: string, language: string): string {
  return formatAppDate(value, language as Language, 'dateTime');
}

/** A gathering's time in Oslo, from start to end, e.g. "21.11.2026 kl. 09:00–15:00". */
export function formatTimeRange(startsAt: string, endsAt: string, language: string): string {
  return formatAppTimeRange(startsAt, endsAt, language as Language);
}

/**
 * A text the participant must write (an answer, a reflection), trimmed; null, with the field
 * marked as missing, when only blanks were written.
 */
export function requiredText(control: FormControl<string>): string | null {
  const text = control.value.trim();
  if (text) return text;
  control.setErrors({ required: true });
  control.markAsTouched();
  return null;
}
