import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { CourseEditorApi, courseEditorPath } from '../../data/course-editor-api';
import { Alert } from '../../shared/alert';
import { TextField } from '../../shared/form-field';
import { FormSubmission } from '../../shared/form-submission';
import {
  toTranslatedTextInput,
  TranslatedTextFields,
  translatedTextGroup,
} from '../../shared/translated-text';

/** A new course: its code and title. The rest is written in the editor of its first draft. */
@Component({
  selector: 'app-course-new',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    Alert,
    TextField,
    TranslatedTextFields,
  ],
  template: `
    <p>
      <a routerLink="/course-editor">{{ 'Page:CourseEditor.BackToList' | translate }}</a>
    </p>
    <h1>{{ 'Page:CourseEditor.New.Title' | translate }}</h1>
    <p class="intro">{{ 'Page:CourseEditor.New.Intro' | translate }}</p>
    <form [formGroup]="form" (ngSubmit)="create()" novalidate>
      <app-text-field
        control="code"
        label="Page:CourseEditor.Field.Code"
        hint="Page:CourseEditor.Field.CodeHint"
        [maxLength]="32"
      />
      <app-translated-text-fields
        id="course-title"
        legend="Page:CourseEditor.Field.Title"
        [group]="form.controls.title"
        [maxLength]="200"
      />
      <app-alert [message]="submission.error()" />
      <div class="page-actions">
        <button mat-flat-button type="submit" [disabled]="submission.saving()">
          {{ 'Page:CourseEditor.New.Create' | translate }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .intro {
      max-width: 70ch;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseNewPage {
  private readonly api = inject(CourseEditorApi);
  private readonly router = inject(Router);

  protected readonly submission = new FormSubmission();
  protected readonly form = new FormGroup({
    code: new FormControl('', { nonNullable: true }),
    title: translatedTextGroup(),
  });

  protected async create(): Promise<void> {
    const value = this.form.getRawValue();
    const created = await this.submission.run(this.form, () =>
      this.api.create({ code: value.code.trim(), title: toTranslatedTextInput(value.title) }),
    );
    if (created) await this.router.navigate([courseEditorPath(created.id)]);
  }
}
