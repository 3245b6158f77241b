import { FormArray, FormControl, FormGroup } from '@angular/forms';
import type {
  ParticipationGrant,
  SupervisionSettings,
  SupervisionSettingsInput,
} from '../../data/peer-supervisor-api';
import { numberOrNull, orNull } from '../../shared/form-values';
import { FormRows } from '../../shared/rows-editor';

const number = (value: number | null = null) => new FormControl<number | string | null>(value);

export function grantGroup(grant?: Partial<ParticipationGrant>) {
  return new FormGroup({
    competenceAreaId: new FormControl(grant?.competenceAreaId ?? '', { nonNullable: true }),
    level: number(grant?.level ?? null),
    validMonths: number(grant?.validMonths ?? null),
  });
}

export type GrantGroup = ReturnType<typeof grantGroup>;

/**
 * The supervision settings: control names follow the API's field names, so that an error such as
 * `participationGrants[0].level` lands on its own field.
 */
export class SettingsForm {
  readonly form = new FormGroup({
    supervisorAreaId: new FormControl('', { nonNullable: true }),
    supervisorMinimumLevel: number(),
    participationGrants: new FormArray<GrantGroup>([]),
    meetingsForEvidence: number(),
    evidencePeriodMonths: number(),
  });
  readonly grants = new FormRows(this.form.controls.participationGrants, () => grantGroup());

  patch(settings: SupervisionSettings): void {
    this.form.patchValue({
      supervisorAreaId: settings.supervisorAreaId ?? '',
      supervisorMinimumLevel: settings.supervisorMinimumLevel,
      meetingsForEvidence: settings.meetingsForEvidence,
      evidencePeriodMonths: settings.evidencePeriodMonths,
    });
    this.grants.reset(settings.participationGrants.map((g) => grantGroup(g)));
    this.form.markAsPristine();
  }

  toInput(): SupervisionSettingsInput {
    const value = this.form.getRawValue();
    return {
      supervisorAreaId: orNull(value.supervisorAreaId),
      supervisorMinimumLevel: numberOrNull(value.supervisorMinimumLevel),
      participationGrants: value.participationGrants.map((g) => ({
        competenceAreaId: orNull(g.competenceAreaId),
        level: numberOrNull(g.level),
        validMonths: numberOrNull(g.validMonths),
      })),
      meetingsForEvidence: numberOrNull(value.meetingsForEvidence),
      evidencePeriodMonths: numberOrNull(value.evidencePeriodMonths),
    };
  }
}
