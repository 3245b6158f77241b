import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { EvaluationReviewApi, FreeTextAnswer } from '../../data/evaluation-review-api';
import { Alert } from '../../shared/alert';
import { Announcer } from '../../shared/announcer';
import { EnumLabelPipe } from '../../shared/enum-labels';
import { FieldError } from '../../shared/field-error';
import { FormSubmission } from '../../shared/form-submission';

/** The longest answer text, as the server keeps it. */
const TEXT_MAX = 2000;

/**
 * One evaluation's free-text answers, in order of the text: each approved as written, or redacted
 * (names taken out; the edited text replaces the answer for good). Nothing here tells who wrote it.
 */
@Component({
  selector: 'app-review-texts',
  imports: [
    EnumLabelPipe,
    FieldError,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    Alert,
  ],
  template: `
    <p>
      <a routerLink="/evaluations/review">{{ 'Page:Evaluations.Review.Back' | translate }}</a>
    </p>
    <h1>{{ review()?.title ?? ('Page:Evaluations.Review.Texts' | translate) }}</h1>
    <p>{{ 'Page:Evaluations.Review.Intro' | translate }}</p>
    @if (loaded.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="loadError()" />
    <app-alert [message]="actionError()" />
    @if (review(); as r) {
      <h2>{{ 'Page:Evaluations.Review.Texts' | translate }}</h2>
      @if (answers().length === 0) {
        <p>{{ 'Page:Evaluations.Review.TextsEmpty' | translate }}</p>
      }
      <ul class="answers" data-testid="free-texts">
        @for (a of answers(); track a.key) {
          <li class="answer" [attr.data-review]="a.review">
            <p class="question">
              <span class="label">{{ 'Page:Evaluations.Review.Question' | translate }}:</span>
              {{ a.question }}
            </p>
            <blockquote [id]="'text-' + a.key">{{ a.text }}</blockquote>
            <p class="status">
              <span class="label">{{ 'Page:Evaluations.Review.Status' | translate }}:</span>
              {{ a.review | enumLabel: 'FreeTextReview' | translate }}
            </p>
            @if (editing() === a.key) {
              <form
                [formGroup]="redactForm"
                (ngSubmit)="redact(a)"
                novalidate
                [attr.id]="'redact-' + a.key"
              >
                <mat-form-field class="text">
                  <mat-label>{{ 'Page:Evaluations.Review.EditLabel' | translate }}</mat-label>
                  <textarea
                    matInput
                    formControlName="text"
                    rows="4"
                    [attr.maxlength]="textMax"
                  ></textarea>
                  <mat-hint>{{ 'Page:Evaluations.Review.EditHint' | translate }}</mat-hint>
                  <mat-error *appFieldError="let message">{{ message }}</mat-error>
                </mat-form-field>
                <app-alert [message]="submission.error()" />
                <div class="form-actions">
                  <button mat-flat-button type="submit" [disabled]="submission.saving()">
                    {{ 'Page:Evaluations.Review.SaveRedaction' | translate }}
                  </button>
                  <button mat-stroked-button type="button" (click)="editing.set(null)">
                    {{ 'Page:Evaluations.Review.Cancel' | translate }}
                  </button>
                </div>
              </form>
            } @else {
              <div class="actions">
                @if (a.review !== 'Approved') {
                  <button
                    mat-flat-button
                    type="button"
                    [disabled]="busy()"
                    (click)="approve(a)"
                    [attr.aria-describedby]="'text-' + a.key"
                  >
                    {{ 'Page:Evaluations.Review.Approve' | translate }}
                  </button>
                }
                <button
                  mat-stroked-button
                  type="button"
                  (click)="edit(a)"
                  [attr.aria-describedby]="'text-' + a.key"
                >
                  {{ 'Page:Evaluations.Review.Edit' | translate }}
                </button>
              </div>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .answers {
      display: grid;
      gap: 16px;
      margin: 0;
      padding: 0;
      list-style: none;
      max-width: 800px;
    }
    .answer {
      padding: 16px;
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
      overflow-wrap: anywhere;
    }
    .answer[data-review='Pending'] {
      border-left: 4px solid var(--ax-border-warning);
    }
    .label {
      font-weight: 600;
    }
    .question,
    .status {
      margin: 0 0 8px;
    }
    blockquote {
      margin: 0 0 8px;
      padding: 8px 12px;
      border-left: 3px solid var(--ax-border-neutral-subtle);
      white-space: pre-wrap;
    }
    .actions,
    .form-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .text {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewTextsPage {
  /** From the route. */
  readonly id = input.required<string>();

  private readonly api = inject(EvaluationReviewApi);
  private readonly errors = inject(ErrorMessages);
  private readonly announcer = inject(Announcer);
  private readonly language = inject(LanguageService);
  protected readonly textMax = TEXT_MAX;

  protected readonly loaded = resource({
    params: () => ({ id: this.id(), language: this.language.current() }),
    loader: ({ params }) => this.api.review(params.id),
  });
  protected readonly review = computed(() => (this.loaded.hasValue() ? this.loaded.value() : null));
  /** Answers changed on this page, shown as the server returned them. */
  private readonly changed = signal<Record<string, FreeTextAnswer>>({});
  protected readonly answers = computed(() =>
    (this.review()?.answers ?? []).map((a) => this.changed()[a.key] ?? a),
  );
  protected readonly loadError = computed(() =>
    this.loaded.error() ? this.errors.describe(this.loaded.error()) : null,
  );
  protected readonly actionError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly editing = signal<string | null>(null);
  protected readonly redactForm = new FormGroup({
    text: new FormControl('', { nonNullable: true }),
  });
  protected readonly submission = new FormSubmission('form[id^="redact-"]');

  protected async approve(answer: FreeTextAnswer): Promise<void> {
    this.busy.set(true);
    this.actionError.set(null);
    try {
      this.keep(await this.api.approve(this.id(), answer.key));
      this.announcer.say('Page:Evaluations.Review.Approved');
    } catch (error) {
      this.actionError.set(this.errors.describe(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected edit(answer: FreeTextAnswer): void {
    this.submission.clear();
    this.redactForm.reset({ text: answer.text });
    this.editing.set(answer.key);
  }

  protected async redact(answer: FreeTextAnswer): Promise<void> {
    const saved = await this.submission.run(this.redactForm, () =>
      this.api.redact(this.id(), answer.key, this.redactForm.getRawValue().text),
    );
    if (saved) {
      this.keep(saved);
      this.editing.set(null);
      this.announcer.say('Page:Evaluations.Review.Redacted');
    }
  }

  private keep(answer: FreeTextAnswer): void {
    this.changed.update((all) => ({ ...all, [answer.key]: answer }));
  }
}
