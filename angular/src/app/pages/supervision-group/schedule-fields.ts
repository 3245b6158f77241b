import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { FieldError } from '../../shared/field-error';
import { TextField } from '../../shared/form-field';
import { scheduleForm } from './supervision-forms';

/**
 * How a group meets, asked in words: every N weeks or monthly from a first day and time, how long,
 * until a day or a number of meetings, and a place or an https video link. The page builds the
 * RFC 5545 rule from it; the server checks it. Put it inside the form's schedule group.
 */
@Component({
  selector: 'app-schedule-fields',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldError,
    TextField,
  ],
  template: `
    <div class="form-grid" [formGroup]="form()">
      <mat-form-field>
        <mat-label>{{ 'Page:PeerSupervision.Schedule.Frequency' | translate }}</mat-label>
        <mat-select formControlName="frequency">
          <mat-option value="WEEKLY">{{
            'Page:PeerSupervision.Schedule.Weekly' | translate
          }}</mat-option>
          <mat-option value="MONTHLY">{{
            'Page:PeerSupervision.Schedule.Monthly' | translate
          }}</mat-option>
        </mat-select>
      </mat-form-field>
      @if (form().controls.frequency.value === 'WEEKLY') {
        <app-text-field
          control="interval"
          type="number"
          label="Page:PeerSupervision.Schedule.Interval"
          hint="Page:PeerSupervision.Schedule.IntervalHint"
          [min]="1"
          [max]="8"
        />
      }
      <app-text-field
        control="firstDate"
        type="date"
        label="Page:PeerSupervision.Schedule.FirstDate"
        hint="Page:PeerSupervision.Schedule.FirstDateHint"
      />
      <mat-form-field>
        <mat-label>{{ 'Page:PeerSupervision.Schedule.Time' | translate }}</mat-label>
        <input matInput type="time" formControlName="time" />
        <mat-error *appFieldError="let message">{{ message }}</mat-error>
      </mat-form-field>
      <app-text-field
        control="durationMinutes"
        type="number"
        label="Page:PeerSupervision.Schedule.Duration"
        [min]="15"
        [max]="480"
        [step]="15"
      />
      <mat-form-field>
        <mat-label>{{ 'Page:PeerSupervision.Schedule.End' | translate }}</mat-label>
        <mat-select formControlName="end">
          <mat-option value="count">{{
            'Page:PeerSupervision.Schedule.EndCount' | translate
          }}</mat-option>
          <mat-option value="until">{{
            'Page:PeerSupervision.Schedule.EndUntil' | translate
          }}</mat-option>
        </mat-select>
      </mat-form-field>
      @if (form().controls.end.value === 'count') {
        <app-text-field
          control="count"
          type="number"
          label="Page:PeerSupervision.Schedule.Count"
          [min]="1"
          [max]="200"
        />
      } @else {
        <app-text-field control="until" type="date" label="Page:PeerSupervision.Schedule.Until" />
      }
      <app-text-field control="place" label="Page:PeerSupervision.Place" [maxLength]="300" />
      <app-text-field
        control="videoLink"
        label="Page:PeerSupervision.VideoLink"
        hint="Page:PeerSupervision.VideoLinkHint"
        [maxLength]="1000"
      />
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScheduleFields {
  readonly form = input.required<ReturnType<typeof scheduleForm>>();
}
