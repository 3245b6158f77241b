import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { FieldError } from '../../shared/field-error';
import { TextField } from '../../shared/form-field';
import { agreementForm } from './supervision-forms';

/** The group agreement's texts and what counts as participation, for a new group or a revision. */
@Component({
  selector: 'app-agreement-fields',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldError,
    TextField,
  ],
  template: `
    <div [formGroup]="form()" class="agreement">
      @for (field of texts; track field.control) {
        <mat-form-field>
          <mat-label>{{ field.label | translate }}</mat-label>
          <textarea matInput rows="3" maxlength="4000" [formControlName]="field.control"></textarea>
          <mat-hint>{{ field.hint | translate }}</mat-hint>
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
      }
      <div class="form-grid">
        <app-text-field
          control="meetingsForEvidence"
          type="number"
          label="Page:PeerSupervision.Agreement.MeetingsForEvidence"
          [min]="1"
          [max]="50"
        />
        <app-text-field
          control="evidencePeriodMonths"
          type="number"
          label="Page:PeerSupervision.Agreement.EvidencePeriodMonths"
          [min]="1"
          [max]="36"
        />
      </div>
    </div>
  `,
  styles: `
    .agreement {
      display: grid;
      gap: 8px;
      max-width: 900px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgreementFields {
  readonly form = input.required<ReturnType<typeof agreementForm>>();
  protected readonly texts = [
    {
      control: 'confidentiality',
      label: 'Page:PeerSupervision.Agreement.confidentiality',
      hint: 'Page:PeerSupervision.Agreement.confidentialityHint',
    },
    {
      control: 'meetingFrequency',
      label: 'Page:PeerSupervision.Agreement.meetingFrequency',
      hint: 'Page:PeerSupervision.Agreement.meetingFrequencyHint',
    },
    {
      control: 'method',
      label: 'Page:PeerSupervision.Agreement.method',
      hint: 'Page:PeerSupervision.Agreement.methodHint',
    },
    {
      control: 'caseAnonymisation',
      label: 'Page:PeerSupervision.Agreement.caseAnonymisation',
      hint: 'Page:PeerSupervision.Agreement.caseAnonymisationHint',
    },
  ] as const;
}
