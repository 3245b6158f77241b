import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  resource,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import {
  CourseAssignment,
  CourseAssignmentResult,
  CourseProgressApi,
} from '../../data/course-progress-api';
import { Alert } from '../../shared/alert';
import { SelectField, TextField } from '../../shared/form-field';
import { FormSubmission } from '../../shared/form-submission';
import { orNull } from '../../shared/form-values';
import { valueOf } from '../../shared/resource-value';

export function courseAssignForm() {
  return new FormGroup({
    courseId: new FormControl('', { nonNullable: true }),
    officeId: new FormControl('', { nonNullable: true }),
    jobRoleId: new FormControl('', { nonNullable: true }),
    dueOn: new FormControl('', { nonNullable: true }),
  });
}

export type CourseAssignFormValue = ReturnType<ReturnType<typeof courseAssignForm>['getRawValue']>;

/** The request body: an office and a role together mean the people of the office holding the role. */
export function toCourseAssignment(value: CourseAssignFormValue): CourseAssignment {
  return {
    courseId: orNull(value.courseId),
    officeId: orNull(value.officeId),
    jobRoleId: orNull(value.jobRoleId),
    dueOn: orNull(value.dueOn),
  };
}

/** An admin or coordinator gives a published course, with a deadline, to an office or a job role in their scope. */
@Component({
  selector: 'app-course-assign',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    Alert,
    SelectField,
    TextField,
  ],
  template: `
    <p>
      <a routerLink="/course-progress">{{ 'Page:CourseProgress.Assign.Back' | translate }}</a>
    </p>
    <h1>{{ 'Page:CourseProgress.Assign.Title' | translate }}</h1>
    <p>{{ 'Page:CourseProgress.Assign.Intro' | translate }}</p>
    <form [formGroup]="form" (ngSubmit)="assign()" novalidate>
      <div class="form-grid">
        <app-select-field
          control="courseId"
          label="Page:CourseProgress.Assign.Course"
          [options]="courses()"
        />
        <app-text-field control="dueOn" label="Page:CourseProgress.Assign.DueOn" type="date" />
      </div>
      <div class="form-grid">
        <app-select-field
          control="officeId"
          label="Field:Office"
          hint="Page:CourseProgress.Assign.OfficeHint"
          [options]="options()?.offices"
        />
        <app-select-field
          control="jobRoleId"
          label="Field:JobRole"
          hint="Page:CourseProgress.Assign.JobRoleHint"
          [options]="options()?.jobRoles"
        />
      </div>
      <app-alert [message]="submission.error()" />
      @if (result(); as r) {
        <div role="status" class="result" data-testid="assign-result">
          {{
            'Page:CourseProgress.Assign.Result'
              | translate
                : {
                    assigned: r.assigned,
                    alreadyEnrolled: r.alreadyEnrolled,
                    deadlinesMoved: r.deadlinesMoved,
                    alreadyCompleted: r.alreadyCompleted,
                  }
          }}
        </div>
      }
      <div class="page-actions">
        <button mat-flat-button type="submit" [disabled]="submission.saving()">
          {{ 'Page:CourseProgress.Assign.Submit' | translate }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .result {
      margin: 16px 0;
      padding: 12px 16px;
      border-left: 4px solid var(--ax-border-success);
      background: var(--ax-bg-success-soft);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseAssignPage {
  private readonly api = inject(CourseProgressApi);
  private readonly language = inject(LanguageService);

  protected readonly form = courseAssignForm();
  protected readonly submission = new FormSubmission();
  protected readonly result = signal<CourseAssignmentResult | null>(null);

  private readonly loaded = resource({
    params: () => this.language.current(),
    loader: () => this.api.assignmentOptions(),
  });
  protected readonly options = computed(() => valueOf(this.loaded));
  protected readonly courses = computed(() =>
    this.options()?.courses.map((c) => ({ id: c.id, name: `${c.title} (${c.code})` })),
  );

  protected async assign(): Promise<void> {
    this.result.set(null);
    const value = this.form.getRawValue();
    const result = await this.submission.run(this.form, () =>
      this.api.assign(toCourseAssignment(value)),
    );
    if (result) this.result.set(result);
  }
}
