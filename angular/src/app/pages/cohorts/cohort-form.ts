import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  resource,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { Cohort, CohortApi, SaveCohortInput } from '../../data/cohort-api';
import { Lookups } from '../../data/lookups';
import { EditPageHeader } from '../../shared/edit-page';
import { numberOrNull, orNull } from '../../shared/form-values';
import { RadioField } from '../../shared/radio-field';
import { FormSubmission } from '../../shared/form-submission';
import { COHORTS_PATH } from './cohort-format';
import { osloToday } from '../../shared/date-format';
import { FieldError } from '../../shared/field-error';

export type CohortScope = 'national' | 'region';

// Keys are spelled out so the translation-key test can find them.
export const COHORT_SCOPE_LABELS: Record<CohortScope, string> = {
  national: 'Page:Cohorts.National',
  region: 'Page:Cohorts.Regional',
};

export function cohortForm() {
  return new FormGroup({
    programmeVersionId: new FormControl('', { nonNullable: true }),
    name: new FormControl('', { nonNullable: true }),
    scope: new FormControl<CohortScope>('national', { nonNullable: true }),
    regionId: new FormControl('', { nonNullable: true }),
    capacity: new FormControl<number | null>(20),
    requiresApproval: new FormControl(false, { nonNullable: true }),
    enrolmentOpensOn: new FormControl('', { nonNullable: true }),
    enrolmentClosesOn: new FormControl('', { nonNullable: true }),
    startsOn: new FormControl('', { nonNullable: true }),
    endsOn: new FormControl('', { nonNullable: true }),
    facilitatorUserIds: new FormControl<string[]>([], { nonNullable: true }),
  });
}

export type CohortFormValue = ReturnType<ReturnType<typeof cohortForm>['getRawValue']>;

/** The request body: a national cohort has no region; empty dates and choices are null. */
export function toCohortInput(value: CohortFormValue): SaveCohortInput {
  return {
    programmeVersionId: orNull(value.programmeVersionId),
    name: value.name.trim(),
    regionId: value.scope === 'region' ? orNull(value.regionId) : null,
    capacity: numberOrNull(value.capacity),
    requiresApproval: value.requiresApproval,
    enrolmentOpensOn: orNull(value.enrolmentOpensOn),
    enrolmentClosesOn: orNull(value.enrolmentClosesOn),
    startsOn: orNull(value.startsOn),
    endsOn: orNull(value.endsOn),
    facilitatorUserIds: value.facilitatorUserIds,
  };
}

export function cohortFormValue(cohort: Cohort): CohortFormValue {
  return {
    programmeVersionId: cohort.programmeVersionId,
    name: cohort.name,
    scope: cohort.regionId ? 'region' : 'national',
    regionId: cohort.regionId ?? '',
    capacity: cohort.capacity,
    requiresApproval: cohort.requiresApproval,
    enrolmentOpensOn: cohort.enrolmentOpensOn,
    enrolmentClosesOn: cohort.enrolmentClosesOn,
    startsOn: cohort.startsOn,
    endsOn: cohort.endsOn,
    facilitatorUserIds: cohort.facilitators.map((f) => f.userId),
  };
}

const DATE_FIELDS = [
  { name: 'enrolmentOpensOn', label: 'Page:Cohorts.Field.EnrolmentOpensOn' },
  { name: 'enrolmentClosesOn', label: 'Page:Cohorts.Field.EnrolmentClosesOn' },
  { name: 'startsOn', label: 'Page:Cohorts.Field.StartsOn' },
  { name: 'endsOn', label: 'Page:Cohorts.Field.EndsOn' },
] as const;

