import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  resource,
  signal,
  untracked,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { CompetenceApi } from '../../data/competence-api';
import {
  COMPLETION_RULES,
  COURSE_CATEGORIES,
  CourseEditor,
  CourseEditorApi,
  courseEditorPath,
  CourseCategory,
  Lesson,
  textValue,
} from '../../data/course-editor-api';
import { Lookups } from '../../data/lookups';
import { Alert } from '../../shared/alert';
import { AppDatePipe } from '../../shared/date-format';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/confirm-dialog';
import { enumKey } from '../../shared/enum-labels';
import { FieldError } from '../../shared/field-error';
import { SelectField, TextField } from '../../shared/form-field';
import { FormSubmission } from '../../shared/form-submission';
import {
  toTranslatedTextInput,
  TranslatedTextFields,
  translatedTextGroup,
} from '../../shared/translated-text';

type GrantGroup = FormGroup<{
  competenceAreaId: FormControl<string>;
  level: FormControl<number | null>;
  validMonths: FormControl<number | null>;
}>;

function grantGroup(grant?: {
  competenceAreaId: string;
  level: number;
  validMonths: number | null;
}): GrantGroup {
  return new FormGroup({
    competenceAreaId: new FormControl(grant?.competenceAreaId ?? '', { nonNullable: true }),
    level: new FormControl<number | null>(grant?.level ?? 1),
    validMonths: new FormControl<number | null>(grant?.validMonths ?? null),
  });
}

/**
 * A course in its editor: the draft's details (texts in bokmål, nynorsk and English, category,
 * language, time, target job roles, the competence it grants and what completes it), its lessons
 * in order, publication, a new draft from the published version, and the version history.
 */
