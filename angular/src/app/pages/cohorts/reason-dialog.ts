import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { Alert } from '../../shared/alert';
import { missingReason, ReasonRule } from './cohort-actions';

/** What the dialog shows and does; texts are already translated. */
export interface ReasonStep {
  title: string;
  message: string;
  confirm: string;
  reason: ReasonRule;
  /** Shown above the message, e.g. why the server refused the previous step. */
  notice?: string | null;
  run: (reason: string) => Promise<unknown>;
  /** After a refusal: a different step to offer instead of the error, or null. */
  next?: (error: unknown) => ReasonStep | null;
}

/**
 * Confirms a change, asking for a reason where one is needed or allowed, and sends it. The
 * server's errors stay in the dialog (a `reason` error at the field); it closes with the result.
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
  ],
  template: `
    <h2 mat-dialog-title>{{ step().title }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (step().notice; as notice) {
          <p class="notice">{{ notice }}</p>
        }
        <p>{{ step().message }}</p>
        @if (step().reason !== 'none') {
          <mat-form-field class="reason">
            <mat-label>{{
              (step().reason === 'required'
                ? 'Page:Cohorts.Reason.Required'
                : 'Page:Cohorts.Reason.Optional'
              ) | translate
            }}</mat-label>
            <textarea
              matInput
              formControlName="reason"
              rows="3"
              maxlength="2000"
              [required]="step().reason === 'required'"
              cdkFocusInitial
            ></textarea>
            @if (form.controls.reason.getError('server'); as message) {
              <mat-error>{{ message }}</mat-error>
            } @else if (form.controls.reason.hasError('missing')) {
              <mat-error>{{ 'Page:Cohorts.Reason.Missing' | translate }}</mat-error>
            }
          </mat-form-field>
        }
        @if (saving()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
        }
        <app-alert [message]="error()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined">
          {{ 'Ui:Cancel' | translate }}
        </button>
        <button mat-flat-button type="submit" [disabled]="saving()">
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
  private readonly errors = inject(ErrorMessages);

  protected readonly step = signal(inject<ReasonStep>(MAT_DIALOG_DATA));
  protected readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true }),
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    const step = this.step();
    const reason = this.form.controls.reason;
    if (missingReason(step.reason, reason.value)) {
      reason.setErrors({ missing: true });
      reason.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      const result = await step.run(reason.value);
      this.dialogRef.close(result ?? true);
    } catch (error) {
      const next = step.next?.(error) ?? null;
      if (next) {
        this.step.set(next);
        reason.setValue('');
        reason.markAsUntouched();
      } else {
        this.error.set(this.errors.describe(error, this.form));
      }
    } finally {
      this.saving.set(false);
    }
  }
}
