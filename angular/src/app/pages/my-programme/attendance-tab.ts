import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  resource,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { toProblemDetails } from '../../core/problem-details';
import { Cohort, ParticipationApi } from '../../data/participation-api';
import { Alert } from '../../shared/alert';
import { DataTable } from '../../shared/data-table';
import { valueOf } from '../../shared/resource-value';
import {
  AttendanceForm,
  attendanceEntries,
  attendanceForm,
  attendanceSummary,
  defaultSession,
  rowErrors,
  unsavedCount,
} from './attendance-form';
import { formatDateTime, formatTimeRange } from './programme-format';
import { ContentText } from '../../shared/content-text';

/** The attendance sheet of one gathering: one row per participant, present or not. */
@Component({
  selector: 'app-attendance-tab',
  imports: [
    ContentText,
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    MatTableModule,
    Alert,
    DataTable,
  ],
  template: `
    <h2>{{ 'Page:Facilitation.Attendance.Heading' | translate }}</h2>
    @if (cohort().sessions.length === 0) {
      <p>{{ 'Page:Facilitation.Attendance.NoSessions' | translate }}</p>
    } @else {
      <mat-form-field class="session-field">
        <mat-label>{{ 'Page:Facilitation.Attendance.Session' | translate }}</mat-label>
        <mat-select [formControl]="sessionControl">
          @for (session of cohort().sessions; track session.id) {
            <mat-option [value]="session.id"
              >{{ session.title.text }} – {{ when(session.startsAt) }}</mat-option
            >
          }
        </mat-select>
      </mat-form-field>
    }

    @if (sheet.isLoading() || saving()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />
    <app-alert kind="success" [message]="savedMessage()" />

    @if (current(); as s) {
      <p data-testid="session-details">
        <strong><app-content-text [text]="s.session.title" /></strong> (<app-content-text
          [text]="s.session.moduleTitle"
        />):
        {{ range(s.session.startsAt, s.session.endsAt) }}
        @if (s.session.place; as place) {
          – {{ place }}
        }
      </p>
      <p data-testid="attendance-summary">
        {{
          'Page:Facilitation.Attendance.Summary'
            | translate
              : {
                  present: summary().present,
                  absent: summary().absent,
                  notRegistered: summary().notRegistered,
                }
        }}
      </p>
      <form [formGroup]="form()" (ngSubmit)="save()" novalidate>
        <div class="page-actions">
          <button mat-stroked-button type="button" (click)="markAll('present')">
            {{ 'Page:Facilitation.Attendance.AllPresent' | translate }}
          </button>
        </div>
        <app-data-table [rows]="s.rows" [columns]="columns" testId="attendance-table">
          <ng-container matColumnDef="person">
            <th mat-header-cell *matHeaderCellDef>
              {{ 'Page:Facilitation.Field.Participant' | translate }}
            </th>
            <td mat-cell *matCellDef="let row">
              <strong [id]="'attendance-name-' + row.enrolmentId">{{ row.personName }}</strong>
              <div class="muted">{{ row.officeName }}</div>
            </td>
          </ng-container>
          <ng-container matColumnDef="choice">
            <th mat-header-cell *matHeaderCellDef>
              {{ 'Page:Facilitation.Attendance.Choice' | translate }}
            </th>
            <td mat-cell *matCellDef="let row">
              <mat-radio-group
                class="choice"
                [formControlName]="row.enrolmentId"
                [attr.aria-labelledby]="'attendance-name-' + row.enrolmentId"
                [attr.aria-describedby]="
                  rowError(row.enrolmentId) ? 'attendance-error-' + row.enrolmentId : null
                "
              >
                <mat-radio-button value="present">{{
                  'Page:Facilitation.Attendance.Present' | translate
                }}</mat-radio-button>
                <mat-radio-button value="absent">{{
                  'Page:Facilitation.Attendance.Absent' | translate
                }}</mat-radio-button>
              </mat-radio-group>
              @if (rowError(row.enrolmentId); as message) {
                <p class="field-error" [id]="'attendance-error-' + row.enrolmentId">
                  {{ message }}
                </p>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="saved">
            <th mat-header-cell *matHeaderCellDef>
              {{ 'Page:Facilitation.Attendance.Registered' | translate }}
            </th>
            <td mat-cell *matCellDef="let row" data-testid="registered">
              {{
                (row.present === true
                  ? 'Page:MyProgramme.Attendance.Present'
                  : row.present === false
                    ? 'Page:MyProgramme.Attendance.Absent'
                    : 'Page:MyProgramme.Attendance.NotRegistered'
                ) | translate
              }}
            </td>
          </ng-container>
        </app-data-table>
        <div class="form-actions">
          <button mat-flat-button type="submit" [disabled]="saving()">
            {{ 'Page:Facilitation.Attendance.Save' | translate }}
          </button>
          @if (unsaved() > 0) {
            <span class="muted" data-testid="unsaved">{{
              'Page:Facilitation.Attendance.Unsaved' | translate: { count: unsaved() }
            }}</span>
          }
        </div>
      </form>
    }
  `,
  styles: `
    .session-field {
      width: 100%;
      max-width: 520px;
    }
    .muted {
      color: var(--ax-text-neutral-subtle);
    }
    .choice {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
    }
    .field-error {
      color: var(--ax-text-danger);
      font-size: 0.875rem;
      margin: 4px 0 0;
    }
    .form-actions {
      align-items: center;
      margin-top: 16px;
    }
    td {
      vertical-align: top;
      padding-top: 8px;
      padding-bottom: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttendanceTab {
  private readonly api = inject(ParticipationApi);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  readonly cohort = input.required<Cohort>();

  protected readonly columns = ['person', 'choice', 'saved'];
  protected readonly sessionControl = new FormControl<string | null>(null);
  private readonly sessionId = toSignal(this.sessionControl.valueChanges, { initialValue: null });

  protected readonly sheet = resource({
    params: () => {
      const sessionId = this.sessionId();
      return sessionId ? { cohortId: this.cohort().id, sessionId } : undefined;
    },
    loader: ({ params }) => this.api.attendance(params.cohortId, params.sessionId),
  });
  protected readonly current = computed(() => valueOf(this.sheet));
  protected readonly form = linkedSignal<AttendanceForm>(() =>
    attendanceForm(this.current()?.rows ?? []),
  );
  private readonly formValues = signal<Record<string, unknown>>({});
  protected readonly summary = computed(() => attendanceSummary(this.current()?.rows ?? []));
  protected readonly unsaved = computed(() =>
    unsavedCount(this.current()?.rows ?? [], this.formValues() as never),
  );
  protected readonly saving = signal(false);
  private readonly actionError = signal<string | null>(null);
  private readonly errorsByRow = signal<Record<string, string>>({});
  protected readonly savedMessage = signal<string | null>(null);
  protected readonly error = computed(() => {
    if (this.actionError()) return this.actionError();
    const error = this.sheet.error();
    return error ? this.errors.describe(error) : null;
  });

  constructor() {
    // The gathering that most likely needs registering, once the cohort is known.
    effect(() => {
      if (this.sessionControl.value) return;
      const session = defaultSession(this.cohort().sessions, new Date());
      if (session) this.sessionControl.setValue(session.id);
    });
    // Follows the form as the facilitator chooses, for the count of unsaved choices.
    effect((onCleanup) => {
      const form = this.form();
      this.formValues.set(form.getRawValue());
      const subscription = form.valueChanges.subscribe(() =>
        this.formValues.set(form.getRawValue()),
      );
      onCleanup(() => subscription.unsubscribe());
    });
    // Another gathering: the last one's messages do not apply.
    effect(() => {
      this.sessionId();
      this.savedMessage.set(null);
      this.actionError.set(null);
      this.errorsByRow.set({});
    });
  }

  protected when(value: string): string {
    return formatDateTime(value, this.language.current());
  }

  protected range(start: string, end: string): string {
    return formatTimeRange(start, end, this.language.current());
  }

  protected rowError(enrolmentId: string): string | null {
    return this.errorsByRow()[enrolmentId] ?? null;
  }

  protected markAll(choice: 'present' | 'absent'): void {
    const form = this.form();
    for (const control of Object.values(form.controls)) control.setValue(choice);
  }

  protected async save(): Promise<void> {
    const sheet = this.current();
    if (!sheet || this.saving()) return;
    this.actionError.set(null);
    this.savedMessage.set(null);
    this.errorsByRow.set({});
    const entries = attendanceEntries(sheet.rows, this.form().getRawValue());
    if (entries.length === 0) {
      this.actionError.set(
        this.translate.instant('Page:Facilitation.Attendance.NothingChosen') as string,
      );
      return;
    }
    this.saving.set(true);
    try {
      const saved = await this.api.saveAttendance(sheet.cohortId, sheet.session.id, entries);
      this.sheet.set(saved);
      this.savedMessage.set(
        this.translate.instant('Page:Facilitation.Attendance.Saved', {
          session: saved.session.title.text,
          count: entries.length,
        }) as string,
      );
    } catch (error) {
      const problem = toProblemDetails(error);
      const byRow = rowErrors(entries, problem.errors);
      const { '': general, ...rows } = byRow;
      this.errorsByRow.set(rows);
      this.actionError.set(general ?? this.errors.describe(error));
    } finally {
      this.saving.set(false);
    }
  }
}
