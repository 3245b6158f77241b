import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  resource,
  signal,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import {
  EvaluationsApi,
  type EvaluationQuestionKind,
  type QuestionSet,
  type QuestionSetQuestion,
  type SaveQuestionSetInput,
} from '../../data/evaluations-api';
import { Alert } from '../../shared/alert';
import { EnumLabelPipe } from '../../shared/enum-labels';
import { FormRows, RowsEditor, RowTemplate } from '../../shared/rows-editor';

const KINDS: readonly NonNullable<EvaluationQuestionKind>[] = [
  'Likert',
  'SingleChoice',
  'FreeText',
];
const LANGUAGES = ['nb', 'nn', 'en'] as const;
type Language = (typeof LANGUAGES)[number];
const LANGUAGE_LABELS: Readonly<Record<Language, string>> = {
  nb: 'Page:Evaluations.QuestionSet.Language.nb',
  nn: 'Page:Evaluations.QuestionSet.Language.nn',
  en: 'Page:Evaluations.QuestionSet.Language.en',
};

function texts(nb = '', nn = '', en = '') {
  return new FormGroup({
    nb: new FormControl(nb, { nonNullable: true }),
    nn: new FormControl(nn, { nonNullable: true }),
    en: new FormControl(en, { nonNullable: true }),
  });
}

/** A question's row: its kind, its text in three languages, and its options one per line. */
function questionRow(q?: QuestionSetQuestion) {
  const lines = (language: Language) => (q?.options ?? []).map((o) => o[language] ?? '').join('\n');
  return new FormGroup({
    id: new FormControl<string | null>(q?.id ?? null),
    kind: new FormControl<NonNullable<EvaluationQuestionKind>>(q?.kind ?? 'Likert', {
      nonNullable: true,
    }),
    text: texts(q?.text.nb, q?.text.nn ?? '', q?.text.en ?? ''),
    options: texts(lines('nb'), lines('nn'), lines('en')),
  });
}
type QuestionRow = ReturnType<typeof questionRow>;

/**
 * The question-set builder: the set's name in three languages, the fewest answers before results
 * are shown (at least 3), and its questions (a scale of 1–5, one choice among options, or free
 * text). Options are written one per line in each language, in the same order.
 */
