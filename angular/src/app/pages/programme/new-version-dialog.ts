import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  CreateVersionInput,
  ProgrammeApi,
  ProgrammeVersion,
  ProgrammeVersionSummary,
} from '../../data/programme-api';
import { Alert } from '../../shared/alert';
import { orNull } from '../../shared/form-values';
import { EnumLabelPipe } from '../../shared/enum-labels';
import { FieldError } from '../../shared/field-error';
import { FormSubmission } from '../../shared/form-submission';

/** The version a new draft starts from by default: the newest published one. */
export function latestPublished(
  versions: readonly ProgrammeVersionSummary[],
): ProgrammeVersionSummary | null {
  return versions
    .filter((v) => v.status === 'Published')
    .reduce<ProgrammeVersionSummary | null>((a, v) => (!a || v.number > a.number ? v : a), null);
}

export function toCreateVersionInput(value: {
  name: string;
  copyFromVersionId: string;
}): CreateVersionInput {
  // The dialog asks for the bokmål name only; translations are added on the version's page.
  const name = value.name.trim();
  return { name: name ? { nb: name } : null, copyFromVersionId: orNull(value.copyFromVersionId) };
}

/**
 * Starts a new draft: its name, and the version whose modules it copies (or none). The API allows
 * one draft at a time and says so with a 409, which shows here. Closes with the new version.
 */
@Component({
  selector: 'app-new-version-dialog',
  imports: [
    FieldError,
    ReactiveFormsModule,
    TranslatePipe,
    EnumLabelPipe,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    Alert,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'Page:Programme.NewVersion.Title' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="intro">{{ 'Page:Programme.NewVersion.Intro' | translate }}</p>
        <mat-form-field class="field">
          <mat-label>{{ 'Field:Name' | translate }}</mat-label>
          <input matInput formControlName="name" maxlength="200" cdkFocusInitial />
          <mat-hint>{{ 'Page:Programme.NewVersion.NameHint' | translate }}</mat-hint>
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
        <mat-form-field class="field">
          <mat-label>{{ 'Page:Programme.NewVersion.CopyFrom' | translate }}</mat-label>
          <mat-select formControlName="copyFromVersionId">
            @for (v of versions; track v.id) {
              <mat-option [value]="v.id">
                {{
                  'Page:Programme.Version.Heading'
                    | translate: { number: v.number, name: v.name.text }
                }}
                ({{ v.status | enumLabel: 'ProgrammeVersionStatus' | translate }})
              </mat-option>
            }
            <mat-option value="">{{ 'Page:Programme.NewVersion.Empty' | translate }}</mat-option>
          </mat-select>
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
        @if (submission.saving()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
        }
        <app-alert [message]="submission.error()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="null">
          {{ 'Ui:Cancel' | translate }}
        </button>
        <button mat-flat-button type="submit" [disabled]="submission.saving()">
          {{ 'Page:Programme.NewVersion.Create' | translate }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .field {
      width: 100%;
      min-width: min(480px, 70vw);
    }
    .intro {
      max-width: 60ch;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewVersionDialog {
  /** Newest first. */
  protected readonly versions = inject<ProgrammeVersionSummary[]>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<NewVersionDialog, ProgrammeVersion | null>);
  private readonly api = inject(ProgrammeApi);

  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    copyFromVersionId: new FormControl(latestPublished(this.versions)?.id ?? '', {
      nonNullable: true,
    }),
  });
  protected readonly submission = new FormSubmission();

  protected async submit(): Promise<void> {
    const created = await this.submission.run(this.form, () =>
      this.api.createVersion(toCreateVersionInput(this.form.getRawValue())),
    );
    if (created) this.dialogRef.close(created);
  }
}
