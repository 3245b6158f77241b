import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import {
  CourseEditor,
  CourseEditorApi,
  courseEditorPath,
  CourseFile,
  CourseFilePurpose,
  LESSON_KINDS,
  LessonKind,
  textValue,
} from '../../data/course-editor-api';
import { Alert } from '../../shared/alert';
import { enumKey } from '../../shared/enum-labels';
import { FieldError } from '../../shared/field-error';
import { SelectField, TextField } from '../../shared/form-field';
import { FormSubmission } from '../../shared/form-submission';
import {
  toTranslatedTextInput,
  TranslatedTextFields,
  translatedTextGroup,
} from '../../shared/translated-text';
import { RichTextEditor } from './rich-text-editor';

/**
 * Adds a lesson to a course's draft, or changes one: its kind and title, the rich text (also an
 * introduction for the other kinds), a video with captions and transcript, files to download, or
 * the quiz or SCORM package it shows (written in their own editors).
 */
@Component({
  selector: 'app-lesson-edit',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    Alert,
    FieldError,
    RichTextEditor,
    SelectField,
    TextField,
    TranslatedTextFields,
  ],
  template: `
    <p>
      <a [routerLink]="coursePath()">{{ 'Page:CourseEditor.Lesson.Back' | translate }}</a>
    </p>
    <h1>
      {{
        (lessonId() ? 'Page:CourseEditor.Lesson.Edit' : 'Page:CourseEditor.Lesson.New') | translate
      }}
      @if (course(); as c) {
        <span class="subtitle">{{ c.version.title.text }}</span>
      }
    </h1>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="loadError()" />

    @if (course(); as c) {
      @if (!c.version.canEdit) {
        <p class="notice">{{ 'Page:CourseEditor.Course.ReadOnly' | translate }}</p>
      } @else {
        <form id="lesson-form" [formGroup]="form" (ngSubmit)="save()" novalidate>
          <div class="form-grid">
            <app-select-field
              control="kind"
              label="Page:CourseEditor.Field.LessonKind"
              [options]="kindOptions"
              [translateNames]="true"
            />
          </div>
          <app-translated-text-fields
            id="lesson-title"
            legend="Page:CourseEditor.Field.Title"
            [group]="form.controls.title"
            [maxLength]="200"
          />
          <app-rich-text-editor
            id="lesson-body"
            [label]="
              kind() === 'Text' ? 'Page:CourseEditor.Field.Body' : 'Page:CourseEditor.Field.Intro'
            "
            [control]="form.controls.body"
            [uploadImage]="uploadImage"
            (uploadFailed)="showUploadError($event)"
          />
          <mat-error *appFieldError="form.controls.body; let message">{{ message }}</mat-error>

          @if (kind() === 'Video') {
            <section aria-labelledby="video-heading">
              <h2 id="video-heading">{{ 'Page:CourseEditor.Lesson.Video' | translate }}</h2>
              <p class="hint">{{ 'Page:CourseEditor.Lesson.VideoHint' | translate }}</p>
              <p>
                {{ 'Page:CourseEditor.Field.VideoFile' | translate }}:
                <strong>{{
                  video()?.fileName ?? ('Page:CourseEditor.Lesson.NoFile' | translate)
                }}</strong>
                <label class="upload">
                  <span>{{ 'Page:CourseEditor.Lesson.UploadVideo' | translate }}</span>
                  <input
                    type="file"
                    accept="video/mp4,video/webm"
                    (change)="upload('Video', $event)"
                  />
                </label>
              </p>
              <p>
                {{ 'Page:CourseEditor.Field.CaptionsFile' | translate }}:
                <strong>{{
                  captions()?.fileName ?? ('Page:CourseEditor.Lesson.NoFile' | translate)
                }}</strong>
                <label class="upload">
                  <span>{{ 'Page:CourseEditor.Lesson.UploadCaptions' | translate }}</span>
                  <input type="file" accept=".vtt,text/vtt" (change)="upload('Captions', $event)" />
                </label>
              </p>
              <mat-form-field class="wide">
                <mat-label>{{ 'Page:CourseEditor.Field.Transcript' | translate }}</mat-label>
                <textarea
                  matInput
                  rows="6"
                  id="lesson-transcript"
                  formControlName="transcript"
                ></textarea>
                <mat-hint>{{ 'Page:CourseEditor.Field.TranscriptHint' | translate }}</mat-hint>
                <mat-error *appFieldError="let message">{{ message }}</mat-error>
              </mat-form-field>
            </section>
          }

          <section aria-labelledby="files-heading">
            <h2 id="files-heading">{{ 'Page:CourseEditor.Lesson.Attachments' | translate }}</h2>
            <ul data-testid="attachments">
              @for (file of attachments(); track file.id) {
                <li>
                  {{ file.fileName }}
                  <button mat-button type="button" (click)="removeAttachment(file)">
                    {{ 'Page:CourseEditor.Lesson.RemoveFile' | translate: { name: file.fileName } }}
                  </button>
                </li>
              } @empty {
                <li>{{ 'Page:CourseEditor.Lesson.NoAttachments' | translate }}</li>
              }
            </ul>
            <label class="upload">
              <span>{{ 'Page:CourseEditor.Lesson.UploadAttachment' | translate }}</span>
              <input
                type="file"
                accept=".pdf,.docx,.xlsx,.pptx"
                (change)="upload('Attachment', $event)"
              />
            </label>
          </section>

          @if (kind() === 'Quiz') {
            <section aria-labelledby="quiz-heading">
              <h2 id="quiz-heading">{{ 'Enum:LessonKind.Quiz' | translate }}</h2>
              <app-text-field
                control="quizId"
                label="Page:CourseEditor.Field.QuizId"
                hint="Page:CourseEditor.Field.QuizIdHint"
              />
              @if (form.controls.quizId.value) {
                <a [routerLink]="quizPath()">{{
                  'Page:CourseEditor.Lesson.OpenQuiz' | translate
                }}</a>
              }
            </section>
          }
          @if (kind() === 'ScormPackage') {
            <section aria-labelledby="scorm-heading">
              <h2 id="scorm-heading">{{ 'Enum:LessonKind.ScormPackage' | translate }}</h2>
              <app-text-field
                control="scormPackageId"
                label="Page:CourseEditor.Field.ScormPackageId"
                hint="Page:CourseEditor.Field.ScormPackageIdHint"
              />
            </section>
          }

          <app-alert [message]="uploadError()" />
          @if (uploading()) {
            <mat-progress-bar
              mode="indeterminate"
              [attr.aria-label]="'Page:CourseEditor.Lesson.Uploading' | translate"
            />
          }
          <app-alert [message]="submission.error()" />
          <div class="page-actions">
            <button
              mat-flat-button
              type="submit"
              id="save-lesson"
              [disabled]="submission.saving() || uploading()"
            >
              {{ 'Ui:Save' | translate }}
            </button>
            <a mat-button [routerLink]="coursePath()">{{ 'Ui:Cancel' | translate }}</a>
          </div>
        </form>
      }
    }
  `,
  styleUrl: './course-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonEditPage {
  readonly courseId = input.required<string>();
  /** Absent on the "new" route. */
  readonly lessonId = input<string>();

  private readonly api = inject(CourseEditorApi);
  private readonly router = inject(Router);
  private readonly errors = inject(ErrorMessages);

  protected readonly course = signal<CourseEditor | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly uploading = signal(false);
  protected readonly uploadError = signal<string | null>(null);
  protected readonly video = signal<CourseFile | null>(null);
  protected readonly captions = signal<CourseFile | null>(null);
  protected readonly attachments = signal<CourseFile[]>([]);
  protected readonly submission = new FormSubmission('#lesson-form');
  protected readonly kindOptions = LESSON_KINDS.map((k) => ({
    id: k,
    name: enumKey('LessonKind', k),
  }));

  protected readonly form = new FormGroup({
    kind: new FormControl<LessonKind>('Text', { nonNullable: true }),
    title: translatedTextGroup(),
    body: new FormControl('', { nonNullable: true }),
    transcript: new FormControl('', { nonNullable: true }),
    quizId: new FormControl('', { nonNullable: true }),
    scormPackageId: new FormControl('', { nonNullable: true }),
  });
  private readonly kindValue = signal<LessonKind>('Text');
  protected readonly kind = computed(() => this.kindValue());
  protected readonly coursePath = computed(() => courseEditorPath(this.courseId()));
  protected readonly quizPath = computed(
    () => `/course-editor/${this.courseId()}/quiz/${this.form.controls.quizId.value}`,
  );

  /** Uploads a picture of the text; the editor shows it by the link the server gives. */
  protected readonly uploadImage = async (file: File): Promise<string | null> =>
    (await this.uploadFile('Image', file))?.url ?? null;

  constructor() {
    this.form.controls.kind.valueChanges.subscribe((k) => this.kindValue.set(k));
    effect(() => {
      const id = this.courseId();
      const lessonId = this.lessonId();
      untracked(() => void this.load(id, lessonId));
    });
  }

  protected async upload(purpose: CourseFilePurpose, event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const uploaded = await this.uploadFile(purpose, file);
    if (!uploaded) return;
    if (purpose === 'Video') this.video.set(uploaded);
    else if (purpose === 'Captions') this.captions.set(uploaded);
    else this.attachments.update((list) => [...list, uploaded]);
  }

  protected removeAttachment(file: CourseFile): void {
    this.attachments.update((list) => list.filter((f) => f.id !== file.id));
  }

  protected showUploadError(error: unknown): void {
    this.uploadError.set(this.errors.describe(error));
  }

  protected async save(): Promise<void> {
    const course = this.course();
    if (!course) return;
    const value = this.form.getRawValue();
    const body = {
      kind: value.kind,
      title: toTranslatedTextInput(value.title),
      body: value.body,
      mediaFileId: this.video()?.id ?? null,
      captionsFileId: this.captions()?.id ?? null,
      transcript: value.transcript.trim() || null,
      attachmentFileIds: this.attachments().map((f) => f.id),
      quizId: value.quizId.trim() || null,
      scormPackageId: value.scormPackageId.trim() || null,
      concurrencyStamp: course.version.concurrencyStamp,
    };
    const lessonId = this.lessonId();
    const saved = await this.submission.run(this.form, () =>
      lessonId
        ? this.api.changeLesson(this.courseId(), lessonId, body)
        : this.api.addLesson(this.courseId(), body),
    );
    if (saved) await this.router.navigate([this.coursePath()]);
  }

  private async uploadFile(purpose: CourseFilePurpose, file: File): Promise<CourseFile | null> {
    this.uploading.set(true);
    this.uploadError.set(null);
    try {
      return await this.api.upload(this.courseId(), purpose, file);
    } catch (error) {
      this.uploadError.set(this.errors.describe(error));
      return null;
    } finally {
      this.uploading.set(false);
    }
  }

  private async load(courseId: string, lessonId: string | undefined): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const course = await this.api.course(courseId);
      this.course.set(course);
      const lesson = lessonId ? course.version.lessons.find((l) => l.id === lessonId) : undefined;
      if (lessonId && !lesson) {
        this.loadError.set(this.errors.describe({ status: 404 }));
        return;
      }
      this.form.reset({
        kind: lesson?.kind ?? 'Text',
        title: textValue(lesson?.title),
        body: lesson?.body ?? '',
        transcript: lesson?.transcript ?? '',
        quizId: lesson?.quizId ?? '',
        scormPackageId: lesson?.scormPackageId ?? '',
      });
      this.kindValue.set(lesson?.kind ?? 'Text');
      this.video.set(lesson?.mediaFile ?? null);
      this.captions.set(lesson?.captionsFile ?? null);
      this.attachments.set(lesson?.attachments ?? []);
    } catch (error) {
      this.loadError.set(this.errors.describe(error));
    } finally {
      this.loading.set(false);
    }
  }
}
