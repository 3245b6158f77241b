import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { Permissions } from '../../core/permissions';
import { pageTestProviders } from '../../testing/page-providers';
import { ReasonDialog, ReasonStep } from '../../shared/reason-dialog';
import {
  actionInput,
  actionStep,
  ActionStep,
  COHORT_REASON,
  stepAfterError,
} from './cohort-actions';

const OPEN_ASSESSMENTS = new HttpErrorResponse({
  status: 409,
  error: {
    status: 409,
    code: 'Error:Programmes.CohortOpenAssessments',
    detail: '2 innleveringer venter på vurdering.',
  },
});

/** The detail page's dialog steps, with keys as texts. */
function dialogStep(step: ActionStep, calls: unknown[], notice: string | null = null): ReasonStep {
  return {
    title: step.title,
    message: step.message,
    confirm: step.confirm,
    reason: step.reason,
    field: COHORT_REASON,
    notice,
    run: async (reason) => {
      const input = actionInput(step, 'stamp', reason);
      calls.push(input);
      if (!input.force) throw OPEN_ASSESSMENTS;
      return { status: 'Completed' };
    },
    next: (error) => {
      const next = stepAfterError(step, error);
      return next ? dialogStep(next, calls, '2 innleveringer venter på vurdering.') : null;
    },
  };
}

describe('ReasonDialog', () => {
  it('offers "complete anyway" after open assessments, and needs a reason for it', async () => {
    const calls: unknown[] = [];
    const close = vi.fn();
    TestBed.configureTestingModule({
      imports: [ReasonDialog],
      providers: [
        ...pageTestProviders([Permissions.CohortsManage]),
        { provide: MAT_DIALOG_DATA, useValue: dialogStep(actionStep('complete'), calls) },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(ReasonDialog);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const submit = () =>
      (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();

    // No reason is asked to complete normally.
    expect(element.querySelector('textarea')).toBeNull();
    submit();
    await vi.waitFor(() => {
      fixture.detectChanges();
      expect(element.textContent).toContain('Page:Cohorts.Action.ForceComplete');
    });
    expect(calls).toEqual([{ concurrencyStamp: 'stamp', force: null, reason: null }]);
    expect(element.textContent).toContain('2 innleveringer venter på vurdering.');
    expect(close).not.toHaveBeenCalled();

    // Forcing without a reason is stopped before it reaches the server.
    const reason = element.querySelector('textarea') as HTMLTextAreaElement;
    expect(reason.required).toBe(true);
    submit();
    await fixture.whenStable();
    expect(element.textContent).toContain('Page:Cohorts.Reason.Missing');
    expect(calls).toHaveLength(1);

    reason.value = 'Fasilitatoren har sluttet';
    reason.dispatchEvent(new Event('input'));
    submit();
    await vi.waitFor(() => expect(close).toHaveBeenCalledWith({ status: 'Completed' }));
    expect(calls[1]).toEqual({
      concurrencyStamp: 'stamp',
      force: true,
      reason: 'Fasilitatoren har sluttet',
    });
  });
});