@Component({
  selector: 'app-question-set-editor',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    Alert,
    RowsEditor,
    RowTemplate,
    EnumLabelPipe,
  ],
  template: `
    <h1>
      {{
        (isNew() ? 'Page:Evaluations.QuestionSet.New' : 'Page:Evaluations.QuestionSet.Title')
          | translate
      }}
    </h1>
    <p>
      <a routerLink="/evaluations/manage">{{ 'Page:Evaluations.QuestionSet.Back' | translate }}</a>
    </p>
    @if (existing.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <fieldset formGroupName="name">
        <legend>{{ 'Page:Evaluations.QuestionSet.Name' | translate }}</legend>
        @for (l of languages; track l) {
          <mat-form-field>
            <mat-label>{{ languageLabels[l] | translate }}</mat-label>
            <input matInput [formControlName]="l" maxlength="200" [id]="'name-' + l" />
          </mat-form-field>
        }
      </fieldset>
      <mat-form-field>
        <mat-label>{{ 'Page:Evaluations.QuestionSet.MinimumAnswers' | translate }}</mat-label>
        <input matInput type="number" min="3" formControlName="minimumAnswers" id="minimum" />
        <mat-hint>{{ 'Page:Evaluations.QuestionSet.MinimumHint' | translate }}</mat-hint>
      </mat-form-field>

      <h2>{{ 'Page:Evaluations.QuestionSet.Questions' | translate }}</h2>
      <ol
        appRowsEditor
        #editor="rowsEditor"
        formArrayName="questions"
        [rows]="questions"
        idPrefix="question"
        rowLabel="Page:Evaluations.QuestionSet.Question"
        removeLabel="Page:Evaluations.QuestionSet.Remove"
        removedMessage="Page:Evaluations.QuestionSet.Removed"
      >
        <ng-template appRow [appRowOf]="questions" let-row let-i="index" let-label="label">
          <fieldset class="question" [formGroup]="row">
            <legend>{{ label }}</legend>
            <mat-form-field>
              <mat-label>{{ 'Page:Evaluations.QuestionSet.Kind' | translate }}</mat-label>
              <mat-select formControlName="kind" [id]="'question-' + i + '-kind'">
                @for (k of kinds; track k) {
                  <mat-option [value]="k">
                    {{ k | enumLabel: 'EvaluationQuestionKind' | translate }}
                  </mat-option>
                }
              </mat-select>
            </mat-form-field>
            <div formGroupName="text" class="languages">
              @for (l of languages; track l) {
                <mat-form-field>
                  <mat-label>
                    {{ 'Page:Evaluations.QuestionSet.Text' | translate }} ({{
                      languageLabels[l] | translate
                    }})
                  </mat-label>
                  <input
                    matInput
                    [formControlName]="l"
                    maxlength="2000"
                    [id]="'question-' + i + '-text-' + l"
                  />
                </mat-form-field>
              }
            </div>
            @if (row.controls.kind.value === 'SingleChoice') {
              <div formGroupName="options" class="languages">
                @for (l of languages; track l) {
                  <mat-form-field>
                    <mat-label>
                      {{ 'Page:Evaluations.QuestionSet.Options' | translate }} ({{
                        languageLabels[l] | translate
                      }})
                    </mat-label>
                    <textarea
                      matInput
                      rows="4"
                      [formControlName]="l"
                      [id]="'question-' + i + '-options-' + l"
                    ></textarea>
                    <mat-hint>{{
                      'Page:Evaluations.QuestionSet.OptionsHint' | translate
                    }}</mat-hint>
                  </mat-form-field>
                }
              </div>
            }
          </fieldset>
        </ng-template>
      </ol>
      <p>
        <button mat-stroked-button type="button" id="add-question" (click)="editor.add()">
          {{ 'Page:Evaluations.QuestionSet.Add' | translate }}
        </button>
      </p>
      <app-alert [message]="error()" />
      @if (saving()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
      }
      <p role="status">{{ notice() }}</p>
      <div class="page-actions">
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="save-question-set">
          {{ 'Ui:Save' | translate }}
        </button>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
      max-width: 900px;
    }
    fieldset {
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
      margin: 0 0 12px;
      padding: 8px 16px;
    }
    legend {
      font-weight: 600;
      padding: 0 4px;
    }
    .languages,
    fieldset[formGroupName='name'] {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: 0 12px;
    }
    .question {
      border: none;
      padding: 0;
    }
    mat-form-field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionSetEditorPage {
  private readonly api = inject(EvaluationsApi);
  private readonly errors = inject(ErrorMessages);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);

  /** From the route `/evaluations/question-sets/:id`; `new` for a new set. */
  readonly id = input.required<string>();

  protected readonly kinds = KINDS;
  protected readonly languages = LANGUAGES;
  protected readonly languageLabels = LANGUAGE_LABELS;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal('');
  private stamp: string | null = null;

  protected readonly form = new FormGroup({
    name: texts(),
    minimumAnswers: new FormControl<number>(5, { nonNullable: true }),
    questions: new FormArray<QuestionRow>([]),
  });
  protected readonly questions = new FormRows(this.form.controls.questions, () => questionRow());

  protected readonly isNew = () => this.id() === 'new';

  protected readonly existing = resource({
    params: () => (this.isNew() ? undefined : { id: this.id() }),
    loader: ({ params }) => this.api.questionSet(params.id),
  });

  constructor() {
    effect(() => {
      if (this.existing.hasValue()) this.fill(this.existing.value());
    });
    effect(() => {
      const error = this.existing.error();
      if (error) this.error.set(this.errors.describe(error));
    });
  }

  private fill(set: QuestionSet): void {
    this.stamp = set.concurrencyStamp;
    this.form.patchValue({
      name: { nb: set.name.nb, nn: set.name.nn ?? '', en: set.name.en ?? '' },
      minimumAnswers: set.minimumAnswers,
    });
    this.questions.reset(
      [...set.questions].sort((a, b) => a.order - b.order).map((q) => questionRow(q)),
    );
  }

  private input(): SaveQuestionSetInput {
    const value = this.form.getRawValue();
    const lines = (text: string) => text.split('\n').map((l) => l.trim());
    return {
      concurrencyStamp: this.stamp,
      name: value.name,
      minimumAnswers: value.minimumAnswers,
      questions: value.questions.map((q) => {
        const nb = lines(q.options.nb).filter((l) => l);
        const nn = lines(q.options.nn);
        const en = lines(q.options.en);
        return {
          id: q.id,
          kind: q.kind,
          text: q.text,
          options:
            q.kind === 'SingleChoice'
              ? nb.map((o, i) => ({ nb: o, nn: nn[i] || null, en: en[i] || null }))
              : [],
        };
      }),
    };
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    this.notice.set('');
    try {
      const saved = this.isNew()
        ? await this.api.createQuestionSet(this.input())
        : await this.api.updateQuestionSet(this.id(), this.input());
      this.stamp = saved.concurrencyStamp;
      this.notice.set(this.translate.instant('Page:Evaluations.QuestionSet.Saved') as string);
      if (this.isNew()) await this.router.navigate(['/evaluations/manage']);
    } catch (error) {
      this.error.set(this.errors.describe(error, this.form));
    } finally {
      this.saving.set(false);
    }
  }
}
