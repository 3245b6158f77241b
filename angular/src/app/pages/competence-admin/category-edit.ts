import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import {
  CompetenceCatalogueApi,
  CompetenceCategory,
  CompetenceCategoryInput,
} from '../../data/competence-catalogue-api';
import { EDIT_PAGE_KIT } from '../../shared/edit-page';
import { EntityEditor } from '../../shared/entity-editor';
import { CATALOGUE_PATH } from './catalogue-tabs';
import { LocalizedTextFields, localizedTextGroup, toLocalizedTextInput } from './localized-text';

@Component({
  selector: 'app-competence-category-edit',
  imports: [EDIT_PAGE_KIT, LocalizedTextFields],
  template: `
    <app-edit-page
      [editor]="editor"
      [title]="
        id() ? 'Page:CompetenceAdmin.Categories.Edit' : 'Page:CompetenceAdmin.Categories.New'
      "
      backLabel="Page:CompetenceAdmin.Categories.BackToList"
    >
      <form [formGroup]="form" (ngSubmit)="editor.save()" novalidate>
        <app-localized-text-fields [group]="form.controls.name" legend="Field:Name" />
        <div class="form-grid">
          <app-text-field
            control="sortOrder"
            label="Page:CompetenceAdmin.Field.SortOrder"
            hint="Page:CompetenceAdmin.Categories.SortOrderHint"
            type="number"
            [min]="0"
            [max]="1000"
            [step]="1"
            [dynamic]="true"
          />
        </div>
        <app-edit-page-actions [editor]="editor" />
      </form>
    </app-edit-page>
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

  private readonly language = inject(LanguageService);
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
    // For those who may only look.
    details: (category) => [
      { label: 'Field:Name', value: category.names[this.language.current()] || category.name },
      { label: 'Page:CompetenceAdmin.Field.SortOrder', value: category.sortOrder },
    ],
  });
}
