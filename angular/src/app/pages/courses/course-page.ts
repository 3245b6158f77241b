import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  resource,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import {
  COURSE_CERTIFICATE_LANGUAGES,
  CourseApi,
  CourseCertificateLanguage,
  courseFileUrl,
  LearnerCourse,
  PlayerAttachment,
  PlayerLesson,
} from '../../data/course-api';
import { Alert } from '../../shared/alert';
import { ContentText } from '../../shared/content-text';
import { AppDatePipe } from '../../shared/date-format';
import { EnumLabelPipe } from '../../shared/enum-labels';
import { saveResponse, Transfer } from '../../shared/file-transfer';
import {
  completedByLearner,
  contentLanguageKey,
  lessonStateKey,
  nextLesson,
  progressPercent,
  resumeLesson,
} from './course-format';

/**
 * A course: what it is about and its lessons; once started, the player. The player opens where the
 * learner left off, records each lesson as viewed when opened and as completed when the learner
 * says so; quizzes and SCORM packages open on their own pages and complete by their result.
 */
@Component({
  selector: 'app-course-page',
  imports: [
    AppDatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    Alert,
    ContentText,
    EnumLabelPipe,
  ],
  template: `
    @if (overview.isLoading() || busy() || transfer.active()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />

    @if (info(); as o) {
      <h1><app-content-text [text]="o.title" /></h1>
      <p class="summary"><app-content-text [text]="o.summary" /></p>
      <dl class="meta">
        <dt>{{ 'Page:Courses.Field.Length' | translate }}</dt>
        <dd>{{ 'Page:Courses.Minutes' | translate: { minutes: o.estimatedMinutes } }}</dd>
        <dt>{{ 'Page:Courses.Field.Language' | translate }}</dt>
        <dd>{{ languageKey(o.contentLanguage) | translate }}</dd>
        <dt>{{ 'Page:Courses.Field.Category' | translate }}</dt>
        <dd>{{ o.category | enumLabel: 'CourseCategory' | translate }}</dd>
        @if (o.dueOn) {
          <dt>{{ 'Page:Courses.Field.DueOn' | translate }}</dt>
          <dd>{{ o.dueOn | appDate }}</dd>
        }
      </dl>

      @if (course(); as c) {
        @if (c.newerVersionPublished) {
          <p class="note" data-testid="older-version">
            {{ 'Page:Courses.Player.OlderVersion' | translate }}
          </p>
        }
        @if (c.completedAt) {
          <section
            class="completed"
            aria-labelledby="completed-heading"
            data-testid="course-completed"
          >
            <h2 id="completed-heading">{{ 'Page:Courses.Player.Completed' | translate }}</h2>
            <p>
              {{
                'Page:Courses.Player.CompletedOn' | translate: { date: (c.completedAt | appDate) }
              }}
              {{ 'Page:Courses.Player.EvidenceRecorded' | translate }}
            </p>
            <p>
              <a routerLink="/competence/my" data-testid="to-competence">{{
                'Page:Courses.Player.ToCompetence' | translate
              }}</a>
            </p>
            @if (c.certificateCode; as code) {
              <p>
                {{ 'Page:Courses.Player.CertificateCode' | translate }}
                <a class="code" [routerLink]="['/verify', code]" data-testid="certificate-code">{{
                  code
                }}</a>
              </p>
              <div
                class="downloads"
                role="group"
                [attr.aria-label]="'Page:Courses.Player.Certificate' | translate"
              >
                @for (lang of certificateLanguages; track lang) {
                  <button
                    mat-stroked-button
                    type="button"
                    [disabled]="transfer.active()"
                    (click)="downloadCertificate(c, lang)"
                    [attr.data-testid]="'course-certificate-' + lang"
                  >
                    <mat-icon svgIcon="download" />
                    {{ certificateLabels[lang] | translate }}
                  </button>
                }
              </div>
            }
          </section>
        } @else {
          <p class="progress" data-testid="course-progress">
            {{ 'Page:Courses.Player.Progress' | translate: { percent: percent() } }}
          </p>
        }

        <div class="player">
          <nav class="outline" [attr.aria-label]="'Page:Courses.Player.Lessons' | translate">
            <ol>
              @for (l of c.lessons; track l.id) {
                <li>
                  <button
                    type="button"
                    class="lesson-link"
                    [class.current]="l.id === currentId()"
                    [attr.aria-current]="l.id === currentId() ? 'step' : null"
                    (click)="open(l.id)"
                    [attr.data-testid]="'lesson-' + l.order"
                  >
                    <app-content-text [text]="l.title" />
                    <span class="state">{{ lessonState(l) | translate }}</span>
                  </button>
                </li>
              }
            </ol>
          </nav>

          @if (current(); as l) {
            <article class="lesson" aria-labelledby="lesson-heading" data-testid="lesson">
              <h2 id="lesson-heading" tabindex="-1" #lessonHeading>
                <app-content-text [text]="l.title" />
              </h2>
              @if (l.body) {
                <!-- Sanitized on the server when the course author saved it; Angular sanitizes again. -->
                <div class="lesson-body" [innerHTML]="l.body" data-testid="lesson-body"></div>
              }
              @switch (l.kind) {
                @case ('Video') {
                  @if (l.mediaUrl) {
                    <video
                      controls
                      preload="metadata"
                      [src]="fileUrl(l.mediaUrl)"
                      [attr.aria-describedby]="l.transcript ? 'transcript' : null"
                      data-testid="lesson-video"
                    >
                      @if (l.captionsUrl) {
                        <track
                          kind="captions"
                          default
                          [src]="fileUrl(l.captionsUrl)"
                          [attr.srclang]="c.contentLanguage"
                          [label]="languageKey(c.contentLanguage) | translate"
                        />
                      }
                    </video>
                  }
                  @if (l.transcript) {
                    <section
                      id="transcript"
                      class="transcript"
                      aria-labelledby="transcript-heading"
                    >
                      <h3 id="transcript-heading">
                        {{ 'Page:Courses.Player.Transcript' | translate }}
                      </h3>
                      <p data-testid="lesson-transcript">{{ l.transcript }}</p>
                    </section>
                  }
                }
                @case ('Quiz') {
                  @if (l.quizId) {
                    <a mat-flat-button [routerLink]="['/courses', c.courseId, 'quiz', l.quizId]">{{
                      'Page:Courses.Player.OpenQuiz' | translate
                    }}</a>
                  }
                }
                @case ('ScormPackage') {
                  @if (l.scormPackageId) {
                    <a
                      mat-flat-button
                      [routerLink]="['/courses', c.courseId, 'scorm', l.scormPackageId]"
                      >{{ 'Page:Courses.Player.OpenScorm' | translate }}</a
                    >
                  }
                }
              }
              @if (l.attachments.length) {
                <h3>{{ 'Page:Courses.Player.Attachments' | translate }}</h3>
                <ul class="attachments">
                  @for (attachment of l.attachments; track attachment.url) {
                    <li>
                      <button
                        mat-stroked-button
                        type="button"
                        [disabled]="transfer.active()"
                        (click)="downloadFile(attachment)"
                      >
                        <mat-icon svgIcon="download" />
                        {{ attachment.fileName }}
                      </button>
                    </li>
                  }
                </ul>
              }

              <div class="actions">
                @if (canComplete(l)) {
                  <button
                    mat-flat-button
                    type="button"
                    [disabled]="busy()"
                    (click)="complete(l)"
                    data-testid="complete-lesson"
                  >
                    {{ 'Page:Courses.Player.Complete' | translate }}
                  </button>
                } @else if (l.completedAt) {
                  <p class="done" data-testid="lesson-done">
                    {{ 'Page:Courses.Lesson.Completed' | translate }}
                  </p>
                }
                @if (next(); as n) {
                  <button
                    mat-stroked-button
                    type="button"
                    (click)="open(n.id)"
                    data-testid="next-lesson"
                  >
                    {{ 'Page:Courses.Player.Next' | translate }}
                  </button>
                }
              </div>
            </article>
          }
        </div>
      } @else {
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">{{ 'Page:Courses.Course.About' | translate }}</h2>
          <p class="description"><app-content-text [text]="o.description" /></p>
          <h2>{{ 'Page:Courses.Player.Lessons' | translate }}</h2>
          <ol>
            @for (l of o.lessons; track l.id) {
              <li>
                <app-content-text [text]="l.title" />
                ({{ l.kind | enumLabel: 'LessonKind' | translate }})
              </li>
            }
          </ol>
          <button
            mat-flat-button
            type="button"
            [disabled]="busy()"
            (click)="enrol()"
            data-testid="enrol"
          >
            {{ 'Page:Courses.Course.Start' | translate }}
          </button>
        </section>
      }
    }
    <app-alert kind="success" [message]="saved()" />
  `,
  styles: `
    .meta {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 2px 12px;
      margin: 0 0 16px;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .player {
      display: grid;
      grid-template-columns: minmax(200px, 280px) 1fr;
      gap: 24px;
      align-items: start;
    }
    @media (max-width: 720px) {
      .player {
        grid-template-columns: 1fr;
      }
    }
    .outline ol {
      padding-left: 1.5em;
      margin: 0;
    }
    .lesson-link {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      width: 100%;
      padding: 6px 8px;
      margin: 2px 0;
      border: 1px solid transparent;
      border-radius: 6px;
      background: none;
      font: inherit;
      color: inherit;
      text-align: start;
      cursor: pointer;
    }
    .lesson-link.current {
      border-color: var(--ax-border-accent, currentColor);
      font-weight: 600;
    }
    .state {
      font-size: 0.8125rem;
      font-weight: normal;
    }
    .lesson video {
      width: 100%;
      max-width: 800px;
    }
    .transcript p {
      white-space: pre-line;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: center;
      margin-top: 24px;
    }
    .attachments,
    .downloads {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      list-style: none;
      padding: 0;
    }
    .completed {
      margin: 16px 0;
      padding: 16px 20px;
      border: 1px solid var(--ax-border-success);
      border-radius: 8px;
      background: var(--ax-bg-success-soft);
    }
    .completed h2 {
      margin-top: 0;
    }
    .code {
      font-family: monospace;
    }
    .note {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--ax-bg-info-soft, transparent);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoursePage {
  private readonly api = inject(CourseApi);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);

  /** From the route `/courses/:courseId`. */
  readonly courseId = input.required<string>();

  protected readonly certificateLanguages = COURSE_CERTIFICATE_LANGUAGES;
  // Keys are spelled out so the translation-key test can find them.
  protected readonly certificateLabels: Record<CourseCertificateLanguage, string> = {
    nb: 'Page:Courses.Player.CertificateNb',
    nn: 'Page:Courses.Player.CertificateNn',
    en: 'Page:Courses.Player.CertificateEn',
  };

  protected readonly overview = resource({
    params: () => ({ courseId: this.courseId(), language: this.language.current() }),
    loader: ({ params }) => this.api.course(params.courseId),
  });
  protected readonly info = computed(() =>
    this.overview.hasValue() ? this.overview.value() : null,
  );
  protected readonly course = signal<LearnerCourse | null>(null);
  protected readonly currentId = signal<string | null>(null);
  protected readonly current = computed(
    () => this.course()?.lessons.find((l) => l.id === this.currentId()) ?? null,
  );
  protected readonly next = computed(() => {
    const course = this.course();
    const id = this.currentId();
    return course && id ? nextLesson(course, id) : undefined;
  });
  protected readonly percent = computed(() => {
    const course = this.course();
    return course ? progressPercent(course) : 0;
  });
  protected readonly busy = signal(false);
  protected readonly transfer = new Transfer();
  private readonly actionError = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly error = computed(() => {
    const error = this.overview.error();
    return error ? this.errors.describe(error) : this.actionError();
  });
  private readonly lessonHeading = viewChild<ElementRef<HTMLElement>>('lessonHeading');

  constructor() {
    // The learner's enrolment, in the language of the page: it loads again when the language changes.
    effect(() => {
      const enrolmentId = this.info()?.enrolmentId;
      if (enrolmentId) untracked(() => void this.load(enrolmentId));
    });
  }

  protected fileUrl(link: string): string {
    return courseFileUrl(link);
  }

  protected languageKey(language: string): string {
    return contentLanguageKey(language);
  }

  protected lessonState(lesson: PlayerLesson): string {
    return lessonStateKey(lesson);
  }

  protected canComplete(lesson: PlayerLesson): boolean {
    return completedByLearner(lesson) && !lesson.completedAt;
  }

  protected async enrol(): Promise<void> {
    const course = await this.act(() => this.api.enrol(this.courseId()));
    if (course) await this.resume(course);
  }

  protected async open(lessonId: string): Promise<void> {
    const course = this.course();
    if (!course) return;
    this.currentId.set(lessonId);
    const opened = await this.act(() => this.api.openLesson(course.enrolmentId, lessonId));
    if (opened) {
      // Move focus to the lesson, so that keyboard and screen-reader users start reading it.
      setTimeout(() => this.lessonHeading()?.nativeElement.focus());
    }
  }

  protected async complete(lesson: PlayerLesson): Promise<void> {
    const course = this.course();
    if (!course) return;
    const updated = await this.act(() => this.api.completeLesson(course.enrolmentId, lesson.id));
    const following = updated && !updated.completedAt ? nextLesson(updated, lesson.id) : undefined;
    if (following) await this.open(following.id);
  }

  protected async downloadCertificate(
    course: LearnerCourse,
    language: CourseCertificateLanguage,
  ): Promise<void> {
    await this.download(
      () => this.transfer.run(this.api.certificatePdf(course.enrolmentId, language)),
      `kursbevis-${course.certificateCode}-${language}.pdf`,
    );
  }

  protected async downloadFile(attachment: PlayerAttachment): Promise<void> {
    await this.download(
      () => this.transfer.run(this.api.file(attachment.url)),
      attachment.fileName,
    );
  }

  private async download(
    run: () => ReturnType<Transfer['run']>,
    fallbackName: string,
  ): Promise<void> {
    this.actionError.set(null);
    this.saved.set(null);
    try {
      this.saved.set(saveResponse((await run()) as never, fallbackName));
    } catch (error) {
      this.actionError.set(this.errors.describe(error));
    }
  }

  private async load(enrolmentId: string): Promise<void> {
    const course = await this.act(() => this.api.enrolment(enrolmentId));
    if (course) await this.resume(course);
  }

  /** Opens the lesson to resume at, unless one is open already (the page reloads in another language). */
  private async resume(course: LearnerCourse): Promise<void> {
    if (course.lessons.some((l) => l.id === this.currentId())) return;
    const lesson = resumeLesson(course);
    if (lesson) await this.open(lesson.id);
  }

  /** Runs one call to the server; its answer is the learner's course as it now stands. */
  private async act(call: () => Promise<LearnerCourse>): Promise<LearnerCourse | null> {
    this.busy.set(true);
    this.actionError.set(null);
    try {
      const course = await call();
      this.course.set(course);
      return course;
    } catch (error) {
      this.actionError.set(this.errors.describe(error));
      return null;
    } finally {
      this.busy.set(false);
    }
  }
}
