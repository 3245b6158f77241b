import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../core/error-messages';
import {
  CoachingSession,
  DevelopmentApi,
  DevelopmentGoal,
  DevelopmentPlan,
  GoalStatus,
  IndicatorValue,
  ResultIndicator,
} from '../data/development-api';
import { Alert } from './alert';
import { Announcer } from './announcer';
import { BarChart, BarSeries, ChartColumn } from './bar-chart';
import { AppDatePipe } from './date-format';
import { EnumLabelPipe, enumKey } from './enum-labels';
import { FieldError } from './field-error';
import { SelectField, SelectOption, TextField } from './form-field';
import { FormSubmission } from './form-submission';

const GOAL_STATUSES: readonly GoalStatus[] = ['Active', 'Achieved', 'Dropped'];

/** `2026-09-15T10:00` as the date-time field writes it, for a moment. */
function localInput(value: string | Date): string {
  const d = new Date(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * One development plan, as the leader or the coach sees it: goals tied to an indicator of the
 * office with a target and the indicator's values over time, progress notes, the coach's
 * feedback, and the coaching sessions with their shared notes. What a user may do follows who
 * they are to the plan (leader or coach), as the server decides it.
 */
@Component({
  selector: 'app-plan-panel',
  imports: [
    AppDatePipe,
    BarChart,
    EnumLabelPipe,
    FieldError,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    SelectField,
    TextField,
    TranslatePipe,
    Alert,
  ],
  template: `
    @let p = plan();
    <p data-testid="plan-facts">
      {{ 'Page:Development.Cohort' | translate }}: {{ p.cohortName }} ·
      {{ 'Page:Development.Office' | translate }}: {{ p.officeName }} ·
      {{ 'Page:Development.Coach' | translate }}:
      {{ p.coachName ?? ('Page:Development.NoCoach' | translate) }}
    </p>
    @if (busy()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="actionError()" />

    <section aria-labelledby="goals-heading">
      <h2 id="goals-heading">{{ 'Page:Development.Goals' | translate }}</h2>
      @if (!p.goals.length) {
        <p>{{ 'Page:Development.NoGoals' | translate }}</p>
      }
      @for (g of p.goals; track g.id) {
        <article class="goal" [attr.data-testid]="'goal'" [attr.aria-labelledby]="'goal-' + g.id">
          <h3 [id]="'goal-' + g.id">{{ g.title }}</h3>
          @if (g.description) {
            <p>{{ g.description }}</p>
          }
          <p class="facts">
            <span data-testid="goal-agreed">{{
              g.agreedAt
                ? ('Page:Development.AgreedOn' | translate: { date: (g.agreedAt | appDate) })
                : ('Page:Development.NotAgreed' | translate)
            }}</span>
            · {{ 'Page:Development.Status' | translate }}:
            {{ g.status | enumLabel: 'GoalStatus' | translate }}
            @if (g.dueOn) {
              · {{ 'Page:Development.DueOn' | translate }}: {{ g.dueOn | appDate }}
            }
          </p>
          @if (g.indicatorName) {
            <p data-testid="goal-indicator">
              {{ 'Page:Development.Indicator' | translate }}: {{ g.indicatorName }}
              @if (g.targetValue !== null) {
                · {{ 'Page:Development.Target' | translate }}: {{ g.targetValue }}
                {{ g.unit ?? '' }}
              }
            </p>
            @if (g.values.length) {
              <app-bar-chart
                [rows]="g.values"
                [series]="series"
                [columns]="columns"
                [name]="periodOf"
                nameLabel="Page:Development.Period"
                caption="Page:Development.ValuesCaption"
                [captionShown]="true"
                [testId]="'values-' + g.id"
              />
            } @else {
              <p>{{ 'Page:Development.NoValues' | translate }}</p>
            }
            @if (p.isLeader) {
              <form
                class="inline"
                [formGroup]="valueForm"
                [attr.data-goal]="g.id"
                (ngSubmit)="saveValue(g)"
                novalidate
              >
                <app-text-field
                  control="period"
                  label="Page:Development.Period"
                  [hint]="
                    (g.periodKind === 'Quarter'
                      ? 'Page:Development.PeriodHintQuarter'
                      : 'Page:Development.PeriodHintMonth'
                    ) | translate
                  "
                />
                <app-text-field control="value" label="Page:Development.Value" />
                <button
                  mat-stroked-button
                  type="submit"
                  [disabled]="valueSubmission.saving()"
                  [attr.aria-label]="'Page:Development.SaveValueFor' | translate: { goal: g.title }"
                >
                  {{ 'Page:Development.SaveValue' | translate }}
                </button>
              </form>
              @if (valueGoalId() === g.id) {
                <app-alert [message]="valueSubmission.error()" />
              }
            }
          }
          <div class="page-actions">
            @if (p.isLeader) {
              <button
                mat-stroked-button
                type="button"
                [attr.aria-label]="'Page:Development.EditGoalFor' | translate: { goal: g.title }"
                (click)="editGoal(g)"
              >
                {{ 'Page:Development.EditGoal' | translate }}
              </button>
              <label [for]="'status-' + g.id">{{ 'Page:Development.Status' | translate }}</label>
              <select
                [id]="'status-' + g.id"
                [ngModel]="g.status"
                (ngModelChange)="setStatus(g, $event)"
              >
                @for (s of statuses; track s) {
                  <option [value]="s">{{ statusKey(s) | translate }}</option>
                }
              </select>
            }
            @if (p.isCoach && !g.agreedAt) {
              <button
                mat-flat-button
                type="button"
                data-testid="goal-agree"
                [attr.aria-label]="'Page:Development.AgreeFor' | translate: { goal: g.title }"
                (click)="agree(g)"
              >
                {{ 'Page:Development.Agree' | translate }}
              </button>
            }
          </div>
        </article>
      }

      @if (p.isLeader) {
        @if (!goalFormOpen()) {
          <button mat-flat-button type="button" data-testid="goal-new" (click)="newGoal()">
            {{ 'Page:Development.NewGoal' | translate }}
          </button>
        } @else {
          <form class="goal-form" [formGroup]="goalForm" (ngSubmit)="saveGoal()" novalidate>
            <h3>
              {{
                (editingGoalId() ? 'Page:Development.EditGoal' : 'Page:Development.NewGoal')
                  | translate
              }}
            </h3>
            <div class="form-grid">
              <app-text-field
                control="title"
                label="Page:Development.GoalTitle"
                [maxLength]="200"
              />
              <app-select-field
                control="indicatorId"
                label="Page:Development.Indicator"
                hint="Page:Development.IndicatorHint"
                [options]="indicatorOptions()"
              />
              <app-text-field
                control="targetValue"
                label="Page:Development.Target"
                type="number"
                [step]="0.1"
              />
              <app-text-field control="dueOn" label="Page:Development.DueOn" type="date" />
            </div>
            <mat-form-field class="wide">
              <mat-label>{{ 'Page:Development.Description' | translate }}</mat-label>
              <textarea matInput formControlName="description" rows="3" maxlength="4000"></textarea>
              <mat-error *appFieldError="let message">{{ message }}</mat-error>
            </mat-form-field>
            <app-alert [message]="goalSubmission.error()" />
            <div class="page-actions">
              <button
                mat-flat-button
                type="submit"
                data-testid="goal-save"
                [disabled]="goalSubmission.saving()"
              >
                {{ 'Ui:Save' | translate }}
              </button>
              <button mat-button type="button" (click)="goalFormOpen.set(false)">
                {{ 'Ui:Cancel' | translate }}
              </button>
            </div>
          </form>
        }
      }
    </section>

    <section aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{{ 'Page:Development.Feedback' | translate }}</h2>
      @if (p.feedback.length) {
        <ul class="notes" data-testid="plan-feedback">
          @for (f of p.feedback; track f.id) {
            <li>
              <p>{{ f.text }}</p>
              <p class="hint">
                {{ f.authorName }}, {{ f.givenAt | appDate: 'dateTime' }}
                @if (goalTitle(f.goalId); as t) {
                  · {{ 'Page:Development.AboutGoal' | translate: { goal: t } }}
                }
              </p>
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'Page:Development.NoFeedback' | translate }}</p>
      }
      @if (p.isCoach) {
        <form [formGroup]="feedbackForm" (ngSubmit)="giveFeedback()" novalidate>
          <app-select-field
            control="goalId"
            label="Page:Development.FeedbackOn"
            [options]="goalOptions()"
          />
          <mat-form-field class="wide">
            <mat-label>{{ 'Page:Development.FeedbackText' | translate }}</mat-label>
            <textarea
              matInput
              formControlName="text"
              rows="3"
              maxlength="4000"
              data-testid="feedback-text"
            ></textarea>
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
          </mat-form-field>
          <app-alert [message]="feedbackSubmission.error()" />
          <button
            mat-flat-button
            type="submit"
            data-testid="feedback-give"
            [disabled]="feedbackSubmission.saving()"
          >
            {{ 'Page:Development.GiveFeedback' | translate }}
          </button>
        </form>
      }
    </section>

    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{{ 'Page:Development.ProgressNotes' | translate }}</h2>
      <p class="hint">{{ 'Page:Development.ProgressNotesHint' | translate }}</p>
      @if (p.progressNotes.length) {
        <ul class="notes" data-testid="progress-notes">
          @for (n of p.progressNotes; track n.id) {
            <li>
              <p>{{ n.text }}</p>
              <p class="hint">
                {{ n.authorName }}, {{ n.writtenAt | appDate: 'dateTime' }}
                @if (goalTitle(n.goalId); as t) {
                  · {{ 'Page:Development.AboutGoal' | translate: { goal: t } }}
                }
              </p>
            </li>
          }
        </ul>
      }
      <form [formGroup]="progressForm" (ngSubmit)="addProgressNote()" novalidate>
        <app-select-field
          control="goalId"
          label="Page:Development.NoteOn"
          [options]="goalOptions()"
        />
        <mat-form-field class="wide">
          <mat-label>{{ 'Page:Development.ProgressNote' | translate }}</mat-label>
          <textarea matInput formControlName="text" rows="3" maxlength="4000"></textarea>
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
        <app-alert [message]="progressSubmission.error()" />
        <button mat-stroked-button type="submit" [disabled]="progressSubmission.saving()">
          {{ 'Page:Development.AddProgressNote' | translate }}
        </button>
      </form>
    </section>

    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{{ 'Page:Development.Sessions' | translate }}</h2>
      <h3>{{ 'Page:Development.Upcoming' | translate }}</h3>
      @if (upcoming().length) {
        <ul class="notes" data-testid="sessions-upcoming">
          @for (s of upcoming(); track s.id) {
            <li>
              <p>
                <strong>{{ s.startsAt | appDate: 'dateTime' }}</strong> –
                {{ s.endsAt | appDate: 'time' }}
                @if (s.place) {
                  · {{ s.place }}
                }
                @if (s.videoLink) {
                  ·
                  <a [href]="s.videoLink" rel="noopener" target="_blank">{{
                    'Page:Development.VideoLink' | translate
                  }}</a>
                }
              </p>
              @if (p.isCoach) {
                <div class="page-actions">
                  <button mat-stroked-button type="button" (click)="editSession(s)">
                    {{ 'Page:Development.MoveSession' | translate }}
                  </button>
                  <button mat-stroked-button type="button" (click)="markHeld(s)">
                    {{ 'Page:Development.MarkHeld' | translate }}
                  </button>
                  <button mat-button type="button" (click)="cancelSession(s)">
                    {{ 'Page:Development.CancelSession' | translate }}
                  </button>
                </div>
              }
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'Page:Development.NoUpcoming' | translate }}</p>
      }
      <h3>{{ 'Page:Development.Held' | translate }}</h3>
      @if (past().length) {
        <ul class="notes" data-testid="sessions-held">
          @for (s of past(); track s.id) {
            <li>
              <p>
                <strong>{{ s.startsAt | appDate: 'dateTime' }}</strong> ·
                {{ s.status | enumLabel: 'CoachingSessionStatus' | translate }}
              </p>
              @if (s.notes) {
                <p class="shared-notes">{{ s.notes }}</p>
              }
              @if (s.status !== 'Cancelled') {
                <button mat-stroked-button type="button" (click)="editNotes(s)">
                  {{ 'Page:Development.WriteNotes' | translate }}
                </button>
              }
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'Page:Development.NoHeld' | translate }}</p>
      }

      @if (notesSession(); as s) {
        <form [formGroup]="notesForm" (ngSubmit)="saveNotes(s)" novalidate>
          <h3>
            {{
              'Page:Development.NotesFor' | translate: { date: (s.startsAt | appDate: 'dateTime') }
            }}
          </h3>
          <p class="hint">{{ 'Page:Development.SharedNotesHint' | translate }}</p>
          <mat-form-field class="wide">
            <mat-label>{{ 'Page:Development.SharedNotes' | translate }}</mat-label>
            <textarea matInput formControlName="text" rows="5" maxlength="8000"></textarea>
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
          </mat-form-field>
          <app-alert [message]="notesSubmission.error()" />
          <div class="page-actions">
            <button mat-flat-button type="submit" [disabled]="notesSubmission.saving()">
              {{ 'Ui:Save' | translate }}
            </button>
            <button mat-button type="button" (click)="notesSession.set(null)">
              {{ 'Ui:Cancel' | translate }}
            </button>
          </div>
        </form>
      }

      @if (p.isCoach) {
        <form [formGroup]="sessionForm" (ngSubmit)="saveSession()" novalidate>
          <h3>
            {{
              (movingSessionId() ? 'Page:Development.MoveSession' : 'Page:Development.Schedule')
                | translate
            }}
          </h3>
          <div class="form-grid">
            <mat-form-field>
              <mat-label>{{ 'Page:Development.StartsAt' | translate }}</mat-label>
              <input matInput type="datetime-local" formControlName="startsAt" />
              <mat-error *appFieldError="let message">{{ message }}</mat-error>
            </mat-form-field>
            <app-text-field
              control="durationMinutes"
              label="Page:Development.Duration"
              type="number"
              [min]="15"
              [step]="15"
            />
            <app-text-field control="place" label="Page:Development.Place" />
            <app-text-field
              control="videoLink"
              label="Page:Development.VideoLink"
              hint="Page:Development.VideoLinkHint"
            />
          </div>
          <app-alert [message]="sessionSubmission.error()" />
          <div class="page-actions">
            <button
              mat-flat-button
              type="submit"
              data-testid="session-save"
              [disabled]="sessionSubmission.saving()"
            >
              {{ 'Ui:Save' | translate }}
            </button>
            @if (movingSessionId()) {
              <button mat-button type="button" (click)="resetSession()">
                {{ 'Ui:Cancel' | translate }}
              </button>
            }
          </div>
        </form>
      }
    </section>
  `,
  styles: `
    section {
      margin-top: 24px;
      max-width: 960px;
    }
    .goal {
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
      padding: 8px 16px;
      margin-bottom: 16px;
    }
    .notes {
      list-style: none;
      padding: 0;
    }
    .notes li {
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
      padding: 4px 0;
    }
    .hint {
      color: var(--ax-text-neutral-subtle);
    }
    .inline {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: baseline;
    }
    .page-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .wide {
      width: 100%;
    }
    .shared-notes {
      white-space: pre-wrap;
    }
    select {
      min-height: 36px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanPanel {
  private readonly api = inject(DevelopmentApi);
  private readonly errors = inject(ErrorMessages);
  private readonly announcer = inject(Announcer);

  readonly plan = input.required<DevelopmentPlan>();
  readonly indicators = input<readonly ResultIndicator[]>([]);
  /** The plan as the server has it after a change. */
  readonly changed = output<DevelopmentPlan>();

  protected readonly statuses = GOAL_STATUSES;
  protected readonly busy = signal(false);
  protected readonly actionError = signal<string | null>(null);
  protected readonly goalFormOpen = signal(false);
  protected readonly editingGoalId = signal<string | null>(null);
  protected readonly valueGoalId = signal<string | null>(null);
  protected readonly movingSessionId = signal<string | null>(null);
  protected readonly notesSession = signal<CoachingSession | null>(null);

  protected readonly series: readonly BarSeries<IndicatorValue>[] = [
    { key: 'value', label: 'Page:Development.Value', value: (v) => v.value },
  ];
  protected readonly columns: readonly ChartColumn<IndicatorValue>[] = [
    { key: 'value', label: 'Page:Development.Value', value: (v) => v.value },
    {
      key: 'source',
      label: 'Page:Development.Source',
      value: (v) => enumKey('IndicatorValueSource', v.source),
    },
  ];
  protected readonly periodOf = (v: IndicatorValue) => v.period;

  protected readonly indicatorOptions = computed<SelectOption[]>(() => [
    { id: '', name: '—' },
    ...this.indicators()
      .filter((i) => i.isActive)
      .map((i) => ({ id: i.id, name: i.unit ? `${i.name} (${i.unit})` : i.name })),
  ]);
  protected readonly goalOptions = computed<SelectOption[]>(() => [
    { id: '', name: '—' },
    ...this.plan().goals.map((g) => ({ id: g.id, name: g.title })),
  ]);
  protected readonly upcoming = computed(() =>
    this.plan()
      .sessions.filter((s) => s.status === 'Planned')
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
  );
  protected readonly past = computed(() =>
    this.plan()
      .sessions.filter((s) => s.status !== 'Planned')
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt)),
  );

  protected readonly goalForm = new FormGroup({
    title: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
    indicatorId: new FormControl('', { nonNullable: true }),
    targetValue: new FormControl<number | null>(null),
    dueOn: new FormControl('', { nonNullable: true }),
  });
  protected readonly valueForm = new FormGroup({
    period: new FormControl('', { nonNullable: true }),
    value: new FormControl('', { nonNullable: true }),
  });
  protected readonly feedbackForm = new FormGroup({
    goalId: new FormControl('', { nonNullable: true }),
    text: new FormControl('', { nonNullable: true }),
  });
  protected readonly progressForm = new FormGroup({
    goalId: new FormControl('', { nonNullable: true }),
    text: new FormControl('', { nonNullable: true }),
  });
  protected readonly sessionForm = new FormGroup({
    startsAt: new FormControl('', { nonNullable: true }),
    durationMinutes: new FormControl<number | null>(60),
    place: new FormControl('', { nonNullable: true }),
    videoLink: new FormControl('', { nonNullable: true }),
  });
  protected readonly notesForm = new FormGroup({
    text: new FormControl('', { nonNullable: true }),
  });
  protected readonly goalSubmission = new FormSubmission('.goal-form');
  protected readonly valueSubmission = new FormSubmission();
  protected readonly feedbackSubmission = new FormSubmission();
  protected readonly progressSubmission = new FormSubmission();
  protected readonly sessionSubmission = new FormSubmission();
  protected readonly notesSubmission = new FormSubmission();

  protected statusKey(status: GoalStatus): string {
    return enumKey('GoalStatus', status);
  }

  protected goalTitle(goalId: string | null): string | null {
    return goalId ? (this.plan().goals.find((g) => g.id === goalId)?.title ?? null) : null;
  }

  protected newGoal(): void {
    this.editingGoalId.set(null);
    this.goalForm.reset();
    this.goalFormOpen.set(true);
  }

  protected editGoal(goal: DevelopmentGoal): void {
    this.editingGoalId.set(goal.id);
    this.goalForm.reset({
      title: goal.title,
      description: goal.description ?? '',
      indicatorId: goal.indicatorId ?? '',
      targetValue: goal.targetValue,
      dueOn: goal.dueOn ?? '',
    });
    this.goalFormOpen.set(true);
  }

  protected async saveGoal(): Promise<void> {
    const v = this.goalForm.getRawValue();
    const body = {
      title: v.title,
      description: v.description || null,
      indicatorId: v.indicatorId || null,
      targetValue: v.targetValue ?? null,
      dueOn: v.dueOn || null,
    };
    const id = this.plan().id;
    const goalId = this.editingGoalId();
    const saved = await this.goalSubmission.run(this.goalForm, () =>
      goalId ? this.api.changeGoal(id, goalId, body) : this.api.addGoal(id, body),
    );
    if (!saved) return;
    this.goalFormOpen.set(false);
    this.changed.emit(saved);
    this.announcer.say('Page:Development.GoalSaved');
  }

  protected async saveValue(goal: DevelopmentGoal): Promise<void> {
    if (!goal.indicatorId) return;
    this.valueGoalId.set(goal.id);
    const v = this.valueForm.getRawValue();
    const saved = await this.valueSubmission.run(this.valueForm, () =>
      this.api.setValue(goal.indicatorId!, this.plan().officeId, v.period, v.value),
    );
    if (!saved) return;
    this.valueForm.reset();
    await this.reload('Page:Development.ValueSaved');
  }

  protected async setStatus(goal: DevelopmentGoal, status: GoalStatus): Promise<void> {
    await this.act(() => this.api.setGoalStatus(this.plan().id, goal.id, status));
  }

  protected async agree(goal: DevelopmentGoal): Promise<void> {
    await this.act(
      () => this.api.agreeGoal(this.plan().id, goal.id),
      'Page:Development.GoalAgreed',
    );
  }

  protected async giveFeedback(): Promise<void> {
    const v = this.feedbackForm.getRawValue();
    const saved = await this.feedbackSubmission.run(this.feedbackForm, () =>
      this.api.giveFeedback(this.plan().id, v.text, v.goalId || null),
    );
    if (!saved) return;
    this.feedbackForm.reset();
    this.changed.emit(saved);
    this.announcer.say('Page:Development.FeedbackGiven');
  }

  protected async addProgressNote(): Promise<void> {
    const v = this.progressForm.getRawValue();
    const saved = await this.progressSubmission.run(this.progressForm, () =>
      this.api.addProgressNote(this.plan().id, v.text, v.goalId || null),
    );
    if (!saved) return;
    this.progressForm.reset();
    this.changed.emit(saved);
    this.announcer.say('Page:Development.NoteSaved');
  }

  protected editSession(session: CoachingSession): void {
    this.movingSessionId.set(session.id);
    const minutes = Math.round(
      (new Date(session.endsAt).getTime() - new Date(session.startsAt).getTime()) / 60000,
    );
    this.sessionForm.reset({
      startsAt: localInput(session.startsAt),
      durationMinutes: minutes,
      place: session.place ?? '',
      videoLink: session.videoLink ?? '',
    });
  }

  protected resetSession(): void {
    this.movingSessionId.set(null);
    this.sessionForm.reset();
  }

  protected async saveSession(): Promise<void> {
    const v = this.sessionForm.getRawValue();
    const body = {
      startsAt: v.startsAt ? new Date(v.startsAt).toISOString() : null,
      durationMinutes: v.durationMinutes,
      place: v.place || null,
      videoLink: v.videoLink || null,
    };
    const moving = this.movingSessionId();
    const saved = await this.sessionSubmission.run(this.sessionForm, () =>
      moving ? this.api.move(moving, body) : this.api.schedule(this.plan().id, body),
    );
    if (!saved) return;
    this.resetSession();
    await this.reload('Page:Development.SessionSaved');
  }

  protected async cancelSession(session: CoachingSession): Promise<void> {
    await this.actOnSession(() => this.api.cancel(session.id), 'Page:Development.SessionCancelled');
  }

  protected async markHeld(session: CoachingSession): Promise<void> {
    await this.actOnSession(() => this.api.markHeld(session.id), 'Page:Development.SessionHeld');
  }

  protected editNotes(session: CoachingSession): void {
    this.notesForm.reset({ text: session.notes ?? '' });
    this.notesSession.set(session);
  }

  protected async saveNotes(session: CoachingSession): Promise<void> {
    const text = this.notesForm.getRawValue().text;
    const saved = await this.notesSubmission.run(this.notesForm, () =>
      this.api.writeSessionNotes(session.id, text),
    );
    if (!saved) return;
    this.notesSession.set(null);
    await this.reload('Page:Development.NotesSaved');
  }

  private async actOnSession(call: () => Promise<unknown>, done: string): Promise<void> {
    this.actionError.set(null);
    try {
      await call();
      await this.reload(done);
    } catch (error) {
      this.actionError.set(this.errors.describe(error));
    }
  }

  private async act(call: () => Promise<DevelopmentPlan>, done?: string): Promise<void> {
    this.actionError.set(null);
    this.busy.set(true);
    try {
      this.changed.emit(await call());
      if (done) this.announcer.say(done);
    } catch (error) {
      this.actionError.set(this.errors.describe(error));
    } finally {
      this.busy.set(false);
    }
  }

  private async reload(done: string): Promise<void> {
    await this.act(() => this.api.plan(this.plan().id), done);
  }
}
