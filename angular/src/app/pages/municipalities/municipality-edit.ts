import { ChangeDetectionStrategy, Component, inject, input, resource } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import { Permissions } from '../../core/permissions';
import { Lookups } from '../../data/lookups';
import { Municipality, MunicipalityInput } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { EDIT_PAGE_KIT } from '../../shared/edit-page';
import { EntityEditor } from '../../shared/entity-editor';
import { orNull } from '../../shared/form-values';

@Component({
  selector: 'app-municipality-edit',
  imports: [EDIT_PAGE_KIT],
  template: `
    <app-edit-page
      [editor]="editor"
      [title]="id() ? 'Page:Municipalities.Edit' : 'Page:Municipalities.New'"
      backLabel="Page:Municipalities.BackToList"
    >
      <form [formGroup]="form" (ngSubmit)="editor.save()" novalidate>
        <div class="form-grid">
          <app-text-field control="name" label="Field:Name" />
          <app-text-field
            control="number"
            label="Field:Number"
            hint="Field:NumberHint"
            inputMode="numeric"
            [maxLength]="4"
          />
          <app-select-field control="regionId" label="Field:Region" [options]="regions.value()" />
        </div>
        <app-edit-page-actions [editor]="editor" />
      </form>
    </app-edit-page>
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
    // For those who may only look.
    details: (municipality) => [
      { label: 'Field:Name', value: municipality.name },
      { label: 'Field:Number', value: municipality.number },
      { label: 'Field:Region', value: municipality.regionName },
    ],
  });
  protected readonly regions = resource({ loader: () => this.lookups.regions() });
}
