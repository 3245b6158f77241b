import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { Permissions } from '../../core/permissions';
import { Lookups, Option } from '../../data/lookups';
import { LEADERSHIP_MODELS, LeadershipModel, Office, OfficeInput } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { EditPageActions, EditPageHeader } from '../../shared/edit-page';
import { EntityEditor } from '../../shared/entity-editor';
import { Detail, ReadOnlyDetails } from '../../shared/read-only-details';
import { orNull } from '../../shared/form-values';
import { LEADERSHIP_MODEL_LABELS } from '../../shared/enum-labels';
import { RadioField } from '../../shared/radio-field';
import { FieldError } from '../../shared/field-error';

@Component({
  selector: 'app-office-edit',
  imports: [FieldError, 
    ReactiveFormsModule,
    TranslatePipe,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    RadioField,
    EditPageHeader,
    EditPageActions,
    ReadOnlyDetails,
  ],
  template: `
    <app-edit-page-header
      [editor]="editor"
      [title]="id() ? 'Page:Offices.Edit' : 'Page:Offices.New'"
      backLabel="Page:Offices.BackToList"
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
            <mat-label>{{ 'Field:Region' | translate }}</mat-label>
            <mat-select
              formControlName="regionId"
              (selectionChange)="form.controls.municipalityIds.setValue([])"
            >
              @for (region of regions.value() ?? []; track region.id) {
                <mat-option [value]="region.id">{{ region.name }}</mat-option>
              }
            </mat-select>
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'Field:Size' | translate }}</mat-label>
            <input matInput type="number" min="0" step="1" formControlName="size" />
            <mat-hint>{{ 'Field:SizeHint' | translate }}</mat-hint>
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
          </mat-form-field>
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
          <mat-form-field>
            <mat-label>{{ 'Field:Municipalities' | translate }}</mat-label>
            <mat-select formControlName="municipalityIds" multiple>
              @for (municipality of municipalityOptions(); track municipality.id) {
                <mat-option [value]="municipality.id">{{ municipality.name }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{ 'Field:MunicipalitiesHint' | translate }}</mat-hint>
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
export class OfficeEditPage {
  /** Route parameter; absent on the "new" route. */
  readonly id = input<string>();

  private readonly lookups = inject(Lookups);

  protected readonly leadershipModels = LEADERSHIP_MODELS;
  protected readonly leadershipModelLabels = LEADERSHIP_MODEL_LABELS;
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

  /** For those who may only look. */
  protected readonly details = computed<Detail[]>(() => {
    const office = this.editor.entity();
    if (!office) return [];
    return [
      { label: 'Field:Name', value: office.name },
      { label: 'Field:Region', value: office.regionName },
      { label: 'Field:Size', value: office.size },
      {
        label: 'Field:LeadershipModel',
        value: LEADERSHIP_MODEL_LABELS[office.leadershipModel],
        translate: true,
      },
      { label: 'Field:Municipalities', value: office.municipalities.map((m) => m.name) },
    ];
  });
}
