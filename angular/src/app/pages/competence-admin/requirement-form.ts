import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import {
  ChangeRequirementInput,
  CompetenceRequirement,
  CreateRequirementInput,
  RequirementVersion,
  ScaleLevel,
} from '../../data/competence-catalogue-api';
import { numberOrNull, orNull } from '../../shared/form-values';
import { RadioField } from '../../shared/radio-field';
import { FieldError } from '../../shared/field-error';

export const REQUIREMENTS_PATH = '/competence/admin/requirements';

/** Where a requirement applies: the whole country, one region's offices, or one office. */
export type RequirementScope = 'national' | 'region' | 'office';
export const REQUIREMENT_SCOPES: RequirementScope[] = ['national', 'region', 'office'];

// Keys are spelled out so the translation-key test can find them.
export const SCOPE_LABELS: Record<RequirementScope, string> = {
  national: 'Page:CompetenceAdmin.Requirements.Scope.National',
  region: 'Page:CompetenceAdmin.Requirements.Scope.Region',
  office: 'Page:CompetenceAdmin.Requirements.Scope.Office',
};

export const MANDATORY_LABELS = {
  true: 'Page:CompetenceAdmin.Requirements.Mandatory',
  false: 'Page:CompetenceAdmin.Requirements.Recommended',
} as const;

/** The terms a version sets; the same fields on "new requirement" and "new version". */
export interface TermsControls {
  minimumLevel: FormControl<number | null>;
  deadlineMonths: FormControl<number | null>;
  renewalMonths: FormControl<number | null>;
  isMandatory: FormControl<boolean>;
}

export interface TermsValue {
  minimumLevel: number | null;
  deadlineMonths: number | null;
  renewalMonths: number | null;
  isMandatory: boolean;
}

export function termsControls(terms?: Partial<TermsValue>): TermsControls {
  return {
    minimumLevel: new FormControl<number | null>(terms?.minimumLevel ?? null),
    deadlineMonths: new FormControl<number | null>(terms?.deadlineMonths ?? null),
    renewalMonths: new FormControl<number | null>(terms?.renewalMonths ?? null),
    isMandatory: new FormControl(terms?.isMandatory ?? true, { nonNullable: true }),
  };
}

export function toTermsInput(value: TermsValue): TermsValue {
  return {
    minimumLevel: numberOrNull(value.minimumLevel),
    deadlineMonths: numberOrNull(value.deadlineMonths),
    renewalMonths: numberOrNull(value.renewalMonths),
    isMandatory: value.isMandatory,
  };
}

export interface CreateRequirementValue extends TermsValue {
  jobRoleId: string;
  competenceAreaId: string;
  scope: RequirementScope;
  regionId: string;
  officeId: string;
  validFrom: string;
}

/** Only the chosen scope's id is sent: a national requirement has neither region nor office. */
export function toCreateRequirementInput(value: CreateRequirementValue): CreateRequirementInput {
  return {
    jobRoleId: orNull(value.jobRoleId),
    competenceAreaId: orNull(value.competenceAreaId),
    regionId: value.scope === 'region' ? orNull(value.regionId) : null,
    officeId: value.scope === 'office' ? orNull(value.officeId) : null,
    validFrom: orNull(value.validFrom),
    ...toTermsInput(value),
  };
}

export interface ChangeRequirementValue extends TermsValue {
  validFrom: string;
}

export function toChangeRequirementInput(
  value: ChangeRequirementValue,
  concurrencyStamp: string,
): ChangeRequirementInput {
  return { validFrom: orNull(value.validFrom), ...toTermsInput(value), concurrencyStamp };
}

/** The version whose terms a new version starts from: the one that starts last. */
export function latestVersion(requirement: CompetenceRequirement): RequirementVersion | null {
  return requirement.versions.reduce<RequirementVersion | null>(
    (latest, v) => (!latest || v.validFrom > latest.validFrom ? v : latest),
    null,
  );
}

export function termsOf(version: RequirementVersion | null): TermsValue {
  return {
    minimumLevel: version?.minimumLevel ?? null,
    deadlineMonths: version?.deadlineMonths ?? null,
    renewalMonths: version?.renewalMonths ?? null,
    isMandatory: version?.isMandatory ?? true,
  };
}

export function scopeOf(
  requirement: Pick<CompetenceRequirement, 'regionId' | 'officeId'>,
): RequirementScope {
  if (requirement.officeId) return 'office';
  if (requirement.regionId) return 'region';
  return 'national';
}

/** The local calendar day as the API's dates are written (yyyy-MM-dd). */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function todayIso(): string {
  return isoDate(new Date());
}

/** `validTo` is the first day a version no longer applies; people read the last day it does. */
export function lastDayBefore(validTo: string | null): string | null {
  if (!validTo) return null;
  const [year, month, day] = validTo.split('-').map(Number);
  return isoDate(new Date(year, month - 1, day - 1));
}

export type RequirementState =
  | { kind: 'active' }
  | { kind: 'ending'; date: string }
  | { kind: 'ended'; date: string }
  | { kind: 'upcoming'; date: string };

export type RequirementStateKind = RequirementState['kind'];

