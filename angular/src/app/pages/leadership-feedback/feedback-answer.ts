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
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { toProblemDetails } from '../../core/problem-details';
import { LeadershipFeedbackApi } from '../../data/leadership-feedback-api';
import { Alert } from '../../shared/alert';
import { AppDatePipe } from '../../shared/date-format';

const RATINGS = [1, 2, 3, 4, 5] as const;
/** The label of each rating, by rating. */
const RATING_LABELS: Readonly<Record<number, string>> = {
  1: 'Page:LeadershipFeedback.Rating.1',
  2: 'Page:LeadershipFeedback.Rating.2',
  3: 'Page:LeadershipFeedback.Rating.3',
  4: 'Page:LeadershipFeedback.Rating.4',
  5: 'Page:LeadershipFeedback.Rating.5',
};
/** The radio value of "cannot judge": sent as no rating. */
const CANNOT_JUDGE = 'none';

/**
 * A colleague's answer to a 360° round, reached from the e-mailed link without signing in: each
 * area 1–5 or "cannot judge", and a comment. Nothing on the page or in the answer names them.
 */
@Component({
  selector: 'app-feedback-answer',
  imports: [
    AppDatePipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    Alert,
  ],
  template: `
    <h1>{{ 'Page:LeadershipFeedback.Answer.Title' | translate }}</h1>
    @if (questionnaire.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    @if (notFound()) {
      <p data-testid="feedback-not-found">
        {{ 'Page:LeadershipFeedback.Answer.NotFound' | translate }}
      </p>
    }
    @if (sent()) {
      <p role="status" data-testid="feedback-thanks">
        {{ 'Page:LeadershipFeedback.Answer.Thanks' | translate }}
      </p>
    } @else if (found(); as q) {
      <p>
        {{
          'Page:LeadershipFeedback.Answer.Intro'
            | translate: { leader: q.leaderName, title: q.title }
        }}
      </p>
      <p class="hint">{{ 'Page:LeadershipFeedback.Answer.Anonymous' | translate }}</p>
      @if (q.answered) {
        <p data-testid="feedback-answered">
          {{ 'Page:LeadershipFeedback.Answer.Already' | translate }}
        </p>
      } @else if (!q.isOpen) {
        <p data-testid="feedback-closed">
          {{ 'Page:LeadershipFeedback.Answer.Closed' | translate }}
        </p>
      } @else {
        <p>
          {{ 'Page:LeadershipFeedback.Answer.ClosesAt' | translate }}
          {{ q.closesAt | appDate: 'dateTime' }}
        </p>
        <form (ngSubmit)="send()" novalidate>
          @for (area of q.areas; track area.areaId; let i = $index) {
            <fieldset class="area" [attr.data-testid]="'area-' + i">
              <legend>{{ area.name }}</legend>
              <div class="scale">
                @for (r of ratings; track r) {
                  <label>
                    <input
                      type="radio"
                      [name]="'area-' + i"
                      [value]="'' + r"
                      [(ngModel)]="choices[area.areaId]"
                    />
                    {{ ratingLabels[r] | translate }}
                  </label>
                }
                <label>
                  <input
                    type="radio"
                    [name]="'area-' + i"
                    [value]="cannotJudge"
                    [(ngModel)]="choices[area.areaId]"
                  />
                  {{ 'Page:LeadershipFeedback.CannotJudge' | translate }}
                </label>
              </div>
            </fieldset>
          }
          <mat-form-field class="comment">
            <mat-label>{{ 'Page:LeadershipFeedback.Answer.Comment' | translate }}</mat-label>
            <textarea
              matInput
              name="comment"
              rows="4"
              maxlength="2000"
              [(ngModel)]="comment"
            ></textarea>
            <mat-hint>{{ 'Page:LeadershipFeedback.Answer.CommentHint' | translate }}</mat-hint>
          </mat-form-field>
          <app-alert [message]="error()" />
          <div class="page-actions">
            <button mat-flat-button type="submit" [disabled]="saving()" data-testid="feedback-send">
              {{ 'Page:LeadershipFeedback.Answer.Send' | translate }}
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
    .area {
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
    .comment {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeedbackAnswerPage {
  private readonly api = inject(LeadershipFeedbackApi);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  /** From the route `/feedback/answer/:token`. */
  readonly token = input.required<string>();

  protected readonly ratings = RATINGS;
  protected readonly ratingLabels = RATING_LABELS;
  protected readonly cannotJudge = CANNOT_JUDGE;
  protected choices: Record<string, string> = {};
  protected comment = '';
  protected readonly saving = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly questionnaire = resource({
    params: () => ({ token: this.token(), language: this.language.current() }),
    loader: ({ params }) => this.api.questionnaire(params.token),
  });

  protected readonly found = computed(() =>
    this.questionnaire.hasValue() ? this.questionnaire.value() : null,
  );

  protected readonly notFound = computed(
    () => toProblemDetails(this.questionnaire.error()).status === 404,
  );

  protected async send(): Promise<void> {
    const q = this.found();
    if (!q || this.saving()) return;
    if (q.areas.some((a) => !this.choices[a.areaId])) {
      this.error.set(this.translate.instant('Page:LeadershipFeedback.Answer.RateEvery') as string);
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      await this.api.answer(this.token(), {
        ratings: q.areas.map((a) => ({
          areaId: a.areaId,
          rating: this.choices[a.areaId] === CANNOT_JUDGE ? null : Number(this.choices[a.areaId]),
        })),
        comment: this.comment.trim() || null,
      });
      this.sent.set(true);
    } catch (error) {
      this.error.set(this.errors.describe(error));
    } finally {
      this.saving.set(false);
    }
  }
}
