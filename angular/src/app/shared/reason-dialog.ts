import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { Alert } from './alert';
import { FieldError } from './field-error';
import { FormSubmission } from './form-submission';

/** Whether a step asks for a reason, and whether it may be left empty. */
export type ReasonRule = 'none' | 'optional' | 'required';

/** The reason field of a kind of step. Texts are translation keys. */
export interface ReasonField {
  /** The field's label when a reason is required, and when it may be left empty. */
  label: Record<Exclude<ReasonRule, 'none'>, string>;
  /** Shown under the field. */
  hint?: string;
  /** The error when a required reason is left empty. */
  missing: string;
  /** The most characters the server accepts. */
  maxLength: number;
}

/** What the dialog shows and does; title, message, confirm and notice are already translated. */
export interface ReasonStep {
  title: string;
  message: string;
  confirm: string;
  reason: ReasonRule;
  field: ReasonField;
  /** Shown above the message, e.g. why the server refused the previous step. */
  notice?: string | null;
  /** Sends the step with the reason as typed (empty where none is asked for). */
  run: (reason: string) => Promise<unknown>;
  /** After a refusal: a different step to offer instead of the error, or null. */
  next?: (error: unknown) => ReasonStep | null;
}

export function missingReason(rule: ReasonRule, reason: string): boolean {
  return rule === 'required' && reason.trim() === '';
}

/**
 * Confirms a change, asking for a reason where one is needed or allowed, and sends it. An empty
 * required reason is stopped here; the server's errors stay in the dialog (a `reason` error at the
 * field). Closes with the result of `run` (true when it has none), or undefined when cancelled.
 */
@Component({
  selector: 'app-reason-dialog',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    Alert,
    FieldError,
  ],
  template: `
    <h2 mat-dialog-title>{{ step().title }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (step().notice; as notice) {
          <p class="notice">{{ notice }}</p>
        }
        <p>{{ step().message }}</p>
        @let rule = step().reason;
        @if (rule !== 'none') {
          <mat-form-field class="reason">
            <mat-label>{{ step().field.label[rule] | translate }}</mat-label>
            <textarea
              matInput
              formControlName="reason"
              rows="4"
              [attr.maxlength]="step().field.maxLength"
              [required]="rule === 'required'"
              cdkFocusInitial
            ></textarea>
            @if (step().field.hint; as hint) {
              <mat-hint>{{ hint | translate }}</mat-hint>
            }
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
            @if (form.controls.reason.hasError('missing')) {
              <mat-error>{{ step().field.missing | translate }}</mat-error>
            }
          </mat-form-field>
        }
        @if (submission.saving()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
        }
        <app-alert [message]="submission.error()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined">
          {{ 'Ui:Cancel' | translate }}
        </button>
        <button mat-flat-button type="submit" [disabled]="submission.saving()">
          {{ step().confirm }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .reason {
      width: 100%;
      min-width: min(480px, 70vw);
    }
    .notice {
      padding: 12px 16px;
      border-radius: 8px;
      border: 1px solid var(--ax-border-warning);
      background: var(--ax-bg-warning-soft);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReasonDialog {
  private readonly dialogRef = inject(MatDialogRef<ReasonDialog, unknown>);

  protected readonly step = signal(inject<ReasonStep>(MAT_DIALOG_DATA));
  protected readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true }),
  });
  protected readonly submission = new FormSubmission();

  protected async submit(): Promise<void> {
    const step = this.step();
    const reason = this.form.controls.reason;
    if (missingReason(step.reason, reason.value)) {
      reason.setErrors({ missing: true });
      reason.markAsTouched();
      return;
    }
    // A refusal with a next step is not an error: the dialog offers that step instead.
    const outcome = await this.submission.run(this.form, async () => {
      try {
        return { result: await step.run(reason.value) };
      } catch (error) {
        const next = step.next?.(error);
        if (next) return { next };
        throw error;
      }
    });
    if (!outcome) return;
    if (outcome.next) {
      this.step.set(outcome.next);
      reason.setValue('');
      reason.markAsUntouched();
    } else {
      this.dialogRef.close(outcome.result ?? true);
    }
  }
}
