import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { Question, Quiz, QuizApi, QuizTextInput, SaveQuizInput } from '../../data/quiz-api';
import { Alert } from '../../shared/alert';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/confirm-dialog';
import { TextField } from '../../shared/form-field';
import { FormSubmission } from '../../shared/form-submission';
import { enumKey } from '../../shared/enum-labels';
import { QuestionForm } from './question-form';

/** Optional whole number from a number field: empty means "none". */
function optionalNumber(value: number | string | null): number | null {
  return value === null || value === '' ? null : Number(value);
}

function text(group: FormGroup): QuizTextInput {
  return group.getRawValue() as QuizTextInput;
}

/**
 * The quiz editor: settings (pass mark, attempts, time limit, shuffling, how many questions to draw
 * from each pool) and the question bank. A new quiz is created on its first save.
 */
@Component({
  selector: 'app-quiz-editor',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatProgressBarModule,
    Alert,
    TextField,
    QuestionForm,
  ],
  template: `
    <p>
      <a [routerLink]="['/course-editor', courseId]">{{ 'Page:Quiz.Editor.Back' | translate }}</a>
    </p>
    <h1>{{ (quiz() ? 'Page:Quiz.Editor.Title' : 'Page:Quiz.Editor.New') | translate }}</h1>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="loadError()" />

    <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="quiz-settings">
      <h2>{{ 'Page:Quiz.Editor.Settings' | translate }}</h2>
      <div formGroupName="title" class="row">
        <app-text-field control="nb" label="Page:Quiz.Editor.TitleNb" [maxLength]="200" />
        <app-text-field control="nn" label="Page:Quiz.Editor.TitleNn" [maxLength]="200" />
        <app-text-field control="en" label="Page:Quiz.Editor.TitleEn" [maxLength]="200" />
      </div>
      <div class="row">
        <app-text-field
          control="passMarkPercent"
          type="number"
          label="Page:Quiz.Editor.PassMark"
          [min]="0"
          [max]="100"
        />
        <app-text-field
          control="attemptLimit"
          type="number"
          label="Page:Quiz.Editor.AttemptLimit"
          hint="Page:Quiz.Editor.AttemptLimitHint"
          [min]="1"
        />
        <app-text-field
          control="timeLimitMinutes"
          type="number"
          label="Page:Quiz.Editor.TimeLimit"
          hint="Page:Quiz.Editor.TimeLimitHint"
          [min]="1"
        />
      </div>
      <p>
        <mat-checkbox formControlName="shuffleQuestions">{{
          'Page:Quiz.Editor.ShuffleQuestions' | translate
        }}</mat-checkbox>
        <mat-checkbox formControlName="shuffleOptions">{{
          'Page:Quiz.Editor.ShuffleOptions' | translate
        }}</mat-checkbox>
      </p>
      @if (quiz()?.pools?.length) {
        <fieldset formArrayName="draws" class="draws">
          <legend>{{ 'Page:Quiz.Editor.Draws' | translate }}</legend>
          <p class="muted">{{ 'Page:Quiz.Editor.DrawsHint' | translate }}</p>
          @for (draw of draws.controls; track $index) {
            <div [formGroupName]="$index" class="row">
              <app-text-field
                control="count"
                type="number"
                [label]="draw.controls.pool.value || 'Page:Quiz.Editor.NoPool'"
                [hint]="
                  'Page:Quiz.Editor.PoolSize'
                    | translate: { count: poolSize(draw.controls.pool.value) }
                "
                [min]="1"
              />
            </div>
          }
        </fieldset>
      }
      <app-alert [message]="submission.error()" />
      <button mat-flat-button type="submit" [disabled]="submission.saving()">
        {{ 'Page:Quiz.Editor.Save' | translate }}
      </button>
      @if (saved()) {
        <span role="status" class="saved">{{ 'Page:Quiz.Editor.Saved' | translate }}</span>
      }
    </form>

    @if (quiz(); as quiz) {
      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">
          {{ 'Page:Quiz.Editor.Questions' | translate: { count: quiz.questions.length } }}
        </h2>
        <p class="muted">
          {{ 'Page:Quiz.Editor.PerAttempt' | translate: { count: quiz.questionsPerAttempt } }}
        </p>
        <ol class="questions">
          @for (question of quiz.questions; track question.id) {
            <li>
              @if (editing() === question.id) {
                <app-question-form
                  [quizId]="quiz.id"
                  [question]="question"
                  (saved)="questionSaved($event)"
                  (cancelled)="editing.set(null)"
                />
              } @else {
                <div class="question">
                  <span class="kind">{{ kindKey(question) | translate }}</span>
                  <span class="text">{{ question.text.nb }}</span>
                  <span class="muted">{{
                    'Page:Quiz.Editor.Points' | translate: { points: question.points }
                  }}</span>
                  @if (question.pool) {
                    <span class="muted">{{ question.pool }}</span>
                  }
                  <button mat-button type="button" (click)="editing.set(question.id)">
                    {{ 'Page:Quiz.Editor.EditQuestion' | translate }}
                    <span class="visually-hidden">{{ question.text.nb }}</span>
                  </button>
                  <button mat-button type="button" (click)="removeQuestion(question)">
                    {{ 'Page:Quiz.Editor.RemoveQuestion' | translate }}
                    <span class="visually-hidden">{{ question.text.nb }}</span>
                  </button>
                </div>
              }
            </li>
          }
        </ol>
        @if (editing() === 'new') {
          <app-question-form
            [quizId]="quiz.id"
            (saved)="questionSaved($event)"
            (cancelled)="editing.set(null)"
          />
        } @else {
          <button mat-stroked-button type="button" (click)="editing.set('new')">
            {{ 'Page:Quiz.Editor.AddQuestion' | translate }}
          </button>
        }
        <app-alert [message]="questionError()" />
        <p>
          <a [routerLink]="['/courses', courseId, 'quiz', quiz.id]">{{
            'Page:Quiz.Editor.Preview' | translate
          }}</a>
        </p>
      </section>
    }
  `,
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
    }
    .questions li {
      margin-bottom: 8px;
    }
    .question {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
    }
    .kind {
      font-weight: 600;
    }
    .muted {
      color: var(--ax-text-neutral-subtle);
    }
    .draws {
      border: none;
      padding: 0;
    }
    .saved {
      margin-inline-start: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuizEditorPage {
  private readonly api = inject(QuizApi);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly route = inject(ActivatedRoute);

  protected readonly courseId = this.route.snapshot.paramMap.get('courseId') ?? '';
  protected readonly quiz = signal<Quiz | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly questionError = signal<string | null>(null);
  protected readonly saved = signal(false);
  /** The question being written: its id, 'new', or none. */
  protected readonly editing = signal<string | null>(null);
  protected readonly submission = new FormSubmission('[data-testid="quiz-settings"]');

  protected readonly form = new FormGroup({
    title: new FormGroup({
      nb: new FormControl('', { nonNullable: true }),
      nn: new FormControl('', { nonNullable: true }),
      en: new FormControl('', { nonNullable: true }),
    }),
    passMarkPercent: new FormControl<number | null>(80),
    attemptLimit: new FormControl<number | null>(null),
    timeLimitMinutes: new FormControl<number | null>(null),
    shuffleQuestions: new FormControl(false, { nonNullable: true }),
    shuffleOptions: new FormControl(true, { nonNullable: true }),
    draws: new FormArray<
      FormGroup<{ pool: FormControl<string>; count: FormControl<number | null> }>
    >([]),
  });
  protected readonly draws = this.form.controls.draws;

  constructor() {
    const id = this.route.snapshot.paramMap.get('quizId');
    if (id && id !== 'new') void this.load(id);
  }

  protected kindKey(question: Question): string {
    return enumKey('QuestionKind', question.kind);
  }

  protected poolSize(pool: string): number {
    return this.quiz()?.pools.find((p) => p.pool === pool)?.questionCount ?? 0;
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    try {
      this.show(await this.api.get(id));
    } catch (error) {
      this.submission.fail(error);
      this.loadError.set(this.submission.error());
      this.submission.clear();
    } finally {
      this.loading.set(false);
    }
  }

  private show(quiz: Quiz): void {
    this.quiz.set(quiz);
    this.form.patchValue({
      title: { nb: quiz.title.nb, nn: quiz.title.nn ?? '', en: quiz.title.en ?? '' },
      passMarkPercent: quiz.passMarkPercent,
      attemptLimit: quiz.attemptLimit ?? null,
      timeLimitMinutes: quiz.timeLimitMinutes ?? null,
      shuffleQuestions: quiz.shuffleQuestions,
      shuffleOptions: quiz.shuffleOptions,
    });
    this.draws.clear();
    for (const pool of quiz.pools) {
      const count = quiz.draws.find((d) => d.pool === pool.pool)?.count ?? null;
      this.draws.push(
        new FormGroup({
          pool: new FormControl(pool.pool, { nonNullable: true }),
          count: new FormControl<number | null>(count),
        }),
      );
    }
  }

  protected async save(): Promise<void> {
    this.saved.set(false);
    const value = this.form.getRawValue();
    const current = this.quiz();
    const body: SaveQuizInput = {
      courseId: this.courseId,
      title: text(this.form.controls.title),
      passMarkPercent: optionalNumber(value.passMarkPercent),
      attemptLimit: optionalNumber(value.attemptLimit),
      timeLimitMinutes: optionalNumber(value.timeLimitMinutes),
      shuffleQuestions: value.shuffleQuestions,
      shuffleOptions: value.shuffleOptions,
      draws: value.draws
        .filter((d) => optionalNumber(d.count) !== null)
        .map((d) => ({ pool: d.pool, count: optionalNumber(d.count) })),
      concurrencyStamp: current?.concurrencyStamp ?? null,
    };
    const quiz = await this.submission.run(this.form, () =>
      current ? this.api.update(current.id, body) : this.api.create(body),
    );
    if (!quiz) return;
    this.show(quiz);
    this.saved.set(true);
    if (!current) {
      await this.router.navigate(['/course-editor', this.courseId, 'quiz', quiz.id], {
        replaceUrl: true,
      });
    }
  }

  protected questionSaved(quiz: Quiz): void {
    this.show(quiz);
    this.editing.set(null);
  }

  protected async removeQuestion(question: Question): Promise<void> {
    const quiz = this.quiz();
    if (!quiz) return;
    const data: ConfirmDialogData = {
      title: this.translate.instant('Page:Quiz.Editor.RemoveQuestionTitle'),
      message: question.text.nb,
      confirm: this.translate.instant('Page:Quiz.Editor.RemoveQuestion'),
    };
    const ok = await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed());
    if (!ok) return;
    try {
      this.questionError.set(null);
      this.show(await this.api.removeQuestion(quiz.id, question.id));
    } catch (error) {
      this.submission.fail(error);
      this.questionError.set(this.submission.error());
      this.submission.clear();
    }
  }
}
