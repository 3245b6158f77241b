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
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { Assessment, Cohort, ParticipationApi } from '../../data/participation-api';
import { Alert } from '../../shared/alert';
import { StatusChip } from '../../shared/status-chip';
import { valueOf } from '../../shared/resource-value';
import { Announcer } from '../../shared/announcer';
import { assignmentChip, formatDateTime } from './programme-format';
import { ContentText } from '../../shared/content-text';
import { FieldError } from '../../shared/field-error';

type ReviewForm = FormGroup<{ feedback: FormControl<string> }>;

/** A submission waiting for assessment, with the form the facilitator answers it with. */
interface ReviewItem {
  key: string;
  assessment: Assessment;
  form: ReviewForm;
}

export function assessmentKey(a: Assessment): string {
  return `${a.enrolmentId}-${a.assignmentId}`;
}

/**
 * Submitted assignments of the cohort, those waiting first. The facilitator approves or returns
 * each with feedback (returning needs it). Reflections are private and never shown here.
 */
@Component({
  selector: 'app-assessment-tab',
  imports: [
    FieldError,
    ContentText,
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    Alert,
    StatusChip,
  ],
  template: `
    <h2>{{ 'Page:Facilitation.Assessment.Heading' | translate }}</h2>
    <p class="private" data-testid="reflections-private">
      {{ 'Page:Facilitation.Assessment.ReflectionsPrivate' | translate }}
    </p>
    @if (list.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />

    @if (items(); as all) {
      <h3>
        {{ 'Page:Facilitation.Assessment.Waiting' | translate: { count: waiting().length } }}
      </h3>
      @if (waiting().length === 0) {
        <p data-testid="none-waiting">
          {{ 'Page:Facilitation.Assessment.NoneWaiting' | translate }}
        </p>
      }
      @for (item of waiting(); track item.key) {
        <article
          class="submission"
          [attr.aria-labelledby]="'assessment-' + item.key"
          data-testid="submission"
        >
          <h4 [id]="'assessment-' + item.key">
            {{ item.assessment.assignmentTitle.text }} – {{ item.assessment.personName }}
          </h4>
          <dl class="facts">
            <div>
              <dt>{{ 'Page:Facilitation.Field.Participant' | translate }}</dt>
              <dd>{{ item.assessment.personName }}</dd>
            </div>
            <div>
              <dt>{{ 'Page:Facilitation.Field.Module' | translate }}</dt>
              <dd><app-content-text [text]="item.assessment.moduleTitle" /></dd>
            </div>
            <div>
              <dt>{{ 'Page:Facilitation.Field.SubmittedAt' | translate }}</dt>
              <dd>{{ when(item.assessment.submittedAt) }}</dd>
            </div>
          </dl>
          <details>
            <summary>{{ 'Page:Facilitation.Assessment.ShowAnswer' | translate }}</summary>
            <p class="answer">{{ item.assessment.answer }}</p>
          </details>
          <form [formGroup]="item.form" (ngSubmit)="review(item, true)" novalidate>
            <mat-form-field class="feedback">
              <mat-label>{{ 'Page:Facilitation.Assessment.Feedback' | translate }}</mat-label>
              <textarea
                matInput
                formControlName="feedback"
                rows="4"
                [attr.aria-describedby]="'assessment-' + item.key"
              ></textarea>
              <mat-hint>{{ 'Page:Facilitation.Assessment.FeedbackHint' | translate }}</mat-hint>
              <mat-error *appFieldError="let message" data-testid="feedback-error">{{
                message
              }}</mat-error>
            </mat-form-field>
            <div class="actions">
              <button mat-flat-button type="submit" [disabled]="busy()">
                <mat-icon svgIcon="checkmark" />{{
                  'Page:Facilitation.Assessment.Approve' | translate
                }}
              </button>
              <button
                mat-stroked-button
                type="button"
                [disabled]="busy()"
                (click)="review(item, false)"
              >
                {{ 'Page:Facilitation.Assessment.Return' | translate }}
              </button>
            </div>
          </form>
          @if (itemError()[item.key]; as message) {
            <app-alert [message]="message" />
          }
        </article>
      }

      @if (reviewed().length) {
        <h3>{{ 'Page:Facilitation.Assessment.Reviewed' | translate }}</h3>
        <ul class="reviewed" data-testid="reviewed">
          @for (item of reviewed(); track item.key) {
            <li>
              <strong><app-content-text [text]="item.assessment.assignmentTitle" /></strong> –
              {{ item.assessment.personName }} (<app-content-text
                [text]="item.assessment.moduleTitle"
              />)
              <app-status-chip [chip]="chip(item.assessment)" />
              @if (item.assessment.feedback; as feedback) {
                <div class="muted">{{ feedback }}</div>
              }
            </li>
          }
        </ul>
      }
      @if (all.length === 0) {
        <p>{{ 'Page:Facilitation.Assessment.Empty' | translate }}</p>
      }
    }
  `,
  styles: `
    .private {
      display: inline-block;
      padding: 4px 10px;
      border: 1px solid var(--ax-border-info);
      border-radius: 6px;
      background: var(--ax-bg-info-soft);
    }
    .submission {
      max-width: 900px;
      padding: 12px 16px;
      margin-bottom: 16px;
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
    }
    h4 {
      margin: 0 0 8px;
      font-size: 1.0625rem;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 32px;
      margin: 0 0 8px;
    }
    dt {
      color: var(--ax-text-neutral-subtle);
      font-size: 0.875rem;
    }
    dd {
      margin: 0;
    }
    summary {
      cursor: pointer;
      color: var(--ax-text-accent);
      font-weight: 600;
      margin-bottom: 8px;
    }
    .answer {
      white-space: pre-wrap;
    }
    .feedback {
      width: 100%;
      margin-top: 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .reviewed li {
      margin: 8px 0;
    }
    .muted {
      color: var(--ax-text-neutral-subtle);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssessmentTab {
  private readonly api = inject(ParticipationApi);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);
  private readonly announcer = inject(Announcer);

  readonly cohort = input.required<Cohort>();

  protected readonly list = resource({
    params: () => ({ id: this.cohort().id, language: this.language.current() }),
    loader: ({ params }) => this.api.assessments(params.id),
  });
  protected readonly items = computed<ReviewItem[] | undefined>(() =>
    valueOf(this.list)?.map((assessment) => ({
      key: assessmentKey(assessment),
      assessment,
      form: new FormGroup({ feedback: new FormControl('', { nonNullable: true }) }),
    })),
  );
  protected readonly waiting = computed(() =>
    (this.items() ?? []).filter((i) => i.assessment.status === 'Submitted'),
  );
  protected readonly reviewed = computed(() =>
    (this.items() ?? []).filter((i) => i.assessment.status !== 'Submitted'),
  );
  protected readonly busy = signal(false);
  protected readonly itemError = signal<Record<string, string>>({});
  protected readonly error = computed(() => {
    const error = this.list.error();
    return error ? this.errors.describe(error) : null;
  });

  protected when(value: string): string {
    return formatDateTime(value, this.language.current());
  }

  protected chip(assessment: Assessment) {
    return assignmentChip(assessment.status);
  }

  protected async review(item: ReviewItem, approved: boolean): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.itemError.update(({ [item.key]: _, ...rest }) => rest);
    const a = item.assessment;
    try {
      await this.api.review(
        this.cohort().id,
        a.enrolmentId,
        a.assignmentId,
        approved,
        item.form.controls.feedback.value,
      );
      this.announcer.say(
        approved
          ? 'Page:Facilitation.Assessment.Approved'
          : 'Page:Facilitation.Assessment.Returned',
        { title: a.assignmentTitle.text, person: a.personName },
      );
      this.list.reload();
    } catch (error) {
      const message = this.errors.describe(error, item.form);
      this.itemError.update((errors) => ({ ...errors, [item.key]: message }));
    } finally {
      this.busy.set(false);
    }
  }
}
