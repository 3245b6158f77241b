import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { EvaluationsApi, type EvaluationFormQuestion } from '../../data/evaluations-api';
import { Alert } from '../../shared/alert';
import { AppDatePipe } from '../../shared/date-format';

const RATINGS = [1, 2, 3, 4, 5] as const;
/** The label of each point of the scale, by value. */
const RATING_LABELS: Readonly<Record<number, string>> = {
  1: 'Page:Evaluations.Answer.Rating.1',
  2: 'Page:Evaluations.Answer.Rating.2',
  3: 'Page:Evaluations.Answer.Rating.3',
  4: 'Page:Evaluations.Answer.Rating.4',
  5: 'Page:Evaluations.Answer.Rating.5',
};

/**
 * The anonymous answer to one evaluation: a scale of 1–5, one choice or free text per question.
 * A question left unanswered is sent as no answer; the API says what it needs.
 */
@Component({
  selector: 'app-evaluation-answer',
  imports: [
    AppDatePipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    Alert,
  ],
  template: `
    <h1>{{ 'Page:Evaluations.Answer.Title' | translate }}</h1>
    @if (form.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="loadError()" />
    @if (sent()) {
      <p role="status" data-testid="evaluation-thanks">
        {{ 'Page:Evaluations.Answer.Thanks' | translate }}
      </p>
      <p>
        <a routerLink="/evaluations">{{ 'Page:Evaluations.Answer.Back' | translate }}</a>
      </p>
    } @else if (found(); as f) {
      <h2>{{ f.title }}</h2>
      <p class="hint">{{ 'Page:Evaluations.Answer.Anonymous' | translate }}</p>
      @if (f.answered) {
        <p data-testid="evaluation-answered">
          {{ 'Page:Evaluations.Answer.Already' | translate }}
        </p>
      } @else {
        <p>
          {{ 'Page:Evaluations.Mine.ClosesAt' | translate }}
          {{ f.closesAt | appDate: 'dateTime' }}
        </p>
        <form (ngSubmit)="send()" novalidate>
          @for (q of questions(); track q.id; let i = $index) {
            @if (q.kind === 'FreeText') {
              <mat-form-field class="text" [attr.data-testid]="'question-' + i">
                <mat-label>{{ q.text }}</mat-label>
                <textarea
                  matInput
                  [name]="'question-' + i"
                  rows="4"
                  maxlength="2000"
                  [(ngModel)]="texts[q.id]"
                ></textarea>
                <mat-hint>{{ 'Page:Evaluations.Answer.TextHint' | translate }}</mat-hint>
              </mat-form-field>
            } @else {
              <fieldset class="question" [attr.data-testid]="'question-' + i">
                <legend>{{ q.text }}</legend>
                <div class="scale">
                  @if (q.kind === 'Likert') {
                    @for (r of ratings; track r) {
                      <label>
                        <input
                          type="radio"
                          [name]="'question-' + i"
                          [value]="r"
                          [(ngModel)]="values[q.id]"
                        />
                        {{ ratingLabels[r] | translate }}
                      </label>
                    }
                  } @else {
                    @for (option of q.options; track $index; let o = $index) {
                      <label>
                        <input
                          type="radio"
                          [name]="'question-' + i"
                          [value]="o"
                          [(ngModel)]="values[q.id]"
                        />
                        {{ option }}
                      </label>
                    }
                  }
                </div>
              </fieldset>
            }
          }
          <app-alert [message]="error()" />
          @if (saving()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
          }
          <div class="page-actions">
            <button
              mat-flat-button
              type="submit"
              [disabled]="saving()"
              data-testid="evaluation-send"
            >
              {{ 'Page:Evaluations.Answer.Send' | translate }}
            </button>
          </div>
        </form>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 760px;
    }
    .hint {
      color: var(--ax-text-neutral-subtle);
    }
    .question {
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
      margin: 0 0 12px;
      padding: 8px 16px 12px;
    }
    legend {
      font-weight: 600;
      padding: 0 4px;
    }
    .scale {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 20px;
    }
    .scale label {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      min-height: 44px;
    }
    .text {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvaluationAnswerPage {
  private readonly api = inject(EvaluationsApi);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);

  /** From the route `/evaluations/answer/:id`. */
  readonly id = input.required<string>();

  protected readonly ratings = RATINGS;
  protected readonly ratingLabels = RATING_LABELS;
  protected values: Record<string, number | undefined> = {};
  protected texts: Record<string, string | undefined> = {};
  protected readonly saving = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = resource({
    params: () => ({ id: this.id(), language: this.language.current() }),
    loader: ({ params }) => this.api.form(params.id),
  });

  protected readonly found = computed(() => (this.form.hasValue() ? this.form.value() : null));
  protected readonly questions = computed<EvaluationFormQuestion[]>(() =>
    [...(this.found()?.questions ?? [])].sort((a, b) => a.order - b.order),
  );
  protected readonly loadError = computed(() => {
    const error = this.form.error();
    return error ? this.errors.describe(error) : null;
  });

  protected async send(): Promise<void> {
    if (!this.found() || this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    try {
      await this.api.answer(this.id(), {
        answers: this.questions().map((q) => ({
          questionId: q.id,
          value: q.kind === 'FreeText' ? null : (this.values[q.id] ?? null),
          text: q.kind === 'FreeText' ? this.texts[q.id]?.trim() || null : null,
        })),
      });
      this.sent.set(true);
    } catch (error) {
      // A 409 (already answered, or the window has closed) says so in its own words.
      this.error.set(this.errors.describe(error));
    } finally {
      this.saving.set(false);
    }
  }
}
