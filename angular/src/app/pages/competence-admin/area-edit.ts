import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import {
  CompetenceArea,
  CompetenceAreaInput,
  CompetenceCatalogueApi,
} from '../../data/competence-catalogue-api';
import { EditPageActions, EditPageHeader } from '../../shared/edit-page';
import { EntityEditor } from '../../shared/entity-editor';
import { Detail, ReadOnlyDetails } from '../../shared/read-only-details';
import { orNull } from '../../shared/form-values';
import { CATALOGUE_PATH } from './catalogue-tabs';
import { LocalizedTextFields, localizedTextGroup, toLocalizedTextInput } from './localized-text';
import { FieldError } from '../../shared/field-error';

@Component({
  selector: 'app-competence-area-edit',
  imports: [FieldError, 
    ReactiveFormsModule,
    TranslatePipe,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    EditPageHeader,
    EditPageActions,
    ReadOnlyDetails,
    LocalizedTextFields,
  ],
  template: `
    <app-edit-page-header
      [editor]="editor"
      [title]="id() ? 'Page:CompetenceAdmin.Areas.Edit' : 'Page:CompetenceAdmin.Areas.New'"
      backLabel="Page:CompetenceAdmin.Areas.BackToList"
    />
    @if (editor.canManage()) {
      <form [formGroup]="form" (ngSubmit)="editor.save()" novalidate>
        <div class="form-grid">
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'Field:Code' | translate }}</mat-label>
            <input matInput formControlName="code" autocomplete="off" maxlength="40" />
            <mat-hint>{{ 'Page:CompetenceAdmin.Areas.CodeHint' | translate }}</mat-hint>
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'Page:CompetenceAdmin.Field.Category' | translate }}</mat-label>
            <mat-select formControlName="categoryId">
              @for (category of categories.value() ?? []; track category.id) {
                <mat-option [value]="category.id">{{ category.name }}</mat-option>
              }
            </mat-select>
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
          </mat-form-field>
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'Page:CompetenceAdmin.Field.Scale' | translate }}</mat-label>
            <mat-select formControlName="scaleId">
              @for (scale of scales.value() ?? []; track scale.id) {
                <mat-option [value]="scale.id">{{ scale.name }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{ 'Page:CompetenceAdmin.Areas.ScaleHint' | translate }}</mat-hint>
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
          </mat-form-field>
        </div>

        <app-localized-text-fields [group]="form.controls.name" legend="Field:Name" />
        <app-localized-text-fields
          [group]="form.controls.description"
          legend="Page:CompetenceAdmin.Field.Description"
          [multiline]="true"
        />

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
  });

  protected readonly categories = resource({
    params: () => this.language.current(),
    loader: () => this.api.allCategories(),
  });
  protected readonly scales = resource({
    params: () => this.language.current(),
    loader: () => this.api.allScales(),
  });

  /** For those who may only look. */
  protected readonly details = computed<Detail[]>(() => {
    const area = this.editor.entity();
    if (!area) return [];
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
  });
}
