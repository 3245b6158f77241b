import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import {
  CompetenceCatalogueApi,
  CompetenceCategory,
  CompetenceCategoryInput,
} from '../../data/competence-catalogue-api';
import { EditPageActions, EditPageHeader } from '../../shared/edit-page';
import { EntityEditor } from '../../shared/entity-editor';
import { Detail, ReadOnlyDetails } from '../../shared/read-only-details';
import { CATALOGUE_PATH } from './catalogue-tabs';
import { LocalizedTextFields, localizedTextGroup, toLocalizedTextInput } from './localized-text';
import { FieldError } from '../../shared/field-error';

@Component({
  selector: 'app-competence-category-edit',
  imports: [FieldError, 
    ReactiveFormsModule,
    TranslatePipe,
    MatFormFieldModule,
    MatInputModule,
    EditPageHeader,
    EditPageActions,
    ReadOnlyDetails,
    LocalizedTextFields,
  ],
  template: `
    <app-edit-page-header
      [editor]="editor"
      [title]="
        id() ? 'Page:CompetenceAdmin.Categories.Edit' : 'Page:CompetenceAdmin.Categories.New'
      "
      backLabel="Page:CompetenceAdmin.Categories.BackToList"
    />
    @if (editor.canManage()) {
      <form [formGroup]="form" (ngSubmit)="editor.save()" novalidate>
        <app-localized-text-fields [group]="form.controls.name" legend="Field:Name" />
        <div class="form-grid">
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'Page:CompetenceAdmin.Field.SortOrder' | translate }}</mat-label>
            <input matInput type="number" min="0" max="1000" step="1" formControlName="sortOrder" />
            <mat-hint>{{ 'Page:CompetenceAdmin.Categories.SortOrderHint' | translate }}</mat-hint>
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
          </mat-form-field>
        </div>
        <app-edit-page-actions [editor]="editor" />
      </form>
    } @else if (editor.entity()) {
      <app-read-only-details [details]="details()" />
    }
  `,
  styles: `
    mat-form-field[subscriptSizing='dynamic'] {
      margin-bottom: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompetenceCategoryEditPage {
  /** Route parameter; absent on the "new" route. */
  readonly id = input<string>();

  protected readonly form = new FormGroup({
    name: localizedTextGroup(),
    sortOrder: new FormControl<number | null>(null),
  });
  protected readonly editor = new EntityEditor<CompetenceCategory, CompetenceCategoryInput>({
    api: inject(CompetenceCatalogueApi).categories,
    id: this.id,
    form: this.form,
    managePermission: Permissions.CompetenceManageCatalogue,
    name: (category) => category.name,
    toInput: () => {
      const value = this.form.getRawValue();
      return { name: toLocalizedTextInput(value.name), sortOrder: value.sortOrder };
    },
    patch: (category) => this.form.reset({ name: category.names, sortOrder: category.sortOrder }),
    listPath: `${CATALOGUE_PATH}/categories`,
  });

  private readonly language = inject(LanguageService);

  /** For those who may only look. */
  protected readonly details = computed<Detail[]>(() => {
    const category = this.editor.entity();
    if (!category) return [];
    return [
      { label: 'Field:Name', value: category.names[this.language.current()] || category.name },
      { label: 'Page:CompetenceAdmin.Field.SortOrder', value: category.sortOrder },
    ];
  });
}
