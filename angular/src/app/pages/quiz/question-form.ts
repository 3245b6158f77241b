import { ChangeDetectionStrategy, Component, inject, input, OnInit, output } from '@angular/core';
import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import {
  Question,
  QUESTION_KINDS,
  QuestionKind,
  Quiz,
  QuizApi,
  QuizText,
  SaveQuestionInput,
} from '../../data/quiz-api';
import { Alert } from '../../shared/alert';
import { FieldError } from '../../shared/field-error';
import { SelectField, SelectOption, TextField } from '../../shared/form-field';
import { FormSubmission } from '../../shared/form-submission';

type TextGroup = FormGroup<{ nb: FormControl<string> }>;

function textGroup(value?: QuizText | null): TextGroup {
  return new FormGroup({ nb: new FormControl(value?.nb ?? '', { nonNullable: true }) });
}

/** Only bokmål is written here for options and pairs; translations fall back to it. */
function keep(
  text?: QuizText | null,
  nb?: string,
): { nb: string; nn?: string | null; en?: string | null } {
  return {
    nb: nb ?? '',
    nn: text && text.nb === nb ? text.nn : null,
    en: text && text.nb === nb ? text.en : null,
  };
}

/**
 * One question of the bank: its kind decides what is written — options with the correct ones
 * ticked, true or false, accepted answers (one per line), or pairs to match.
 */
