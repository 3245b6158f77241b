import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import { Permissions } from '../../core/permissions';
import { Region, RegionInput } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { EDIT_PAGE_KIT } from '../../shared/edit-page';
import { EntityEditor } from '../../shared/entity-editor';

@Component({
  selector: 'app-region-edit',
  imports: [EDIT_PAGE_KIT],
  template: `
    <app-edit-page
      [editor]="editor"
      [title]="id() ? 'Page:Regions.Edit' : 'Page:Regions.New'"
      backLabel="Page:Regions.BackToList"
    >
      <form [formGroup]="form" (ngSubmit)="editor.save()" novalidate>
        <div class="form-grid">
          <app-text-field control="name" label="Field:Name" />
          <app-text-field control="code" label="Field:Code" />
        </div>
        <app-edit-page-actions [editor]="editor" />
      </form>
    </app-edit-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionEditPage {
  /** Route parameter; absent on the "new" route. */
  readonly id = input<string>();

  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    code: new FormControl('', { nonNullable: true }),
  });
  protected readonly editor = new EntityEditor<Region, RegionInput>({
    api: inject(OrganisationApi).regions,
    id: this.id,
    form: this.form,
    managePermission: Permissions.OrganisationManage,
    name: (region) => region.name,
    toInput: () => this.form.getRawValue(),
    patch: (region) => this.form.reset({ name: region.name, code: region.code }),
    listPath: '/regions',
    // For those who may only look.
    details: (region) => [
      { label: 'Field:Name', value: region.name },
      { label: 'Field:Code', value: region.code },
    ],
  });
}
