import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  resource,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { EvaluationsApi, type EvaluationTargetKind } from '../../data/evaluations-api';
import { Alert } from '../../shared/alert';
import { EnumLabelPipe } from '../../shared/enum-labels';
import { AppDatePipe } from '../../shared/date-format';

/** The kinds of target an evaluation can be opened on from this page. */
const TARGET_KINDS: readonly NonNullable<EvaluationTargetKind>[] = [
  'Cohort',
  'Gathering',
  'Module',
  'Course',
  'SupervisionGroup',
];

/** A local date and time from an `<input type="datetime-local">` as UTC ISO text. */
function toUtc(local: string): string | null {
  return local ? new Date(local).toISOString() : null;
}

/**
 * Question sets and evaluations in the manager's scope, and a form that opens a new evaluation on a
 * cohort, gathering, module, course or supervision group for a window of time.
 */
@Component({
  selector: 'app-evaluation-manage',
  imports: [
    AppDatePipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
    Alert,
    EnumLabelPipe,
  ],
  template: `
    <h1>{{ 'Page:Evaluations.Manage.Title' | translate }}</h1>
    @if (sets.isLoading() || evaluations.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="loadError()" />

    <section aria-labelledby="sets-heading">
      <h2 id="sets-heading">{{ 'Page:Evaluations.Manage.QuestionSets' | translate }}</h2>
      <p>
        <a
          mat-flat-button
          routerLink="/evaluations/question-sets/new"
          data-testid="new-question-set"
        >
          {{ 'Page:Evaluations.Manage.NewQuestionSet' | translate }}
        </a>
      </p>
      <ul class="list" data-testid="question-sets">
        @for (s of setList(); track s.id) {
          <li>
            <a [routerLink]="['/evaluations/question-sets', s.id]">{{ s.name }}</a>
            <span class="hint">
              {{ 'Page:Evaluations.Manage.Questions' | translate: { count: s.questions } }} ·
              {{ 'Page:Evaluations.Manage.Minimum' | translate: { count: s.minimumAnswers } }}
            </span>
          </li>
        }
      </ul>
    </section>

    <section aria-labelledby="evaluations-heading">
      <h2 id="evaluations-heading">{{ 'Page:Evaluations.Manage.Evaluations' | translate }}</h2>
      <ul class="list" data-testid="evaluations">
        @for (e of evaluationList(); track e.id) {
          <li>
            <span class="title">{{ e.title }}</span>
            <span class="hint">
              {{ e.targetKind | enumLabel: 'EvaluationTargetKind' | translate }} ·
              {{ e.opensAt | appDate: 'dateTime' }} – {{ e.closesAt | appDate: 'dateTime' }} ·
              {{
                'Page:Evaluations.Manage.AnsweredOf'
                  | translate: { answered: e.answered, eligible: e.eligible }
              }}
            </span>
            <a [routerLink]="['/evaluations', e.id, 'results']">
              {{ 'Page:Evaluations.Manage.Results' | translate }}
              <span class="visually-hidden">: {{ e.title }}</span>
            </a>
          </li>
        } @empty {
          <li>{{ 'Page:Evaluations.Manage.NoEvaluations' | translate }}</li>
        }
      </ul>
    </section>

    <section aria-labelledby="new-evaluation-heading">
      <h2 id="new-evaluation-heading">{{ 'Page:Evaluations.Manage.NewEvaluation' | translate }}</h2>
      <form class="form" (ngSubmit)="create()" novalidate data-testid="new-evaluation">
        <mat-form-field>
          <mat-label>{{ 'Page:Evaluations.Manage.Field.Title' | translate }}</mat-label>
          <input matInput name="title" maxlength="200" required [(ngModel)]="title" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'Page:Evaluations.Manage.Field.QuestionSet' | translate }}</mat-label>
          <mat-select
            name="questionSet"
            required
            [(ngModel)]="questionSetId"
            data-testid="field-set"
          >
            @for (s of setList(); track s.id) {
              <mat-option [value]="s.id">{{ s.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'Page:Evaluations.Manage.Field.TargetKind' | translate }}</mat-label>
          <mat-select
            name="targetKind"
            required
            [ngModel]="targetKind()"
            (ngModelChange)="chooseKind($event)"
            data-testid="field-kind"
          >
            @for (k of kinds; track k) {
              <mat-option [value]="k">{{
                k | enumLabel: 'EvaluationTargetKind' | translate
              }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'Page:Evaluations.Manage.Field.Target' | translate }}</mat-label>
          <mat-select name="target" required [(ngModel)]="targetId" data-testid="field-target">
            @for (t of targetOptions(); track t.id) {
              <mat-option [value]="t.id">
                {{ t.name }}
                @if (t.startsAt) {
                  ({{ t.startsAt | appDate }})
                }
              </mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'Page:Evaluations.Manage.Field.OpensAt' | translate }}</mat-label>
          <input matInput type="datetime-local" name="opensAt" required [(ngModel)]="opensAt" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'Page:Evaluations.Manage.Field.ClosesAt' | translate }}</mat-label>
          <input matInput type="datetime-local" name="closesAt" required [(ngModel)]="closesAt" />
        </mat-form-field>
        <app-alert [message]="error()" />
        @if (saving()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
        }
        <p role="status">{{ notice() }}</p>
        <div class="page-actions">
          <button
            mat-flat-button
            type="submit"
            [disabled]="saving()"
            data-testid="create-evaluation"
          >
            {{ 'Page:Evaluations.Manage.Create' | translate }}
          </button>
        </div>
      </form>
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 900px;
    }
    .hint {
      color: var(--ax-text-neutral-subtle);
    }
    .list {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .list li {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      align-items: baseline;
      padding: 8px 0;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
    }
    .title {
      font-weight: 600;
    }
    .form {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
      gap: 0 16px;
    }
    .form app-alert,
    .form p,
    .form .page-actions {
      grid-column: 1 / -1;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvaluationManagePage {
  private readonly api = inject(EvaluationsApi);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  protected readonly kinds = TARGET_KINDS;
  protected title = '';
  protected questionSetId: string | null = null;
  protected targetId: string | null = null;
  protected opensAt = '';
  protected closesAt = '';
  protected readonly targetKind = signal<NonNullable<EvaluationTargetKind>>('Cohort');
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal('');

  protected readonly sets = resource({
    params: () => ({ language: this.language.current() }),
    loader: () => this.api.questionSets(),
  });
  protected readonly evaluations = resource({
    params: () => ({ language: this.language.current() }),
    loader: () => this.api.evaluations(),
  });
  protected readonly targets = resource({
    params: () => ({ language: this.language.current() }),
    loader: () => this.api.targets(),
  });

  protected readonly setList = computed(() => (this.sets.hasValue() ? this.sets.value() : []));
  protected readonly evaluationList = computed(() =>
    this.evaluations.hasValue() ? this.evaluations.value() : [],
  );
  protected readonly targetOptions = computed(() =>
    (this.targets.hasValue() ? this.targets.value() : []).filter(
      (t) => t.kind === this.targetKind(),
    ),
  );
  protected readonly loadError = computed(() => {
    const error = this.sets.error() ?? this.evaluations.error() ?? this.targets.error();
    return error ? this.errors.describe(error) : null;
  });

  protected chooseKind(kind: NonNullable<EvaluationTargetKind>): void {
    this.targetKind.set(kind);
    this.targetId = null;
  }

  protected async create(): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    this.notice.set('');
    const target = this.targetOptions().find((t) => t.id === this.targetId);
    try {
      await this.api.createEvaluation({
        title: this.title.trim() || null,
        questionSetId: this.questionSetId,
        targetKind: this.targetKind(),
        targetId: this.targetId,
        cohortId: target?.cohortId ?? null,
        opensAt: toUtc(this.opensAt),
        closesAt: toUtc(this.closesAt),
      });
      this.notice.set(this.translate.instant('Page:Evaluations.Manage.Created') as string);
      this.title = '';
      this.targetId = null;
      this.evaluations.reload();
    } catch (error) {
      this.error.set(this.errors.describe(error));
    } finally {
      this.saving.set(false);
    }
  }
}
