import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import { MyCohort, ParticipationApi, ReflectionProgress } from '../../data/participation-api';
import { Alert } from '../../shared/alert';
import { Announcer } from '../../shared/announcer';
import { formatDateTime, requiredText } from './programme-format';
import { ContentText } from '../../shared/content-text';
import { FieldError } from '../../shared/field-error';
import { FormSubmission } from '../../shared/form-submission';

/**
 * A reflection task with the participant's own text. The text goes to their private
 * refleksjonslogg: the page says so right at the field, since facilitators never see it.
 */
@Component({
  selector: 'app-reflection-editor',
  imports: [
    FieldError,
    ContentText,
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    Alert,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="reflection">
      <p class="prompt" [id]="fieldId() + '-prompt'">
        <app-content-text [text]="reflection().prompt" />
      </p>
      <p class="private" [id]="fieldId() + '-private'">
        {{ 'Page:MyProgramme.Reflection.Private' | translate }}
      </p>
      <mat-form-field class="text">
        <mat-label>{{ 'Page:MyProgramme.Reflection.Label' | translate }}</mat-label>
        <textarea
          matInput
          formControlName="text"
          rows="6"
          [attr.aria-describedby]="fieldId() + '-prompt ' + fieldId() + '-private'"
          [readonly]="readonly()"
        ></textarea>
        <mat-error *appFieldError="let message">{{ message }}</mat-error>
        @if (form.controls.text.hasError('required')) {
          <mat-error>{{ 'Page:MyProgramme.Reflection.Required' | translate }}</mat-error>
        }
      </mat-form-field>
      @if (reflection().writtenAt; as writtenAt) {
        <p class="muted">
          {{ 'Page:MyProgramme.Reflection.SavedAt' | translate: { date: when(writtenAt) } }}
        </p>
      }
      <app-alert [message]="submission.error()" />
      @if (!readonly()) {
        <button mat-flat-button type="submit" [disabled]="submission.saving()">
          {{ 'Page:MyProgramme.Reflection.Save' | translate }}
        </button>
      }
    </form>
  `,
  styles: `
    .text {
      width: 100%;
      max-width: 800px;
    }
    .prompt {
      font-weight: 600;
    }
    .private {
      display: inline-block;
      padding: 4px 10px;
      border: 1px solid var(--ax-border-info);
      border-radius: 6px;
      background: var(--ax-bg-info-soft);
    }
    .muted {
      color: var(--ax-text-neutral-subtle);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReflectionEditor {
  private readonly api = inject(ParticipationApi);
  private readonly language = inject(LanguageService);
  private readonly announcer = inject(Announcer);

  readonly enrolmentId = input.required<string>();
  readonly reflection = input.required<ReflectionProgress>();
  /** Unique in the page: the ids of the prompt and the privacy note hang on it. */
  readonly fieldId = input.required<string>();
  /** Only a participant in a running cohort writes; afterwards the text is theirs to read. */
  readonly readonly = input(false);
  readonly saved = output<MyCohort>();

  protected readonly form = new FormGroup({
    text: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });
  protected readonly submission = new FormSubmission();

  constructor() {
    // The server's text, whenever it changes (after saving, or reloading the page).
    effect(() => this.form.controls.text.setValue(this.reflection().text ?? ''));
  }

  protected when(value: string): string {
    return formatDateTime(value, this.language.current());
  }

  protected async save(): Promise<void> {
    if (this.readonly()) return;
    const text = requiredText(this.form.controls.text);
    if (text === null) return;
    const taskId = this.reflection().reflectionTaskId;
    const progress = await this.submission.run(this.form, () =>
      this.api.writeReflection(this.enrolmentId(), taskId, text),
    );
    if (!progress) return;
    this.saved.emit(progress);
    this.announcer.say('Page:MyProgramme.Reflection.Saved');
  }
}
