import { FormControl } from '@angular/forms';
import type { ModuleProgress, MyCohort } from '../../data/participation-api';
import { content } from '../../testing/programme-test-data';
import {
  assignmentChip,
  canSubmit,
  canWithdraw,
  canWork,
  cohortProgress,
  formatDate,
  formatDateTime,
  moduleChecklist,
  modulePresentation,
  moduleState,
  myStatusText,
  requiredText,
} from './programme-format';

function module(overrides: Partial<ModuleProgress> = {}): ModuleProgress {
  return {
    moduleId: 'm4',
    order: 4,
    title: content('Endringsledelse og kollegaveiledning'),
    description: content(''),
    learningOutcomes: [],
    courseReference: null,
    unlocksOn: '2026-11-19',
    unlocked: true,
    eLearningDone: true,
    completedOn: null,
    sessions: [],
    assignments: [],
    reflections: [],
    ...overrides,
  };
}

const session = (id: string, present: boolean | null) => ({
  present,
  session: {
    id,
    moduleId: 'm4',
    moduleTitle: content(''),
    title: content('Avslutningssamling'),
    format: 'InPerson' as const,
    formatName: 'Fysisk samling',
    startsAt: '2026-11-21T08:00:00Z',
    endsAt: '2026-11-21T14:00:00Z',
    durationMinutes: 360,
    place: 'Trondheim',
    videoLink: null,
  },
});

const assignment = (id: string, status: 'Submitted' | 'Approved' | 'Returned' | null) => ({
  assignmentId: id,
  title: content('Endringsprosjekt'),
  instructions: content(''),
  dueOn: '2026-12-04',
  status,
  statusName: null,
  answer: status ? 'Svar' : null,
  submittedAt: status ? '2026-11-24T08:00:00Z' : null,
  feedback: null,
  reviewedBy: null,
});

const reflection = (id: string, text: string | null) => ({
  reflectionTaskId: id,
  prompt: content('Hva tar du med deg?'),
  text,
  writtenAt: text ? '2026-11-24T08:00:00Z' : null,
});

function cohort(overrides: Partial<MyCohort> = {}): MyCohort {
  return {
    enrolmentId: 'e1',
    cohortId: 'c1',
    cohortName: 'Nasjonalt kull 2026',
    versionName: content('Lederprogrammet 2026'),
    cohortStatus: 'Running',
    cohortStatusName: 'Pågår',
    startsOn: '2026-08-26',
    endsOn: '2027-01-23',
    status: 'Enrolled',
    statusName: 'Påmeldt',
    waitlistPosition: null,
    modulesCompleted: 3,
    modules: [module(), module(), module(), module()],
    nextSession: null,
    upcomingDeadlines: [],
    certificateId: null,
    ...overrides,
  };
}

describe('module state', () => {
  it('is locked until the module opens, and says when it opens', () => {
    const locked = module({ unlocked: false, unlocksOn: '2026-12-04' });
    expect(moduleState(locked)).toBe('locked');
    const shown = modulePresentation(locked, 'nb');
    expect(shown.chip).toEqual({ label: 'Page:MyProgramme.Module.State.Locked', tone: 'neutral' });
    expect(shown.note).toEqual({
      key: 'Page:MyProgramme.Module.OpensOn',
      params: { date: '04.12.2026' },
    });
  });

  it('is open once unlocked, without a note', () => {
    const shown = modulePresentation(module(), 'nb');
    expect(shown.state).toBe('open');
    expect(shown.chip.tone).toBe('info');
    expect(shown.note).toBeNull();
  });

  it('is completed when the server has a completion date, whatever else it says', () => {
    const done = module({ completedOn: '2026-11-24', unlocked: true });
    expect(moduleState(done)).toBe('completed');
    const shown = modulePresentation(done, 'en');
    expect(shown.chip.label).toBe('Page:MyProgramme.Module.State.Completed');
    expect(shown.note?.params).toEqual({ date: '24 Nov 2026' });
  });
});

