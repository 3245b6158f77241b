import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { Permissions } from '../../core/permissions';
import { Region, RegionInput } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { EditPageActions, EditPageHeader } from '../../shared/edit-page';
import { EntityEditor } from '../../shared/entity-editor';
import { Detail, ReadOnlyDetails } from '../../shared/read-only-details';
import { FieldError } from '../../shared/field-error';

@Component({
  selector: 'app-region-edit',
  imports: [FieldError, 
    ReactiveFormsModule,
    TranslatePipe,
    MatFormFieldModule,
    MatInputModule,
    EditPageHeader,
    EditPageActions,
    ReadOnlyDetails,
  ],
  template: `
    <app-edit-page-header
      [editor]="editor"
      [title]="id() ? 'Page:Regions.Edit' : 'Page:Regions.New'"
      backLabel="Page:Regions.BackToList"
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
            <mat-label>{{ 'Field:Code' | translate }}</mat-label>
            <input matInput formControlName="code" autocomplete="off" />
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
  });

  /** For those who may only look. */
  protected readonly details = computed<Detail[]>(() => {
    const region = this.editor.entity();
    if (!region) return [];
    return [
      { label: 'Field:Name', value: region.name },
      { label: 'Field:Code', value: region.code },
    ];
  });
}
