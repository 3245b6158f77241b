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
import { Permissions } from '../../core/permissions';
import { Lookups } from '../../data/lookups';
import { Municipality, MunicipalityInput } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { EditPageActions, EditPageHeader } from '../../shared/edit-page';
import { EntityEditor } from '../../shared/entity-editor';
import { Detail, ReadOnlyDetails } from '../../shared/read-only-details';
import { orNull } from '../../shared/form-values';
import { FieldError } from '../../shared/field-error';

@Component({
  selector: 'app-municipality-edit',
  imports: [FieldError, 
    ReactiveFormsModule,
    TranslatePipe,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    EditPageHeader,
    EditPageActions,
    ReadOnlyDetails,
  ],
  template: `
    <app-edit-page-header
      [editor]="editor"
      [title]="id() ? 'Page:Municipalities.Edit' : 'Page:Municipalities.New'"
      backLabel="Page:Municipalities.BackToList"
    />
    @if (editor.canManage()) {
      <form [formGroup]="form" (ngSubmit)="editor.save()" novalidate>
        <div class="form-grid">
          <mat-form-field>
            <mat-label>{{ 'Field:Name' | translate }}</mat-label>
            <input matInput formControlName="name" autocomplete="off" />
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'Field:Number' | translate }}</mat-label>
            <input
              matInput
              formControlName="number"
              inputmode="numeric"
              maxlength="4"
              autocomplete="off"
            />
            <mat-hint>{{ 'Field:NumberHint' | translate }}</mat-hint>
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'Field:Region' | translate }}</mat-label>
            <mat-select formControlName="regionId">
              @for (region of regions.value() ?? []; track region.id) {
                <mat-option [value]="region.id">{{ region.name }}</mat-option>
              }
            </mat-select>
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
          </mat-form-field>
        </div>
        <app-edit-page-actions [editor]="editor" />
      </form>
    } @else if (editor.entity()) {
      <app-read-only-details [details]="details()" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MunicipalityEditPage {
  /** Route parameter; absent on the "new" route. */
  readonly id = input<string>();

  private readonly lookups = inject(Lookups);
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    number: new FormControl('', { nonNullable: true }),
    regionId: new FormControl('', { nonNullable: true }),
  });
  protected readonly editor = new EntityEditor<Municipality, MunicipalityInput>({
    api: inject(OrganisationApi).municipalities,
    id: this.id,
    form: this.form,
    managePermission: Permissions.OrganisationManage,
    name: (m) => m.name,
    toInput: () => {
      const value = this.form.getRawValue();
      return { ...value, regionId: orNull(value.regionId) };
    },
    patch: (m) => this.form.reset({ name: m.name, number: m.number, regionId: m.regionId }),
    listPath: '/municipalities',
  });
  protected readonly regions = resource({ loader: () => this.lookups.regions() });

  /** For those who may only look. */
  protected readonly details = computed<Detail[]>(() => {
    const municipality = this.editor.entity();
    if (!municipality) return [];
    return [
      { label: 'Field:Name', value: municipality.name },
      { label: 'Field:Number', value: municipality.number },
      { label: 'Field:Region', value: municipality.regionName },
    ];
  });
}
