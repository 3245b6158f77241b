import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { CompetenceApi, PendingEvidence } from '../../data/competence-api';
import { Alert } from '../../shared/alert';

/**
 * Rejects a piece of evidence with the reason the person will see. The reason is required: an
 * empty one is stopped here, anything else the server finds wrong shows on the field.
 */
@Component({
  selector: 'app-reject-dialog',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    Alert,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'Page:Competence.Reject.Title' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p>
          {{
            'Page:Competence.Reject.Message'
              | translate
                : {
                    title: data.evidence.title,
                    person: data.personName,
                    competence: data.evidence.competenceAreaName,
                  }
          }}
        </p>
        <mat-form-field class="reason">
          <mat-label>{{ 'Page:Competence.Reject.Reason' | translate }}</mat-label>
          <textarea
            matInput
            formControlName="reason"
            rows="4"
            maxlength="1000"
            cdkFocusInitial
          ></textarea>
          <mat-hint>{{ 'Page:Competence.Reject.ReasonHint' | translate }}</mat-hint>
          @if (form.controls.reason.getError('server'); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (form.controls.reason.hasError('required')) {
            <mat-error>{{ 'Page:Competence.Reject.ReasonRequired' | translate }}</mat-error>
          }
        </mat-form-field>
        <app-alert [message]="error()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="false">
          {{ 'Ui:Cancel' | translate }}
        </button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ 'Page:Competence.Reject.Submit' | translate }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .reason {
      width: 100%;
      min-width: min(480px, 70vw);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RejectDialog {
  protected readonly data = inject<PendingEvidence>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<RejectDialog, boolean>);
  private readonly api = inject(CompetenceApi);
  private readonly errors = inject(ErrorMessages);

  protected readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    if (this.form.controls.reason.hasError('required')) {
      this.form.controls.reason.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      await this.api.reject(this.data.evidence.id, this.form.controls.reason.value.trim());
      this.dialogRef.close(true);
    } catch (error) {
      this.error.set(this.errors.describe(error, this.form));
    } finally {
      this.saving.set(false);
    }
  }
}