/** A new cohort, or a cohort's details; the schedule is edited on the cohort's page. */
@Component({
  selector: 'app-cohort-form',
  imports: [
    FieldError,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    EditPageHeader,
    RadioField,
  ],
  template: `
    <app-edit-page-header
      [editor]="editor"
      [title]="id() ? 'Page:Cohorts.Edit' : 'Page:Cohorts.New'"
      backLabel="Page:Cohorts.BackToList"
    />
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <div class="form-grid">
        <mat-form-field>
          <mat-label>{{ 'Page:Cohorts.Field.Version' | translate }}</mat-label>
          <mat-select formControlName="programmeVersionId">
            @for (version of versions.value() ?? []; track version.id) {
              <mat-option [value]="version.id">{{ version.name.text }}</mat-option>
            }
          </mat-select>
          @if (id()) {
            <mat-hint>{{ 'Page:Cohorts.VersionFixed' | translate }}</mat-hint>
          } @else {
            <mat-hint>{{ 'Page:Cohorts.VersionHint' | translate }}</mat-hint>
          }
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'Field:Name' | translate }}</mat-label>
          <input matInput formControlName="name" autocomplete="off" maxlength="200" />
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
      </div>
      <div class="form-grid">
        <app-radio-field
          fieldId="cohort-scope"
          [control]="form.controls.scope"
          [options]="scopes"
          label="Page:Cohorts.Field.Scope"
          [labels]="scopeLabels"
          [error]="
            form.controls.scope.value === 'national'
              ? form.controls.regionId.getError('server')
              : null
          "
          [inline]="true"
        />
        @if (form.controls.scope.value === 'region') {
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
      </div>
      <div class="form-grid">
        <mat-form-field>
          <mat-label>{{ 'Page:Cohorts.Field.Capacity' | translate }}</mat-label>
          <input matInput type="number" min="1" step="1" formControlName="capacity" />
          <mat-hint>{{ 'Page:Cohorts.CapacityHint' | translate }}</mat-hint>
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
        <div class="checkbox">
          <mat-checkbox formControlName="requiresApproval">
            {{ 'Page:Cohorts.Field.RequiresApproval' | translate }}
          </mat-checkbox>
          <p class="hint">{{ 'Page:Cohorts.RequiresApprovalHint' | translate }}</p>
        </div>
      </div>
      <fieldset>
        <legend>{{ 'Page:Cohorts.Dates' | translate }}</legend>
        <div class="form-grid">
          @for (field of dateFields; track field.name) {
            <mat-form-field>
              <mat-label>{{ field.label | translate }}</mat-label>
              <input
                matInput
                type="date"
                [formControlName]="field.name"
                [attr.lang]="language.current()"
                [attr.data-control]="field.name"
              />
              <mat-error *appFieldError="let message">{{ message }}</mat-error>
            </mat-form-field>
          }
        </div>
      </fieldset>
      <div class="form-grid">
        <mat-form-field>
          <mat-label>{{ 'Page:Cohorts.Field.Facilitators' | translate }}</mat-label>
          <mat-select formControlName="facilitatorUserIds" multiple>
            @for (candidate of facilitators.value() ?? []; track candidate.userId) {
              <mat-option [value]="candidate.userId">{{ candidate.name }}</mat-option>
            }
          </mat-select>
          <mat-error *appFieldError="let message">{{ message }}</mat-error>
        </mat-form-field>
      </div>
      <div class="form-actions">
        <button mat-flat-button type="submit" [disabled]="submission.saving()">
          {{ 'Ui:Save' | translate }}
        </button>
        <a mat-button [routerLink]="id() ? [path, id()] : path">{{ 'Ui:Cancel' | translate }}</a>
      </div>
    </form>
  `,
  styles: `
    fieldset {
      border: 0;
      padding: 0;
      margin: 8px 0 0;
    }
    legend {
      font-weight: 600;
      margin-bottom: 12px;
    }
    .checkbox {
      padding-top: 8px;
    }
    .hint {
      margin: 0 0 0 40px;
      font-size: 0.875rem;
      color: var(--ax-text-neutral-subtle);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortFormPage {
  /** Route parameter; absent on the "new" route. */
  readonly id = input<string>();

  private readonly api = inject(CohortApi);
  private readonly lookups = inject(Lookups);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  protected readonly path = COHORTS_PATH;
  protected readonly scopes: CohortScope[] = ['national', 'region'];
  protected readonly scopeLabels = COHORT_SCOPE_LABELS;
  protected readonly dateFields = DATE_FIELDS;
  protected readonly form = cohortForm();
  protected readonly submission = new FormSubmission();
  private readonly entity = signal<Cohort | null>(null);
  private readonly loading = signal(false);

  /** Shaped for the shared page header. */
  protected readonly editor = {
    listPath: COHORTS_PATH,
    entity: this.entity,
    name: computed(() => this.entity()?.name ?? null),
    canManage: computed(() => this.auth.hasPermission(Permissions.CohortsManage)),
    loading: this.loading,
    saving: this.submission.saving,
    error: this.submission.error,
    conflict: this.submission.conflict,
    reload: () => this.load(),
    remove: () => Promise.resolve(),
  };

  protected readonly versions = resource({
    params: () => this.language.current(),
    loader: () => this.api.publishedVersions(),
  });
  protected readonly regions = resource({ loader: () => this.lookups.regions() });
  protected readonly facilitators = resource({ loader: () => this.api.facilitatorCandidates() });

  constructor() {
    const today = osloToday();
    this.form.controls.enrolmentOpensOn.setValue(today);
    effect(() => {
      if (this.id()) untracked(() => void this.load());
    });
    // One published version is the usual case: choose it for the admin.
    effect(() => {
      const versions = this.versions.value() ?? [];
      const control = this.form.controls.programmeVersionId;
      if (!this.id() && versions.length === 1 && !control.value) control.setValue(versions[0].id);
    });
  }

  private async load(): Promise<void> {
    const id = this.id();
    if (!id) return;
    this.loading.set(true);
    this.submission.clear();
    try {
      this.show(await this.api.get(id));
    } catch (error) {
      this.submission.fail(error);
    } finally {
      this.loading.set(false);
    }
  }

  private show(cohort: Cohort): void {
    this.entity.set(cohort);
    this.form.setValue(cohortFormValue(cohort));
    this.form.controls.programmeVersionId.disable();
    this.form.markAsPristine();
  }

  protected async save(): Promise<void> {
    const existing = this.entity();
    const input = toCohortInput(this.form.getRawValue());
    const saved = await this.submission.run(this.form, () =>
      existing
        ? this.api.update(existing.id, { ...input, concurrencyStamp: existing.concurrencyStamp })
        : this.api.create(input),
    );
    if (!saved) return;
    this.snackBar.open(this.translate.instant('Ui:Saved') as string, undefined, {
      duration: 4000,
    });
    await this.router.navigate([COHORTS_PATH, saved.id], { replaceUrl: !existing });
  }
}
