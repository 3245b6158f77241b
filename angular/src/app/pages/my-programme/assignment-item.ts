import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import { AssignmentProgress, MyCohort, ParticipationApi } from '../../data/participation-api';
import { Alert } from '../../shared/alert';
import { StatusChip } from '../../shared/status-chip';
import { Announcer } from '../../shared/announcer';
import {
  assignmentChip,
  canSubmit,
  formatDate,
  formatDateTime,
  requiredText,
} from './programme-format';
import { ContentText } from '../../shared/content-text';
import { FieldError } from '../../shared/field-error';
import { FormSubmission } from '../../shared/form-submission';

/**
 * One assignment: what to do and by when, what the participant handed in, the facilitator's
 * feedback, and the form to hand in (again). An approved assignment is closed: the server
 * refuses a new answer with 409, and the message shows here.
 */
@Component({
  selector: 'app-assignment-item',
  imports: [
    FieldError,
    ContentText,
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    Alert,
    StatusChip,
  ],
  template: `
    <article
      class="assignment"
      [attr.aria-labelledby]="fieldId() + '-title'"
      data-testid="assignment"
    >
      <h5 [id]="fieldId() + '-title'"><app-content-text [text]="assignment().title" /></h5>
      <p class="instructions"><app-content-text [text]="assignment().instructions" /></p>
      <dl class="facts">
        <div>
          <dt>{{ 'Page:MyProgramme.Assignment.DueOn' | translate }}</dt>
          <dd>{{ day(assignment().dueOn) }}</dd>
        </div>
        <div>
          <dt>{{ 'Page:MyProgramme.Assignment.StatusLabel' | translate }}</dt>
          <dd><app-status-chip [chip]="chip()" /></dd>
        </div>
        @if (assignment().submittedAt; as submittedAt) {
          <div>
            <dt>{{ 'Page:MyProgramme.Assignment.SubmittedAt' | translate }}</dt>
            <dd>{{ when(submittedAt) }}</dd>
          </div>
        }
      </dl>
      @if (assignment().answer; as answer) {
        <h6>{{ 'Page:MyProgramme.Assignment.MyAnswer' | translate }}</h6>
        <p class="answer">{{ answer }}</p>
      }
      @if (assignment().feedback; as feedback) {
        <div class="feedback" data-testid="feedback">
          <h6>
            {{ 'Page:MyProgramme.Assignment.Feedback' | translate }}
            @if (assignment().reviewedBy; as by) {
              <span class="muted">({{ by }})</span>
            }
          </h6>
          <p class="answer">{{ feedback }}</p>
        </div>
      }
      @if (!readonly() && open()) {
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <mat-form-field class="text">
            <mat-label>{{
              (assignment().answer
                ? 'Page:MyProgramme.Assignment.NewAnswer'
                : 'Page:MyProgramme.Assignment.Answer'
              ) | translate
            }}</mat-label>
            <textarea
              matInput
              formControlName="answer"
              rows="6"
              [attr.aria-describedby]="fieldId() + '-title'"
            ></textarea>
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
            @if (form.controls.answer.hasError('required')) {
              <mat-error>{{ 'Page:MyProgramme.Assignment.AnswerRequired' | translate }}</mat-error>
            }
          </mat-form-field>
          <div>
            <button mat-flat-button type="submit" [disabled]="submission.saving()">
              {{
                (assignment().status
                  ? 'Page:MyProgramme.Assignment.Resubmit'
                  : 'Page:MyProgramme.Assignment.Submit'
                ) | translate
              }}
            </button>
          </div>
        </form>
      }
      <app-alert [message]="submission.error()" />
    </article>
  `,
  styles: `
    .assignment {
      padding: 12px 16px;
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
      margin-bottom: 12px;
    }
    h5 {
      font-size: 1.0625rem;
      margin: 0 0 8px;
    }
    h6 {
      font-size: 1rem;
      margin: 12px 0 4px;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 32px;
      margin: 8px 0;
    }
    dt {
      color: var(--ax-text-neutral-subtle);
      font-size: 0.875rem;
    }
    dd {
      margin: 0;
    }
    .answer {
      white-space: pre-wrap;
      margin: 0;
    }
    .feedback {
      margin-top: 8px;
      padding: 8px 12px;
      border-left: 4px solid var(--ax-border-info);
      background: var(--ax-bg-info-soft);
    }
    .muted {
      color: var(--ax-text-neutral-subtle);
      font-weight: normal;
    }
    form {
      margin-top: 12px;
    }
    .text {
      width: 100%;
      max-width: 800px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignmentItem {
  private readonly api = inject(ParticipationApi);
  private readonly language = inject(LanguageService);
  private readonly announcer = inject(Announcer);

  readonly enrolmentId = input.required<string>();
  readonly assignment = input.required<AssignmentProgress>();
  readonly fieldId = input.required<string>();
  readonly readonly = input(false);
  readonly saved = output<MyCohort>();

  protected readonly chip = computed(() => assignmentChip(this.assignment().status));
  protected readonly open = computed(() => canSubmit(this.assignment()));
  protected readonly form = new FormGroup({
    answer: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });
  protected readonly submission = new FormSubmission();

  constructor() {
    // A returned answer is the starting point for the next round.
    effect(() => this.form.controls.answer.setValue(this.assignment().answer ?? ''));
  }

  protected day(value: string): string {
    return formatDate(value, this.language.current());
  }

  protected when(value: string): string {
    return formatDateTime(value, this.language.current());
  }

  protected async submit(): Promise<void> {
    const answer = requiredText(this.form.controls.answer);
    if (answer === null) return;
    const assignmentId = this.assignment().assignmentId;
    const progress = await this.submission.run(this.form, () =>
      this.api.submitAssignment(this.enrolmentId(), assignmentId, answer),
    );
    if (!progress) return;
    this.saved.emit(progress);
    this.announcer.say('Page:MyProgramme.Assignment.Submitted', {
      title: this.assignment().title.text,
    });
  }
}
