import { toProblemDetails } from '../../core/problem-details';
import type {
  CohortAction,
  CohortActionInput,
  Enrolment,
  EnrolmentStatus,
  MyEnrolment,
} from '../../data/cohort-api';
import type { ReasonField, ReasonRule } from '../../shared/reason-dialog';

/** The reason asked for a cohort's and an enrolment's changes. */
export const COHORT_REASON: ReasonField = {
  label: { required: 'Page:Cohorts.Reason.Required', optional: 'Page:Cohorts.Reason.Optional' },
  missing: 'Page:Cohorts.Reason.Missing',
  maxLength: 2000,
};

/** One confirmation the admin is asked before a state change: texts are translation keys. */
export interface ActionStep {
  action: CohortAction;
  /** Complete although assignments still wait for assessment. */
  force: boolean;
  reason: ReasonRule;
  title: string;
  message: string;
  confirm: string;
}

export const ACTION_ORDER: CohortAction[] = [
  'openEnrolment',
  'closeEnrolment',
  'start',
  'complete',
  'cancel',
];

// Keys are spelled out so the translation-key test can find them.
export const ACTION_LABELS: Record<CohortAction, string> = {
  openEnrolment: 'Page:Cohorts.Action.OpenEnrolment',
  closeEnrolment: 'Page:Cohorts.Action.CloseEnrolment',
  start: 'Page:Cohorts.Action.Start',
  complete: 'Page:Cohorts.Action.Complete',
  cancel: 'Page:Cohorts.Action.Cancel',
};

const ACTION_MESSAGES: Record<CohortAction, string> = {
  openEnrolment: 'Page:Cohorts.Action.OpenEnrolmentMessage',
  closeEnrolment: 'Page:Cohorts.Action.CloseEnrolmentMessage',
  start: 'Page:Cohorts.Action.StartMessage',
  complete: 'Page:Cohorts.Action.CompleteMessage',
  cancel: 'Page:Cohorts.Action.CancelMessage',
};

const OPEN_ASSESSMENTS = 'Error:Programmes.CohortOpenAssessments';

/** The actions the server allows now, in the order of a cohort's life; unknown names dropped. */
export function availableActions(allowed: readonly string[]): CohortAction[] {
  return ACTION_ORDER.filter((action) => allowed.includes(action));
}

/** What to ask before `action`: cancelling, and completing by force, need a reason. */
export function actionStep(action: CohortAction, force = false): ActionStep {
  if (action === 'complete' && force) {
    return {
      action,
      force: true,
      reason: 'required',
      title: 'Page:Cohorts.Action.ForceComplete',
      message: 'Page:Cohorts.Action.ForceCompleteMessage',
      confirm: 'Page:Cohorts.Action.ForceComplete',
    };
  }
  return {
    action,
    force: false,
    reason: action === 'cancel' ? 'required' : 'none',
    title: ACTION_LABELS[action],
    message: ACTION_MESSAGES[action],
    confirm: ACTION_LABELS[action],
  };
}

/** Whether the server refused to complete because assignments still wait for assessment. */
export function isOpenAssessmentsConflict(error: unknown): boolean {
  const problem = toProblemDetails(error);
  return problem.status === 409 && problem.code === OPEN_ASSESSMENTS;
}

/**
 * The step to offer after the server refused `step`: "complete anyway" when assessments are
 * open, otherwise none (the error is shown as it is).
 */
export function stepAfterError(step: ActionStep, error: unknown): ActionStep | null {
  if (step.action === 'complete' && !step.force && isOpenAssessmentsConflict(error)) {
    return actionStep('complete', true);
  }
  return null;
}

/** The request body: the reason only where one is asked for, `force` only when forcing. */
export function actionInput(
  step: ActionStep,
  concurrencyStamp: string,
  reason: string,
): CohortActionInput {
  const trimmed = reason.trim();
  return {
    concurrencyStamp,
    force: step.force ? true : null,
    reason: step.reason !== 'none' && trimmed ? trimmed : null,
  };
}

export interface EnrolmentGroups {
  participants: Enrolment[];
  waitlist: Enrolment[];
  pending: Enrolment[];
  left: Enrolment[];
}

/** Participants, the waitlist in its order, requests waiting for approval, and those who left. */
export function groupEnrolments(list: readonly Enrolment[]): EnrolmentGroups {
  const of = (...statuses: EnrolmentStatus[]) => list.filter((e) => statuses.includes(e.status));
  return {
    participants: of('Enrolled', 'Completed'),
    waitlist: of('Waitlisted').sort(
      (a, b) =>
        (a.waitlistPosition ?? Number.MAX_SAFE_INTEGER) -
        (b.waitlistPosition ?? Number.MAX_SAFE_INTEGER),
    ),
    pending: of('Pending').sort((a, b) => a.requestedAt.localeCompare(b.requestedAt)),
    left: of('Withdrawn', 'Rejected'),
  };
}

/** Those who were on the waitlist before and have a seat now. */
export function promoted(before: readonly Enrolment[], after: readonly Enrolment[]): Enrolment[] {
  const waiting = new Set(before.filter((e) => e.status === 'Waitlisted').map((e) => e.id));
  return after.filter((e) => waiting.has(e.id) && e.status === 'Enrolled');
}

export interface Outcome {
  key: string;
  params: Record<string, string | number>;
}

// Keys are spelled out so the translation-key test can find them.
const MY_OUTCOMES: Partial<Record<EnrolmentStatus, string>> = {
  Enrolled: 'Page:Cohorts.Apply.Enrolled',
  Waitlisted: 'Page:Cohorts.Apply.Waitlisted',
  Pending: 'Page:Cohorts.Apply.Pending',
};

const NOMINATED_OUTCOMES: Partial<Record<EnrolmentStatus, string>> = {
  Enrolled: 'Page:Cohorts.Nominate.Enrolled',
  Waitlisted: 'Page:Cohorts.Nominate.Waitlisted',
  Pending: 'Page:Cohorts.Nominate.Pending',
};

const MY_STATUS: Partial<Record<EnrolmentStatus, string>> = {
  Enrolled: 'Page:Cohorts.MyStatus.Enrolled',
  Waitlisted: 'Page:Cohorts.MyStatus.Waitlisted',
  Pending: 'Page:Cohorts.MyStatus.Pending',
  Completed: 'Page:Cohorts.MyStatus.Completed',
};

/** "Du er påmeldt", "Du står som nummer 2 på ventelisten", "… venter på godkjenning". */
export function applyOutcome(enrolment: Pick<Enrolment, 'status' | 'waitlistPosition'>): Outcome {
  return {
    key: MY_OUTCOMES[enrolment.status] ?? 'Page:Cohorts.Apply.Enrolled',
    params: { position: enrolment.waitlistPosition ?? '' },
  };
}

export function nominationOutcome(
  enrolment: Pick<Enrolment, 'status' | 'waitlistPosition' | 'personName'>,
): Outcome {
  return {
    key: NOMINATED_OUTCOMES[enrolment.status] ?? 'Page:Cohorts.Nominate.Enrolled',
    params: { name: enrolment.personName, position: enrolment.waitlistPosition ?? '' },
  };
}

/** The signed-in person's own status in a cohort, for the list. */
export function myStatus(mine: MyEnrolment | null): Outcome | null {
  if (!mine) return null;
  const key = MY_STATUS[mine.status];
  return key
    ? { key, params: { position: mine.waitlistPosition ?? '' } }
    : { key: mine.statusName, params: {} };
}