@Component({
  selector: 'app-course-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    Alert,
    AppDatePipe,
    FieldError,
    SelectField,
    TextField,
    TranslatedTextFields,
  ],
  templateUrl: './course-page.html',
  styleUrl: './course-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoursePage {
  readonly courseId = input.required<string>();

  private readonly api = inject(CourseEditorApi);
  private readonly competence = inject(CompetenceApi);
  private readonly lookups = inject(Lookups);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly errors = inject(ErrorMessages);
  protected readonly language = inject(LanguageService);

  protected readonly course = signal<CourseEditor | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly version = computed(() => this.course()?.version ?? null);
  protected readonly canEdit = computed(() => this.version()?.canEdit ?? false);
  protected readonly submission = new FormSubmission('#course-details');

  protected readonly categoryOptions = COURSE_CATEGORIES.map((c) => ({
    id: c,
    name: enumKey('CourseCategory', c),
  }));
  // Keys are spelled out so the translation-key test can find them.
  protected readonly languageOptions = [
    { id: 'nb', name: 'Page:CourseEditor.Language.nb' },
    { id: 'nn', name: 'Page:CourseEditor.Language.nn' },
    { id: 'en', name: 'Page:CourseEditor.Language.en' },
    { id: 'se', name: 'Page:CourseEditor.Language.se' },
  ];
  // The rule is a set of flags, not an enum of the API: its labels are spelled out.
  protected readonly rules = [
    { id: 'AllLessons', name: 'Enum:CourseCompletionRule.AllLessons' },
    { id: 'QuizPassed', name: 'Enum:CourseCompletionRule.QuizPassed' },
    { id: 'ScormCompleted', name: 'Enum:CourseCompletionRule.ScormCompleted' },
    { id: 'ScormPassed', name: 'Enum:CourseCompletionRule.ScormPassed' },
  ];
  protected readonly areas = resource({
    params: () => this.language.current(),
    loader: () => this.competence.areas(),
  });
  protected readonly jobRoles = resource({
    params: () => this.language.current(),
    loader: async () => (await this.lookups.jobRoles()).map((r) => ({ id: r.id, name: r.name })),
  });

  protected readonly form = new FormGroup({
    title: translatedTextGroup(),
    summary: translatedTextGroup(),
    description: translatedTextGroup(),
    category: new FormControl<CourseCategory>('Other', { nonNullable: true }),
    contentLanguage: new FormControl('nb', { nonNullable: true }),
    estimatedMinutes: new FormControl<number | null>(0),
    targetJobRoleIds: new FormControl<string[]>([], { nonNullable: true }),
    completionRules: new FormGroup(
      Object.fromEntries(
        COMPLETION_RULES.map((r) => [r, new FormControl(false, { nonNullable: true })]),
      ),
    ),
    grants: new FormArray<GrantGroup>([]),
  });

  constructor() {
    effect(() => {
      const id = this.courseId();
      untracked(() => void this.load(id));
    });
  }

  protected lessonPath(lesson: Lesson): string {
    return courseEditorPath(this.courseId(), lesson.id);
  }

  protected newLessonPath(): string {
    return `${courseEditorPath(this.courseId())}/lessons/new`;
  }

  protected addGrant(): void {
    this.form.controls.grants.push(grantGroup());
  }

  protected removeGrant(index: number): void {
    this.form.controls.grants.removeAt(index);
  }

  protected async saveDetails(): Promise<void> {
    const version = this.version();
    if (!version) return;
    const value = this.form.getRawValue();
    const saved = await this.submission.run(this.form, () =>
      this.api.saveDetails(this.courseId(), {
        title: toTranslatedTextInput(value.title),
        summary: toTranslatedTextInput(value.summary),
        description: toTranslatedTextInput(value.description),
        category: value.category,
        contentLanguage: value.contentLanguage,
        estimatedMinutes: value.estimatedMinutes,
        targetJobRoleIds: value.targetJobRoleIds,
        grants: value.grants.map((g) => ({
          competenceAreaId: g.competenceAreaId || null,
          level: g.level,
          validMonths: g.validMonths,
        })),
        completionRules: COMPLETION_RULES.filter((r) => value.completionRules[r]),
        concurrencyStamp: version.concurrencyStamp,
      }),
    );
    if (saved) {
      this.show(saved);
      this.notify('Page:CourseEditor.Course.Saved');
    }
  }

  protected move(lesson: Lesson, position: number): Promise<boolean> {
    return this.act(() =>
      this.api.moveLesson(this.courseId(), lesson.id, position, this.version()!.concurrencyStamp),
    );
  }

  protected async remove(lesson: Lesson): Promise<void> {
    const confirmed = await this.confirm({
      title: this.translate.instant('Page:CourseEditor.Lesson.RemoveTitle'),
      message: this.translate.instant('Page:CourseEditor.Lesson.RemoveQuestion', {
        title: lesson.title.text,
      }),
      confirm: this.translate.instant('Page:CourseEditor.Lesson.Remove'),
    });
    if (confirmed)
      await this.act(() =>
        this.api.removeLesson(this.courseId(), lesson.id, this.version()!.concurrencyStamp),
      );
  }

  protected async publish(): Promise<void> {
    const confirmed = await this.confirm({
      title: this.translate.instant('Page:CourseEditor.Course.PublishTitle'),
      message: this.translate.instant('Page:CourseEditor.Course.PublishQuestion'),
      confirm: this.translate.instant('Page:CourseEditor.Course.Publish'),
    });
    if (confirmed) {
      const done = await this.act(() =>
        this.api.publish(this.courseId(), this.version()!.concurrencyStamp),
      );
      if (done) this.notify('Page:CourseEditor.Course.Published');
    }
  }

  protected startDraft(): Promise<boolean> {
    return this.act(() => this.api.startDraft(this.courseId()));
  }

  protected async discardDraft(): Promise<void> {
    const confirmed = await this.confirm({
      title: this.translate.instant('Page:CourseEditor.Course.DiscardTitle'),
      message: this.translate.instant('Page:CourseEditor.Course.DiscardQuestion'),
      confirm: this.translate.instant('Page:CourseEditor.Course.Discard'),
    });
    if (confirmed)
      await this.act(() =>
        this.api.discardDraft(this.courseId(), this.version()!.concurrencyStamp),
      );
  }

  private async act(call: () => Promise<CourseEditor>): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(true);
    this.actionError.set(null);
    try {
      this.show(await call());
      return true;
    } catch (error) {
      this.actionError.set(this.errors.describe(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.show(await this.api.course(id));
    } catch (error) {
      this.loadError.set(this.errors.describe(error));
    } finally {
      this.loading.set(false);
    }
  }

  private show(course: CourseEditor): void {
    this.course.set(course);
    const v = course.version;
    this.form.controls.grants.clear();
    v.grants.forEach((g) => this.form.controls.grants.push(grantGroup(g)));
    this.form.reset({
      title: textValue(v.title),
      summary: textValue(v.summary),
      description: textValue(v.description),
      category: v.category,
      contentLanguage: v.contentLanguage,
      estimatedMinutes: v.estimatedMinutes,
      targetJobRoleIds: v.targetJobRoleIds,
      completionRules: Object.fromEntries(
        COMPLETION_RULES.map((r) => [r, v.completionRules.includes(r)]),
      ),
    });
    if (v.canEdit) this.form.enable();
    else this.form.disable();
  }

  private notify(key: string): void {
    this.snackBar.open(this.translate.instant(key), undefined, { duration: 4000 });
  }

  private confirm(data: ConfirmDialogData): Promise<boolean | undefined> {
    return firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed());
  }
}
