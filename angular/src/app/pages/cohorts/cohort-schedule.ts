import { NameContext } from '../../shared/name-context';
import { NgTemplateOutlet } from '@angular/common';
import { AppDatePipe, osloDay, osloTime } from '../../shared/date-format';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { toProblemDetails } from '../../core/problem-details';
import { Cohort, CohortApi, Deadline, Session } from '../../data/cohort-api';
import { Alert } from '../../shared/alert';
import { DataTable } from '../../shared/data-table';
import { FieldError } from '../../shared/field-error';
import { FormSubmission } from '../../shared/form-submission';
import { numberOrNull } from '../../shared/form-values';
import { saveResponse, Transfer } from '../../shared/file-transfer';
import { ContentText } from '../../shared/content-text';
import { dateForm, RowForms, ScheduleDateForm } from './schedule-forms';

type SessionForm = FormGroup<{
  date: FormControl<string>;
  startTime: FormControl<string>;
  durationMinutes: FormControl<number | null>;
  place: FormControl<string>;
  videoLink: FormControl<string>;
}>;

export function sessionValue(session: Session) {
  return {
    date: osloDay(session.startsAt),
    startTime: osloTime(session.startsAt),
    durationMinutes: session.durationMinutes,
    place: session.place ?? '',
    videoLink: session.videoLink ?? '',
  };
}

/**
 * The server names a date it refuses after the rule (`unlocksOn`, `dueOn`) rather than after the
 * request's `date`; renamed here so the message lands on the row's date field.
 */
function asDateError(error: unknown): unknown {
  const problem = toProblemDetails(error);
  if (!(error instanceof HttpErrorResponse) || !problem.errors) return error;
  const errors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(problem.errors)) {
    const name = /^(unlocksOn|dueOn)$/i.test(field) ? 'date' : field;
    errors[name] = [...(errors[name] ?? []), ...messages];
  }
  return new HttpErrorResponse({
    error: { ...problem, errors },
    status: error.status,
    statusText: error.statusText,
    url: error.url ?? undefined,
  });
}

/**
 * The cohort's schedule: when each module opens, its gatherings (day, time, length, place and
 * video link) and its assignment deadlines. Each row is saved on its own, against the cohort's
 * current version; a gathering can be downloaded as an .ics file.
 */
