import { HttpErrorResponse } from '@angular/common/http';
import type { Enrolment } from '../../data/cohort-api';
import {
  actionInput,
  actionStep,
  applyOutcome,
  availableActions,
  groupEnrolments,
  isOpenAssessmentsConflict,
  myStatus,
  nominationOutcome,
  promoted,
  stepAfterError,
} from './cohort-actions';
import { missingReason } from '../../shared/reason-dialog';

function problem(status: number, code: string): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: { status, code, detail: 'Forklaring' } });
}

function enrolment(id: string, overrides: Partial<Enrolment>): Enrolment {
  return {
    id,
    cohortId: 'c1',
    personId: `p-${id}`,
    personName: `Person ${id}`,
    officeName: 'NAV Værnes',
    status: 'Enrolled',
    statusName: 'Påmeldt',
    source: 'Application',
    sourceName: 'Søknad',
    nominatedBy: null,
    requestedAt: '2026-11-01T10:00:00',
    placementNumber: null,
    waitlistPosition: null,
    reason: null,
    modulesCompleted: 0,
    moduleCount: 4,
    completedOn: null,
    ...overrides,
  };
}

describe('cohort actions', () => {
  it('offers the allowed actions in the order of a cohort’s life and drops unknown ones', () => {
    expect(availableActions(['cancel', 'start', 'closeEnrolment', 'archive'])).toEqual([
      'closeEnrolment',
      'start',
      'cancel',
    ]);
    expect(availableActions([])).toEqual([]);
  });

  it('asks for a reason only to cancel or to complete by force', () => {
    expect(actionStep('openEnrolment').reason).toBe('none');
    expect(actionStep('start').reason).toBe('none');
    expect(actionStep('complete')).toMatchObject({ force: false, reason: 'none' });
    expect(actionStep('cancel')).toMatchObject({
      reason: 'required',
      confirm: 'Page:Cohorts.Action.Cancel',
    });
    expect(actionStep('complete', true)).toMatchObject({
      force: true,
      reason: 'required',
      confirm: 'Page:Cohorts.Action.ForceComplete',
    });
  });

  it('requires a non-blank reason where one is required', () => {
    expect(missingReason('required', '   ')).toBe(true);
    expect(missingReason('required', 'For få deltakere')).toBe(false);
    expect(missingReason('optional', '')).toBe(false);
    expect(missingReason('none', '')).toBe(false);
  });

  it('sends the reason and force only where they belong', () => {
    expect(actionInput(actionStep('openEnrolment'), 'stamp', 'ignored')).toEqual({
      concurrencyStamp: 'stamp',
      force: null,
      reason: null,
    });
    expect(actionInput(actionStep('cancel'), 'stamp', '  For få påmeldte ')).toEqual({
      concurrencyStamp: 'stamp',
      force: null,
      reason: 'For få påmeldte',
    });
    expect(actionInput(actionStep('complete', true), 'stamp', 'Fasilitator sluttet')).toEqual({
      concurrencyStamp: 'stamp',
      force: true,
      reason: 'Fasilitator sluttet',
    });
  });

  it('turns a refused "complete" with open assessments into "complete anyway"', () => {
    const openAssessments = problem(409, 'Error:Programmes.CohortOpenAssessments');
    expect(isOpenAssessmentsConflict(openAssessments)).toBe(true);
    expect(stepAfterError(actionStep('complete'), openAssessments)).toEqual(
      actionStep('complete', true),
    );
    // Any other refusal is shown as it is, and forcing is not offered twice.
    expect(
      stepAfterError(actionStep('complete'), problem(409, 'Error:ConcurrencyConflict')),
    ).toBeNull();
    expect(stepAfterError(actionStep('complete', true), openAssessments)).toBeNull();
    expect(stepAfterError(actionStep('cancel'), openAssessments)).toBeNull();
    expect(isOpenAssessmentsConflict(problem(400, 'Error:Programmes.CohortOpenAssessments'))).toBe(
      false,
    );
  });
});

describe('enrolment groups', () => {
  const list = [
    enrolment('w2', { status: 'Waitlisted', waitlistPosition: 2 }),
    enrolment('e1', { status: 'Enrolled' }),
    enrolment('x1', { status: 'Withdrawn' }),
    enrolment('p1', { status: 'Pending', requestedAt: '2026-11-03T10:00:00' }),
    enrolment('w1', { status: 'Waitlisted', waitlistPosition: 1 }),
    enrolment('c1', { status: 'Completed' }),
    enrolment('p0', { status: 'Pending', requestedAt: '2026-11-02T10:00:00' }),
    enrolment('r1', { status: 'Rejected' }),
  ];

  it('lists participants, the waitlist in order, pending requests and those who left', () => {
    const groups = groupEnrolments(list);
    expect(groups.participants.map((e) => e.id)).toEqual(['e1', 'c1']);
    expect(groups.waitlist.map((e) => e.id)).toEqual(['w1', 'w2']);
    expect(groups.pending.map((e) => e.id)).toEqual(['p0', 'p1']);
    expect(groups.left.map((e) => e.id)).toEqual(['x1', 'r1']);
  });

  it('finds who moved up from the waitlist after a withdrawal', () => {
    const after = list.map((e) =>
      e.id === 'e1'
        ? { ...e, status: 'Withdrawn' as const }
        : e.id === 'w1'
          ? { ...e, status: 'Enrolled' as const, waitlistPosition: null }
          : e.id === 'w2'
            ? { ...e, waitlistPosition: 1 }
            : e,
    );
    expect(promoted(list, after).map((e) => e.id)).toEqual(['w1']);
    expect(promoted(list, list)).toEqual([]);
  });

  it('says how an application or a nomination went', () => {
    expect(applyOutcome({ status: 'Enrolled', waitlistPosition: null }).key).toBe(
      'Page:Cohorts.Apply.Enrolled',
    );
    expect(applyOutcome({ status: 'Waitlisted', waitlistPosition: 3 })).toEqual({
      key: 'Page:Cohorts.Apply.Waitlisted',
      params: { position: 3 },
    });
    expect(
      nominationOutcome({ status: 'Pending', waitlistPosition: null, personName: 'Liv Bakken' }),
    ).toEqual({
      key: 'Page:Cohorts.Nominate.Pending',
      params: { name: 'Liv Bakken', position: '' },
    });
    expect(myStatus(null)).toBeNull();
    expect(
      myStatus({ id: 'e', status: 'Waitlisted', statusName: 'På venteliste', waitlistPosition: 2 }),
    ).toEqual({ key: 'Page:Cohorts.MyStatus.Waitlisted', params: { position: 2 } });
  });
});
