import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { Permissions } from '../../core/permissions';
import { Lookups, Option } from '../../data/lookups';
import { LEADERSHIP_MODELS, LeadershipModel, Office, OfficeInput } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { EDIT_PAGE_KIT } from '../../shared/edit-page';
import { EntityEditor } from '../../shared/entity-editor';
import { orNull } from '../../shared/form-values';
import { enumKey, enumLabels } from '../../shared/enum-labels';
import { RadioField } from '../../shared/radio-field';

@Component({
  selector: 'app-office-edit',
  imports: [EDIT_PAGE_KIT, TranslatePipe, RadioField],
  template: `
    <app-edit-page
      [editor]="editor"
      [title]="id() ? 'Page:Offices.Edit' : 'Page:Offices.New'"
      backLabel="Page:Offices.BackToList"
    >
      <form [formGroup]="form" (ngSubmit)="editor.save()" novalidate>
        <div class="form-grid">
          <app-text-field control="name" label="Field:Name" />
          <app-select-field
            control="regionId"
            label="Field:Region"
            [options]="regions.value()"
            (changed)="form.controls.municipalityIds.setValue([])"
          />
          <app-text-field
            control="size"
            label="Field:Size"
            hint="Field:SizeHint"
            type="number"
            [min]="0"
            [step]="1"
          />
        </div>

        <h2>{{ 'Page:Offices.Partnership' | translate }}</h2>
        <p>{{ 'Page:Offices.PartnershipIntro' | translate }}</p>
        <div class="form-grid">
          <app-radio-field
            fieldId="leadership-model"
            [control]="form.controls.leadershipModel"
            [options]="leadershipModels"
            label="Field:LeadershipModel"
            [labels]="leadershipModelLabels"
            [error]="form.controls.leadershipModel.getError('server')"
          />
          <app-select-field
            control="municipalityIds"
            label="Field:Municipalities"
            hint="Field:MunicipalitiesHint"
            [options]="municipalityOptions()"
            [multiple]="true"
          />
        </div>

        <app-edit-page-actions [editor]="editor" />
      </form>
    </app-edit-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfficeEditPage {
  /** Route parameter; absent on the "new" route. */
  readonly id = input<string>();

  private readonly lookups = inject(Lookups);

  protected readonly leadershipModels = LEADERSHIP_MODELS;
  protected readonly leadershipModelLabels = enumLabels('LeadershipModel', LEADERSHIP_MODELS);
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    regionId: new FormControl('', { nonNullable: true }),
    leadershipModel: new FormControl<LeadershipModel>('SingleLeader', { nonNullable: true }),
    size: new FormControl<number | null>(null),
    municipalityIds: new FormControl<string[]>([], { nonNullable: true }),
  });
  protected readonly editor = new EntityEditor<Office, OfficeInput>({
    api: inject(OrganisationApi).offices,
    id: this.id,
    form: this.form,
    managePermission: Permissions.OrganisationManage,
    name: (office) => office.name,
    toInput: () => {
      const value = this.form.getRawValue();
      return { ...value, regionId: orNull(value.regionId) };
    },
    patch: (office) =>
      this.form.reset({
        name: office.name,
        regionId: office.regionId,
        leadershipModel: office.leadershipModel,
        size: office.size,
        municipalityIds: office.municipalityIds ?? office.municipalities.map((m) => m.id),
      }),
    listPath: '/offices',
    // For those who may only look.
    details: (office) => [
      { label: 'Field:Name', value: office.name },
      { label: 'Field:Region', value: office.regionName },
      { label: 'Field:Size', value: office.size },
      {
        label: 'Field:LeadershipModel',
        value: enumKey('LeadershipModel', office.leadershipModel),
        translate: true,
      },
      { label: 'Field:Municipalities', value: office.municipalities.map((m) => m.name) },
    ],
  });

  protected readonly regions = resource({ loader: () => this.lookups.regions() });
  private readonly regionId = toSignal(this.form.controls.regionId.valueChanges, {
    initialValue: '',
  });
  private readonly regionMunicipalities = resource({
    params: () => this.regionId() || undefined,
    loader: ({ params }) => this.lookups.municipalities(params),
  });
  /** The region's municipalities, plus any already served that the list does not contain. */
  protected readonly municipalityOptions = computed<Option[]>(() => {
    const options = this.regionMunicipalities.hasValue() ? this.regionMunicipalities.value() : [];
    const served = this.editor.entity()?.municipalities ?? [];
    const missing = served.filter((m) => !options.some((o) => o.id === m.id));
    return [...options, ...missing];
  });
}