// Keys are spelled out so the translation-key test can find them.
export const STATE_LABELS: Record<RequirementStateKind, string> = {
  active: 'Page:CompetenceAdmin.Requirements.State.Active',
  ending: 'Page:CompetenceAdmin.Requirements.State.Ending',
  ended: 'Page:CompetenceAdmin.Requirements.State.Ended',
  upcoming: 'Page:CompetenceAdmin.Requirements.State.Upcoming',
};

/** In force now, ending on a set day, retired, or not yet started. */
export function requirementState(
  requirement: CompetenceRequirement,
  today = todayIso(),
): RequirementState {
  const latest = latestVersion(requirement);
  if (requirement.current) {
    return latest?.validTo ? { kind: 'ending', date: latest.validTo } : { kind: 'active' };
  }
  const first = requirement.versions.reduce<string | null>(
    (min, v) => (!min || v.validFrom < min ? v.validFrom : min),
    null,
  );
  if (first && first > today) return { kind: 'upcoming', date: first };
  return { kind: 'ended', date: latest?.validTo ?? today };
}

/**
 * Minimum level, deadline, renewal and mandatory/recommended, bound to the page's own controls
 * (so server errors such as `minimumLevel` land on them). `levels` explains the level numbers.
 */
@Component({
  selector: 'app-requirement-terms-fields',
  imports: [
    FieldError,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    RadioField,
    TranslatePipe,
  ],
  template: `
    <div class="form-grid">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'Page:CompetenceAdmin.Field.MinimumLevel' | translate }}</mat-label>
        <input
          matInput
          type="number"
          step="1"
          min="1"
          [attr.max]="levels().length || null"
          [formControl]="controls().minimumLevel"
          data-control="minimumLevel"
        />
        <mat-hint>
          @if (levelHint(); as hint) {
            {{ hint }}
          } @else {
            {{ 'Page:CompetenceAdmin.Requirements.ChooseCompetenceForLevels' | translate }}
          }
        </mat-hint>
        <mat-error *appFieldError="let message">{{ message }}</mat-error>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'Page:CompetenceAdmin.Field.DeadlineMonths' | translate }}</mat-label>
        <input
          matInput
          type="number"
          step="1"
          min="0"
          max="240"
          [formControl]="controls().deadlineMonths"
          data-control="deadlineMonths"
        />
        <mat-hint>{{ 'Page:CompetenceAdmin.Requirements.DeadlineHint' | translate }}</mat-hint>
        <mat-error *appFieldError="let message">{{ message }}</mat-error>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'Page:CompetenceAdmin.Field.RenewalMonths' | translate }}</mat-label>
        <input
          matInput
          type="number"
          step="1"
          min="1"
          max="240"
          [formControl]="controls().renewalMonths"
          data-control="renewalMonths"
        />
        <mat-hint>{{ 'Page:CompetenceAdmin.Requirements.RenewalHint' | translate }}</mat-hint>
        <mat-error *appFieldError="let message">{{ message }}</mat-error>
      </mat-form-field>
      <app-radio-field
        [fieldId]="idPrefix() + '-mandatory'"
        [control]="controls().isMandatory"
        [options]="mandatoryOptions"
        label="Page:CompetenceAdmin.Field.Kind"
        [labels]="mandatoryLabels"
        [error]="controls().isMandatory.getError('server')"
        [inline]="true"
      />
    </div>
  `,
  styles: `
    mat-form-field[subscriptSizing='dynamic'] {
      margin-bottom: 12px;
    }
  `,
  host: { style: 'display: block' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequirementTermsFields {
  readonly controls = input.required<TermsControls>();
  /** The levels of the competence's scale, lowest first; empty until a competence is chosen. */
  readonly levels = input<readonly ScaleLevel[]>([]);
  /** Makes the ids inside unique when a page holds two of these. */
  readonly idPrefix = input('terms');

  protected readonly mandatoryLabels = MANDATORY_LABELS;
  protected readonly mandatoryOptions = [true, false];
  /** "1 Kjennskap · 2 Kunnskap · 3 Ferdighet · 4 Ekspert" */
  protected readonly levelHint = computed(() =>
    this.levels()
      .map((level) => `${level.level} ${level.name}`)
      .join(' · '),
  );
}

/**
 * A requirement's start (or end) date, alone on its row: a date input in the reader's language,
 * with its hint and the server's error. `name` marks the input (`data-control`) for tests.
 */
@Component({
  selector: 'app-requirement-date-field',
  imports: [FieldError, ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <div class="form-grid">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ label() | translate }}</mat-label>
        <input
          matInput
          type="date"
          [formControl]="control()"
          [attr.data-control]="name()"
          [attr.min]="min()"
          [attr.lang]="language.current()"
        />
        <mat-hint>{{ hint() | translate }}</mat-hint>
        <mat-error *appFieldError="let message">{{ message }}</mat-error>
      </mat-form-field>
    </div>
  `,
  styles: `
    mat-form-field[subscriptSizing='dynamic'] {
      margin-bottom: 12px;
    }
  `,
  host: { style: 'display: block' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequirementDateField {
  readonly control = input.required<FormControl<string>>();
  readonly name = input('validFrom');
  /** Translation keys. */
  readonly label = input.required<string>();
  readonly hint = input.required<string>();
  /** The earliest date the input offers; none by default. */
  readonly min = input<string | null>(null);

  protected readonly language = inject(LanguageService);
}