describe('module checklist', () => {
  it('lists only the parts a module has', () => {
    expect(moduleChecklist(module())).toEqual([]);
  });

  it('counts attendance, approved assignments and written reflections as the server does', () => {
    const items = moduleChecklist(
      module({
        courseReference: 'KURS-LEDERROLLEN',
        eLearningDone: false,
        sessions: [session('s1', true), session('s2', false), session('s3', null)],
        assignments: [assignment('a1', 'Approved'), assignment('a2', 'Submitted')],
        reflections: [reflection('r1', 'Mine tanker'), reflection('r2', '   ')],
      }),
    );
    expect(items).toEqual([
      { key: 'Page:MyProgramme.Checklist.ELearning', done: 0, total: 1, complete: false },
      { key: 'Page:MyProgramme.Checklist.Gatherings', done: 1, total: 3, complete: false },
      { key: 'Page:MyProgramme.Checklist.Assignments', done: 1, total: 2, complete: false },
      { key: 'Page:MyProgramme.Checklist.Reflections', done: 1, total: 2, complete: false },
    ]);
  });

  it('is complete when everything is done', () => {
    const items = moduleChecklist(
      module({
        courseReference: 'KURS',
        eLearningDone: true,
        sessions: [session('s1', true)],
        assignments: [assignment('a1', 'Approved')],
        reflections: [reflection('r1', 'Tekst')],
      }),
    );
    expect(items.every((i) => i.complete)).toBe(true);
  });
});

describe('assignments', () => {
  it('shows what state an assignment is in, in words', () => {
    expect(assignmentChip(null)).toEqual({
      label: 'Page:MyProgramme.Assignment.Status.NotSubmitted',
      tone: 'neutral',
    });
    expect(assignmentChip('Returned').label).toBe('Page:MyProgramme.Assignment.Status.Returned');
    expect(assignmentChip('Approved').tone).toBe('success');
  });

  it('can be handed in again until it is approved', () => {
    expect(canSubmit(assignment('a', null))).toBe(true);
    expect(canSubmit(assignment('a', 'Returned'))).toBe(true);
    expect(canSubmit(assignment('a', 'Submitted'))).toBe(true);
    expect(canSubmit(assignment('a', 'Approved'))).toBe(false);
  });
});

describe('my place in the cohort', () => {
  it('says where I stand, with my place on the waitlist', () => {
    expect(myStatusText(cohort()).key).toBe('Page:MyProgramme.MyStatus.Enrolled');
    expect(myStatusText(cohort({ status: 'Waitlisted', waitlistPosition: 3 }))).toEqual({
      key: 'Page:MyProgramme.MyStatus.WaitlistPosition',
      params: { position: 3 },
    });
    expect(myStatusText(cohort({ status: 'Pending' })).key).toBe(
      'Page:MyProgramme.MyStatus.Pending',
    );
    expect(myStatusText(cohort({ status: 'Completed' })).key).toBe(
      'Page:MyProgramme.MyStatus.Completed',
    );
  });

  it('lets me work and leave only while it makes sense', () => {
    expect(canWork(cohort())).toBe(true);
    expect(canWithdraw(cohort())).toBe(true);
    expect(canWork(cohort({ status: 'Waitlisted' }))).toBe(false);
    expect(canWithdraw(cohort({ status: 'Waitlisted' }))).toBe(true);
    expect(canWork(cohort({ status: 'Completed' }))).toBe(false);
    expect(canWithdraw(cohort({ status: 'Completed' }))).toBe(false);
    expect(canWithdraw(cohort({ cohortStatus: 'Completed' }))).toBe(false);
  });

  it('counts progress in modules', () => {
    expect(cohortProgress(cohort())).toEqual({ done: 3, total: 4, percent: 75 });
    expect(cohortProgress(cohort({ modules: [] }))).toEqual({ done: 0, total: 0, percent: 0 });
  });
});

describe('dates', () => {
  it('shows calendar days without shifting them, in the app date format', () => {
    expect(formatDate('2026-12-04', 'nb')).toBe('04.12.2026');
    expect(formatDate('2026-12-04', 'nn')).toBe('04.12.2026');
    expect(formatDate('2026-12-04', 'en')).toBe('4 Dec 2026');
  });

  it('shows times as the clock in Oslo shows them, also when the API leaves out the Z', () => {
    expect(formatDateTime('2026-11-21T08:00:00Z', 'nb')).toContain('09:00');
    expect(formatDateTime('2026-07-01T08:00:00', 'nb')).toContain('10:00');
  });
});

describe('requiredText', () => {
  it('gives the text trimmed, and marks a blank one as missing without sending it', () => {
    const answer = new FormControl('  Mitt svar  ', { nonNullable: true });
    expect(requiredText(answer)).toBe('Mitt svar');
    expect(answer.valid).toBe(true);

    answer.setValue('   ');
    expect(requiredText(answer)).toBeNull();
    expect(answer.hasError('required')).toBe(true);
    expect(answer.touched).toBe(true);
  });
});