@Component({
  selector: 'app-cohort-schedule',
  imports: [
    NameContext,
    ContentText,
    ReactiveFormsModule,
    TranslatePipe,
    AppDatePipe,
    NgTemplateOutlet,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    Alert,
    DataTable,
    FieldError,
    ScheduleDateForm,
  ],
  template: `
    <app-alert [message]="submission.error() ?? downloadError()">
      @if (submission.conflict()) {
        <button mat-button type="button" (click)="reload.emit()">
          {{ 'Ui:Reload' | translate }}
        </button>
      }
    </app-alert>
    @if (download.active()) {
      <mat-progress-bar
        [mode]="download.progress() === null ? 'indeterminate' : 'determinate'"
        [value]="(download.progress() ?? 0) * 100"
        [attr.aria-label]="'Page:Cohorts.Schedule.Downloading' | translate"
      />
    }

    <section aria-labelledby="schedule-modules">
      <h3 id="schedule-modules">{{ 'Page:Cohorts.Schedule.Modules' | translate }}</h3>
      <app-data-table [rows]="cohort().modules" [columns]="moduleColumns" testId="schedule-modules">
        <ng-container matColumnDef="order">
          <th mat-header-cell *matHeaderCellDef>{{ 'Page:Cohorts.Schedule.Order' | translate }}</th>
          <td mat-cell *matCellDef="let m">{{ m.order }}</td>
        </ng-container>
        <ng-container matColumnDef="title">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'Page:Cohorts.Schedule.Module' | translate }}
          </th>
          <td mat-cell *matCellDef="let m"><app-content-text [text]="m.title" /></td>
        </ng-container>
        <ng-container matColumnDef="unlocksOn">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'Page:Cohorts.Schedule.UnlocksOn' | translate }}
          </th>
          <td mat-cell *matCellDef="let m">
            @if (canManage()) {
              <app-schedule-date-form
                [form]="moduleForms.for(m.moduleId)"
                [label]="'Page:Cohorts.Schedule.UnlocksOnFor' | translate: { title: m.title.text }"
                [name]="m.title.text"
                [saving]="submission.saving()"
                (save)="saveUnlock(m.moduleId)"
              />
            } @else {
              {{ m.unlocksOn | appDate }}
            }
          </td>
        </ng-container>
      </app-data-table>
    </section>

    <section aria-labelledby="schedule-sessions">
      <h3 id="schedule-sessions">{{ 'Page:Cohorts.Schedule.Sessions' | translate }}</h3>
      @for (session of cohort().sessions; track session.id) {
        <article class="session" [attr.aria-labelledby]="'session-' + session.id">
          <h4 [id]="'session-' + session.id"><app-content-text [text]="session.title" /></h4>
          <p class="sub">
            <app-content-text [text]="session.moduleTitle" /> · {{ session.formatName }} ·
            {{ session.startsAt | appDate: 'dateTime' }}
          </p>
          @if (canManage()) {
            @let form = sessionForms.for(session.id);
            <form [formGroup]="form" (ngSubmit)="saveSession(session)" novalidate>
              <div class="session-grid">
                <mat-form-field>
                  <mat-label>{{ 'Page:Cohorts.Schedule.Date' | translate }}</mat-label>
                  <input
                    matInput
                    type="date"
                    formControlName="date"
                    [attr.lang]="language.current()"
                  />
                  <mat-error *appFieldError="let message">{{ message }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'Page:Cohorts.Schedule.StartTime' | translate }}</mat-label>
                  <input matInput type="time" formControlName="startTime" />
                  <mat-hint>{{ 'Page:Cohorts.Schedule.OsloTime' | translate }}</mat-hint>
                  <mat-error *appFieldError="let message">{{ message }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'Page:Cohorts.Schedule.Duration' | translate }}</mat-label>
                  <input
                    matInput
                    type="number"
                    min="15"
                    step="15"
                    formControlName="durationMinutes"
                  />
                  <mat-error *appFieldError="let message">{{ message }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'Page:Cohorts.Schedule.Place' | translate }}</mat-label>
                  <input matInput formControlName="place" autocomplete="off" />
                  <mat-error *appFieldError="let message">{{ message }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'Page:Cohorts.Schedule.VideoLink' | translate }}</mat-label>
                  <input matInput type="url" formControlName="videoLink" autocomplete="off" />
                  <mat-hint>{{ 'Page:Cohorts.Schedule.VideoLinkHint' | translate }}</mat-hint>
                  <mat-error *appFieldError="let message">{{ message }}</mat-error>
                </mat-form-field>
              </div>
              <div class="form-actions">
                <button
                  mat-flat-button
                  type="submit"
                  [disabled]="submission.saving()"
                  [appNameContext]="session.title.text"
                >
                  {{ 'Ui:Save' | translate }}
                </button>
                <ng-container *ngTemplateOutlet="ics; context: { $implicit: session }" />
              </div>
            </form>
          } @else {
            <dl class="facts">
              <div>
                <dt>{{ 'Page:Cohorts.Schedule.Time' | translate }}</dt>
                <dd>
                  {{ session.startsAt | appDate: 'dateTime' }} –
                  {{ session.endsAt | appDate: 'time' }}
                </dd>
              </div>
              <div>
                <dt>{{ 'Page:Cohorts.Schedule.Place' | translate }}</dt>
                <dd>{{ session.place || ('Page:Cohorts.Schedule.NotSet' | translate) }}</dd>
              </div>
              @if (session.videoLink) {
                <div>
                  <dt>{{ 'Page:Cohorts.Schedule.VideoLink' | translate }}</dt>
                  <dd>
                    <a [href]="session.videoLink" target="_blank" rel="noopener">{{
                      session.videoLink
                    }}</a>
                  </dd>
                </div>
              }
            </dl>
            <ng-container *ngTemplateOutlet="ics; context: { $implicit: session }" />
          }
        </article>
      } @empty {
        <p class="empty">{{ 'Page:Cohorts.Schedule.NoSessions' | translate }}</p>
      }
    </section>

    <section aria-labelledby="schedule-deadlines">
      <h3 id="schedule-deadlines">{{ 'Page:Cohorts.Schedule.Deadlines' | translate }}</h3>
      <app-data-table [rows]="deadlines()" [columns]="deadlineColumns" testId="schedule-deadlines">
        <ng-container matColumnDef="module">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'Page:Cohorts.Schedule.Module' | translate }}
          </th>
          <td mat-cell *matCellDef="let d">{{ moduleTitle(d) }}</td>
        </ng-container>
        <ng-container matColumnDef="title">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'Page:Cohorts.Schedule.Assignment' | translate }}
          </th>
          <td mat-cell *matCellDef="let d"><app-content-text [text]="d.title" /></td>
        </ng-container>
        <ng-container matColumnDef="dueOn">
          <th mat-header-cell *matHeaderCellDef>{{ 'Page:Cohorts.Schedule.DueOn' | translate }}</th>
          <td mat-cell *matCellDef="let d">
            @if (canManage()) {
              <app-schedule-date-form
                [form]="deadlineForms.for(d.assignmentId)"
                [label]="'Page:Cohorts.Schedule.DueOnFor' | translate: { title: d.title.text }"
                [name]="d.title.text"
                [saving]="submission.saving()"
                (save)="saveDeadline(d.assignmentId)"
              />
            } @else {
              {{ d.dueOn | appDate }}
            }
          </td>
        </ng-container>
      </app-data-table>
    </section>

    <ng-template #ics let-session>
      <button
        mat-stroked-button
        type="button"
        [disabled]="download.active()"
        [appNameContext]="session.title.text"
        (click)="downloadIcs(session)"
      >
        <mat-icon svgIcon="download" />{{ 'Page:Cohorts.Schedule.Ics' | translate }}
      </button>
    </ng-template>
  `,
  styles: `
    .session {
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
      padding: 12px 16px;
      margin-bottom: 16px;
      max-width: 960px;
    }
    .session h4 {
      margin: 0;
      font-size: 1.125rem;
    }
    .sub {
      margin: 4px 0 12px;
      color: var(--ax-text-neutral-subtle);
    }
    .session-grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      gap: 0 16px;
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      gap: 8px 24px;
      margin: 0 0 12px;
    }
    .facts dt {
      color: var(--ax-text-neutral-subtle);
      font-size: 0.875rem;
    }
    .facts dd {
      margin: 0;
    }
    h3 {
      margin: 24px 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortSchedule {
  readonly cohort = input.required<Cohort>();
  /** A row was saved: the cohort as the server has it now. */
  readonly saved = output<Cohort>();
  /** Someone else changed the cohort meanwhile: the page should load it again. */
  readonly reload = output<void>();

  private readonly api = inject(CohortApi);
  private readonly auth = inject(AuthService);
  private readonly errors = inject(ErrorMessages);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  protected readonly moduleColumns = ['order', 'title', 'unlocksOn'];
  protected readonly deadlineColumns = ['module', 'title', 'dueOn'];
  protected readonly download = new Transfer();
  protected readonly submission = new FormSubmission();
  protected readonly downloadError = signal<string | null>(null);
  protected readonly canManage = computed(
    () =>
      this.auth.hasPermission(Permissions.CohortsManage) &&
      !['Completed', 'Cancelled'].includes(this.cohort().status),
  );
  protected readonly deadlines = computed(() => this.cohort().modules.flatMap((m) => m.deadlines));

  protected readonly moduleForms = new RowForms(dateForm);
  protected readonly deadlineForms = new RowForms(dateForm);
  protected readonly sessionForms = new RowForms(
    (): SessionForm =>
      new FormGroup({
        date: new FormControl('', { nonNullable: true }),
        startTime: new FormControl('', { nonNullable: true }),
        durationMinutes: new FormControl<number | null>(null),
        place: new FormControl('', { nonNullable: true }),
        videoLink: new FormControl('', { nonNullable: true }),
      }),
  );

  constructor() {
    // A saved or reloaded cohort refreshes the rows nobody is editing; typed changes stay.
    effect(() => {
      const cohort = this.cohort();
      untracked(() => {
        for (const m of cohort.modules) this.moduleForms.refresh(m.moduleId, { date: m.unlocksOn });
        for (const s of cohort.sessions) this.sessionForms.refresh(s.id, sessionValue(s));
        for (const d of cohort.modules.flatMap((m) => m.deadlines)) {
          this.deadlineForms.refresh(d.assignmentId, { date: d.dueOn });
        }
      });
    });
  }

  protected moduleTitle(deadline: Deadline): string {
    return this.cohort().modules.find((m) => m.moduleId === deadline.moduleId)?.title.text ?? '';
  }

  protected saveUnlock(moduleId: string): Promise<void> {
    const form = this.moduleForms.for(moduleId);
    const cohort = this.cohort();
    return this.send(form, () =>
      this.api.setModuleUnlock(
        cohort.id,
        moduleId,
        form.controls.date.value || null,
        cohort.concurrencyStamp,
      ),
    );
  }

  protected saveDeadline(assignmentId: string): Promise<void> {
    const form = this.deadlineForms.for(assignmentId);
    const cohort = this.cohort();
    return this.send(form, () =>
      this.api.setDeadline(
        cohort.id,
        assignmentId,
        form.controls.date.value || null,
        cohort.concurrencyStamp,
      ),
    );
  }

  protected saveSession(session: Session): Promise<void> {
    const form = this.sessionForms.for(session.id);
    const cohort = this.cohort();
    const value = form.getRawValue();
    return this.send(form, () =>
      this.api.scheduleSession(cohort.id, session.id, {
        date: value.date || null,
        startTime: value.startTime || null,
        durationMinutes: numberOrNull(value.durationMinutes),
        place: value.place.trim() || null,
        videoLink: value.videoLink.trim() || null,
        concurrencyStamp: cohort.concurrencyStamp,
      }),
    );
  }

  protected async downloadIcs(session: Session): Promise<void> {
    this.downloadError.set(null);
    try {
      const response = await this.download.run(this.api.sessionIcs(this.cohort().id, session.id));
      saveResponse(response, `${session.title.text}.ics`);
    } catch (error) {
      this.downloadError.set(this.errors.describe(error));
    }
  }

  private async send(form: FormGroup, call: () => Promise<Cohort>): Promise<void> {
    this.downloadError.set(null);
    const cohort = await this.submission.run(form, () =>
      call().catch((error: unknown) => Promise.reject(asDateError(error))),
    );
    if (!cohort) return;
    form.markAsPristine();
    this.saved.emit(cohort);
    this.snackBar.open(this.translate.instant('Ui:Saved') as string, undefined, { duration: 4000 });
  }
}
