import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import { CompetenceCatalogueApi, ScaleLevel } from '../../data/competence-catalogue-api';
import { Lookups } from '../../data/lookups';
import { EditPageActions, EditPageHeader } from '../../shared/edit-page';
import { RadioField } from '../../shared/radio-field';
import { RequirementEditor } from './requirement-editor';
import {
  REQUIREMENT_SCOPES,
  RequirementDateField,
  RequirementScope,
  RequirementTermsFields,
  REQUIREMENTS_PATH,
  SCOPE_LABELS,
  termsControls,
  toCreateRequirementInput,
  todayIso,
} from './requirement-form';
import { FieldError } from '../../shared/field-error';

@Component({
  selector: 'app-competence-requirement-new',
  imports: [
    FieldError,
    ReactiveFormsModule,
    TranslatePipe,
    MatFormFieldModule,
    MatInputModule,
    RadioField,
    MatSelectModule,
    EditPageHeader,
    EditPageActions,
    RequirementTermsFields,
    RequirementDateField,
  ],
  template: `
    <app-edit-page-header
      [editor]="editor"
      title="Page:CompetenceAdmin.Requirements.New"
      backLabel="Page:CompetenceAdmin.Requirements.BackToList"
    />
    <p class="intro">{{ 'Page:CompetenceAdmin.Requirements.NewIntro' | translate }}</p>
    <form id="new-requirement" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <div class="form-grid">
        <mat-form-field>
          <mat-label>{{ 'Field:JobRole' | translate }}</mat-label>
          <mat-select formControlName="jobRoleId">
            @for (role of jobRoles.value() ?? []; track role.id) {
              <mat-option [value]="role.id">{{ role.name }}</mat-option>
            }
          </mat-select>
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'Page:CompetenceAdmin.Field.Competence' | translate }}</mat-label>
          <mat-select formControlName="competenceAreaId">
            @for (area of areaOptions(); track area.id) {
              <mat-option [value]="area.id">{{ area.name }}</mat-option>
            }
          </mat-select>
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
      </div>

      <div class="form-grid">
        <app-radio-field
          fieldId="scope"
          [control]="form.controls.scope"
          [options]="scopes"
          label="Page:CompetenceAdmin.Field.Scope"
          [labels]="scopeLabels"
          [error]="scopeError()"
        />
        @if (scope() === 'region') {
          <mat-form-field>
            <mat-label>{{ 'Field:Region' | translate }}</mat-label>
            <mat-select formControlName="regionId">
              @for (region of regions.value() ?? []; track region.id) {
                <mat-option [value]="region.id">{{ region.name }}</mat-option>
              }
            </mat-select>
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
          </mat-form-field>
        }
        @if (scope() === 'office') {
          <mat-form-field>
            <mat-label>{{ 'Field:Office' | translate }}</mat-label>
            <mat-select formControlName="officeId">
              @for (office of offices.value() ?? []; track office.id) {
                <mat-option [value]="office.id">{{ office.name }}</mat-option>
              }
            </mat-select>
            <mat-error *appFieldError="let message">{{ message }}</mat-error>
          </mat-form-field>
        }
      </div>

      <app-requirement-terms-fields [controls]="form.controls" [levels]="levels()" />

      <app-requirement-date-field
        [control]="form.controls.validFrom"
        label="Page:CompetenceAdmin.Field.ValidFrom"
        hint="Page:CompetenceAdmin.Requirements.ValidFromHint"
      />

      <app-edit-page-actions [editor]="editor" />
    </form>
  `,
  styles: `
    .intro {
      max-width: 70ch;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompetenceRequirementNewPage {
  private readonly api = inject(CompetenceCatalogueApi);
  private readonly lookups = inject(Lookups);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  protected readonly scopes = REQUIREMENT_SCOPES;
  protected readonly scopeLabels = SCOPE_LABELS;
  protected readonly form = new FormGroup({
    jobRoleId: new FormControl('', { nonNullable: true }),
    competenceAreaId: new FormControl('', { nonNullable: true }),
    scope: new FormControl<RequirementScope>('national', { nonNullable: true }),
    regionId: new FormControl('', { nonNullable: true }),
    officeId: new FormControl('', { nonNullable: true }),
    validFrom: new FormControl(todayIso(), { nonNullable: true }),
    ...termsControls(),
  });
  protected readonly editor = new RequirementEditor();

  protected readonly scope = toSignal(this.form.controls.scope.valueChanges, {
    initialValue: this.form.controls.scope.value,
  });
  private readonly areaId = toSignal(this.form.controls.competenceAreaId.valueChanges, {
    initialValue: '',
  });

  protected readonly jobRoles = resource({
    params: () => this.language.current(),
    loader: () => this.lookups.jobRoles(),
  });
  protected readonly regions = resource({ loader: () => this.lookups.regions() });
  protected readonly offices = resource({ loader: () => this.lookups.offices() });
  private readonly catalogue = resource({
    params: () => this.language.current(),
    loader: async () => {
      const [areas, scales] = await Promise.all([this.api.allAreas(), this.api.allScales()]);
      return { areas, scales };
    },
  });
  protected readonly areaOptions = computed(() =>
    (this.catalogue.value()?.areas ?? [])
      .map((area) => ({ id: area.id, name: `${area.name} (${area.code})` }))
      .sort((a, b) => a.name.localeCompare(b.name, this.language.current())),
  );
  /** The chosen competence's scale, to explain what the level numbers mean. */
  protected readonly levels = computed<ScaleLevel[]>(() => {
    const catalogue = this.catalogue.value();
    const area = catalogue?.areas.find((a) => a.id === this.areaId());
    return catalogue?.scales.find((s) => s.id === area?.scaleId)?.levels ?? [];
  });

  /** A region or office error while that field is hidden belongs to the scope choice. */
  protected scopeError(): string | null {
    const scope = this.scope();
    const { regionId, officeId } = this.form.controls;
    return (
      (scope !== 'region' ? regionId.getError('server') : null) ??
      (scope !== 'office' ? officeId.getError('server') : null)
    );
  }

  protected async save(): Promise<void> {
    const saved = await this.editor.submission.run(this.form, () =>
      this.api.requirements.create(toCreateRequirementInput(this.form.getRawValue())),
    );
    if (!saved) return;
    this.snackBar.open(this.translate.instant('Ui:Saved') as string, undefined, {
      duration: 4000,
    });
    await this.router.navigate([REQUIREMENTS_PATH, saved.id], { replaceUrl: true });
  }
}