@Component({
  selector: 'app-question-form',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    Alert,
    FieldError,
    TextField,
    SelectField,
  ],
  template: `
    <form
      [formGroup]="form"
      (ngSubmit)="save()"
      novalidate
      class="question-form"
      data-testid="question-form"
    >
      <h3>
        {{
          (question() ? 'Page:Quiz.Editor.EditQuestion' : 'Page:Quiz.Editor.AddQuestion')
            | translate
        }}
      </h3>
      <div class="row">
        <app-select-field
          control="kind"
          label="Page:Quiz.Editor.Kind"
          [options]="kinds"
          [translateNames]="true"
        />
        <app-text-field
          control="points"
          type="number"
          label="Page:Quiz.Editor.PointsLabel"
          [min]="0.01"
          [step]="0.5"
        />
        <app-text-field
          control="pool"
          label="Page:Quiz.Editor.Pool"
          hint="Page:Quiz.Editor.PoolHint"
          [maxLength]="64"
        />
      </div>
      <div formGroupName="text" class="row">
        <mat-form-field class="wide">
          <mat-label>{{ 'Page:Quiz.Editor.TextNb' | translate }}</mat-label>
          <textarea matInput formControlName="nb" rows="2"></textarea>
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
        <app-text-field control="nn" label="Page:Quiz.Editor.TextNn" />
        <app-text-field control="en" label="Page:Quiz.Editor.TextEn" />
      </div>

      @switch (form.controls.kind.value) {
        @case ('TrueFalse') {
          <mat-radio-group
            formControlName="trueIsCorrect"
            [attr.aria-label]="'Page:Quiz.Editor.TrueIsCorrect' | translate"
          >
            <span class="label">{{ 'Page:Quiz.Editor.TrueIsCorrect' | translate }}</span>
            <mat-radio-button [value]="true">{{ 'Page:Quiz.True' | translate }}</mat-radio-button>
            <mat-radio-button [value]="false">{{ 'Page:Quiz.False' | translate }}</mat-radio-button>
          </mat-radio-group>
          @if (serverError(form.controls.trueIsCorrect); as message) {
            <p class="error" role="alert">{{ message }}</p>
          }
        }
        @case ('ShortAnswer') {
          <mat-form-field class="wide">
            <mat-label>{{ 'Page:Quiz.Editor.AcceptedAnswers' | translate }}</mat-label>
            <textarea matInput formControlName="acceptedAnswers" rows="3"></textarea>
            <mat-hint>{{ 'Page:Quiz.Editor.AcceptedAnswersHint' | translate }}</mat-hint>
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
          </mat-form-field>
        }
        @case ('Matching') {
          <fieldset formArrayName="pairs">
            <legend>{{ 'Page:Quiz.Editor.Pairs' | translate }}</legend>
            @for (pair of pairs.controls; track $index; let i = $index) {
              <div [formGroupName]="i" class="row">
                <div formGroupName="prompt">
                  <app-text-field
                    control="nb"
                    [label]="'Page:Quiz.Editor.Prompt' | translate: { n: i + 1 }"
                  />
                </div>
                <div formGroupName="match">
                  <app-text-field
                    control="nb"
                    [label]="'Page:Quiz.Editor.Match' | translate: { n: i + 1 }"
                  />
                </div>
                <button mat-button type="button" (click)="pairs.removeAt(i)">
                  {{ 'Page:Quiz.Editor.RemoveRow' | translate: { n: i + 1 } }}
                </button>
              </div>
            }
            <button mat-stroked-button type="button" (click)="addPair()">
              {{ 'Page:Quiz.Editor.AddPair' | translate }}
            </button>
          </fieldset>
          @if (serverError(pairs); as message) {
            <p class="error" role="alert">{{ message }}</p>
          }
        }
        @default {
          <fieldset formArrayName="options">
            <legend>{{ 'Page:Quiz.Editor.Options' | translate }}</legend>
            @for (option of options.controls; track $index; let i = $index) {
              <div [formGroupName]="i" class="row option">
                <div formGroupName="text">
                  <app-text-field
                    control="nb"
                    [label]="'Page:Quiz.Editor.Option' | translate: { n: i + 1 }"
                  />
                </div>
                <mat-checkbox formControlName="isCorrect">{{
                  'Page:Quiz.Editor.Correct' | translate
                }}</mat-checkbox>
                <div formGroupName="feedback">
                  <app-text-field
                    control="nb"
                    [label]="'Page:Quiz.Editor.OptionFeedback' | translate: { n: i + 1 }"
                  />
                </div>
                <button mat-button type="button" (click)="options.removeAt(i)">
                  {{ 'Page:Quiz.Editor.RemoveRow' | translate: { n: i + 1 } }}
                </button>
              </div>
            }
            <button mat-stroked-button type="button" (click)="addOption()">
              {{ 'Page:Quiz.Editor.AddOption' | translate }}
            </button>
          </fieldset>
          @if (serverError(options); as message) {
            <p class="error" role="alert">{{ message }}</p>
          }
        }
      }

      <div formGroupName="feedback">
        <mat-form-field class="wide">
          <mat-label>{{ 'Page:Quiz.Editor.Feedback' | translate }}</mat-label>
          <textarea matInput formControlName="nb" rows="2"></textarea>
          <mat-hint>{{ 'Page:Quiz.Editor.FeedbackHint' | translate }}</mat-hint>
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
      </div>
      <app-alert [message]="submission.error()" />
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="submission.saving()">
          {{ 'Page:Quiz.Editor.SaveQuestion' | translate }}
        </button>
        <button mat-button type="button" (click)="cancelled.emit()">
          {{ 'Ui:Cancel' | translate }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .question-form {
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
      padding: 12px 16px;
      margin: 8px 0 16px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 16px;
    }
    .wide {
      width: 100%;
      max-width: 800px;
    }
    fieldset {
      border: none;
      padding: 0;
      margin: 0 0 12px;
    }
    legend,
    .label {
      font-weight: 600;
      margin-inline-end: 12px;
    }
    .error {
      color: var(--ax-text-danger, #c30000);
    }
    .actions {
      display: flex;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionForm implements OnInit {
  private readonly api = inject(QuizApi);

  readonly quizId = input.required<string>();
  /** The question to change; none for a new one. */
  readonly question = input<Question>();
  readonly saved = output<Quiz>();
  readonly cancelled = output<void>();

  protected readonly kinds: SelectOption[] = QUESTION_KINDS.map((k) => ({
    id: k,
    name: `Enum:QuestionKind.${k}`,
  }));
  protected readonly submission = new FormSubmission('[data-testid="question-form"]');

  protected readonly form = new FormGroup({
    kind: new FormControl<QuestionKind>('SingleChoice', { nonNullable: true }),
    points: new FormControl<number | null>(1),
    pool: new FormControl('', { nonNullable: true }),
    text: new FormGroup({
      nb: new FormControl('', { nonNullable: true }),
      nn: new FormControl('', { nonNullable: true }),
      en: new FormControl('', { nonNullable: true }),
    }),
    feedback: textGroup(),
    trueIsCorrect: new FormControl<boolean | null>(null),
    acceptedAnswers: new FormControl('', { nonNullable: true }),
    options: new FormArray<
      FormGroup<{
        id: FormControl<string | null>;
        text: TextGroup;
        isCorrect: FormControl<boolean>;
        feedback: TextGroup;
      }>
    >([]),
    pairs: new FormArray<
      FormGroup<{ id: FormControl<string | null>; prompt: TextGroup; match: TextGroup }>
    >([]),
  });
  protected readonly options = this.form.controls.options;
  protected readonly pairs = this.form.controls.pairs;

  ngOnInit(): void {
    const q = this.question();
    if (!q) {
      this.addOption();
      this.addOption();
      this.addPair();
      this.addPair();
      return;
    }
    this.form.patchValue({
      kind: q.kind,
      points: q.points,
      pool: q.pool,
      text: { nb: q.text.nb, nn: q.text.nn ?? '', en: q.text.en ?? '' },
      feedback: { nb: q.feedback?.nb ?? '' },
      trueIsCorrect: q.trueIsCorrect ?? null,
      acceptedAnswers: q.acceptedAnswers.join('\n'),
    });
    for (const o of q.options) this.addOption(o.id, o.text, o.isCorrect, o.feedback);
    for (const p of q.pairs) this.addPair(p.id, p.prompt, p.match);
  }

  /** The server's message for a group of rows, which has no form field of its own to show it in. */
  protected serverError(control: AbstractControl): string | null {
    const error: unknown = control.getError('server');
    return typeof error === 'string' && error ? error : null;
  }

  protected addOption(
    id: string | null = null,
    text?: QuizText,
    isCorrect = false,
    feedback?: QuizText | null,
  ): void {
    this.options.push(
      new FormGroup({
        id: new FormControl<string | null>(id),
        text: textGroup(text),
        isCorrect: new FormControl(isCorrect, { nonNullable: true }),
        feedback: textGroup(feedback),
      }),
    );
  }

  protected addPair(id: string | null = null, prompt?: QuizText, match?: QuizText): void {
    this.pairs.push(
      new FormGroup({
        id: new FormControl<string | null>(id),
        prompt: textGroup(prompt),
        match: textGroup(match),
      }),
    );
  }

  protected async save(): Promise<void> {
    const v = this.form.getRawValue();
    const old = this.question();
    const body: SaveQuestionInput = {
      kind: v.kind,
      points: v.points === null || (v.points as unknown) === '' ? null : Number(v.points),
      pool: v.pool,
      text: v.text,
      feedback: v.feedback.nb.trim() ? keep(old?.feedback, v.feedback.nb) : null,
      trueIsCorrect: v.kind === 'TrueFalse' ? v.trueIsCorrect : null,
      acceptedAnswers:
        v.kind !== 'ShortAnswer'
          ? []
          : v.acceptedAnswers
              .split('\n')
              .map((a) => a.trim())
              .filter((a) => a),
      options: (v.kind === 'SingleChoice' || v.kind === 'MultipleChoice' ? v.options : []).map(
        (o) => {
          const before = old?.options.find((x) => x.id === o.id);
          return {
            id: o.id,
            text: keep(before?.text, o.text.nb),
            isCorrect: o.isCorrect,
            feedback: o.feedback.nb.trim() ? keep(before?.feedback, o.feedback.nb) : null,
          };
        },
      ),
      pairs: (v.kind === 'Matching' ? v.pairs : []).map((p) => {
        const before = old?.pairs.find((x) => x.id === p.id);
        return {
          id: p.id,
          prompt: keep(before?.prompt, p.prompt.nb),
          match: keep(before?.match, p.match.nb),
        };
      }),
    };
    const quiz = await this.submission.run(this.form, () =>
      old
        ? this.api.updateQuestion(this.quizId(), old.id, body)
        : this.api.addQuestion(this.quizId(), body),
    );
    if (quiz) this.saved.emit(quiz);
  }
}
