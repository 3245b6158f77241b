import { ChangeDetectionStrategy, Component, inject, input, resource } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import {
  CompetenceArea,
  CompetenceAreaInput,
  CompetenceCatalogueApi,
} from '../../data/competence-catalogue-api';
import { EDIT_PAGE_KIT } from '../../shared/edit-page';
import { EntityEditor } from '../../shared/entity-editor';
import { orNull } from '../../shared/form-values';
import { CATALOGUE_PATH } from './catalogue-tabs';
import { LocalizedTextFields, localizedTextGroup, toLocalizedTextInput } from './localized-text';

@Component({
  selector: 'app-competence-area-edit',
  imports: [EDIT_PAGE_KIT, LocalizedTextFields],
  template: `
    <app-edit-page
      [editor]="editor"
      [title]="id() ? 'Page:CompetenceAdmin.Areas.Edit' : 'Page:CompetenceAdmin.Areas.New'"
      backLabel="Page:CompetenceAdmin.Areas.BackToList"
    >
      <form [formGroup]="form" (ngSubmit)="editor.save()" novalidate>
        <div class="form-grid">
          <app-text-field
            control="code"
            label="Field:Code"
            hint="Page:CompetenceAdmin.Areas.CodeHint"
            [maxLength]="40"
            [dynamic]="true"
          />
          <app-select-field
            control="categoryId"
            label="Page:CompetenceAdmin.Field.Category"
            [options]="categories.value()"
          />
          <app-select-field
            control="scaleId"
            label="Page:CompetenceAdmin.Field.Scale"
            hint="Page:CompetenceAdmin.Areas.ScaleHint"
            [options]="scales.value()"
            [dynamic]="true"
          />
        </div>

        <app-localized-text-fields [group]="form.controls.name" legend="Field:Name" />
        <app-localized-text-fields
          [group]="form.controls.description"
          legend="Page:CompetenceAdmin.Field.Description"
          [multiline]="true"
        />

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
export class CompetenceAreaEditPage {
  /** Route parameter; absent on the "new" route. */
  readonly id = input<string>();

  private readonly api = inject(CompetenceCatalogueApi);
  private readonly language = inject(LanguageService);

  protected readonly form = new FormGroup({
    code: new FormControl('', { nonNullable: true }),
    categoryId: new FormControl('', { nonNullable: true }),
    scaleId: new FormControl('', { nonNullable: true }),
    name: localizedTextGroup(),
    description: localizedTextGroup(),
  });
  protected readonly editor = new EntityEditor<CompetenceArea, CompetenceAreaInput>({
    api: this.api.areas,
    id: this.id,
    form: this.form,
    managePermission: Permissions.CompetenceManageCatalogue,
    name: (area) => `${area.name} (${area.code})`,
    toInput: () => {
      const value = this.form.getRawValue();
      return {
        code: value.code,
        categoryId: orNull(value.categoryId),
        scaleId: orNull(value.scaleId),
        name: toLocalizedTextInput(value.name),
        description: toLocalizedTextInput(value.description),
      };
    },
    patch: (area) =>
      this.form.reset({
        code: area.code,
        categoryId: area.categoryId,
        scaleId: area.scaleId,
        name: area.names,
        description: area.descriptions,
      }),
    listPath: `${CATALOGUE_PATH}/areas`,
    // For those who may only look.
    details: (area) => {
      const language = this.language.current();
      return [
        { label: 'Field:Code', value: area.code },
        { label: 'Page:CompetenceAdmin.Field.Category', value: area.categoryName },
        { label: 'Page:CompetenceAdmin.Field.Scale', value: area.scaleName },
        { label: 'Field:Name', value: area.names[language] || area.name },
        {
          label: 'Page:CompetenceAdmin.Field.Description',
          value: area.descriptions[language] || area.description,
        },
      ];
    },
  });

  protected readonly categories = resource({
    params: () => this.language.current(),
    loader: () => this.api.allCategories(),
  });
  protected readonly scales = resource({
    params: () => this.language.current(),
    loader: () => this.api.allScales(),
  });
}
