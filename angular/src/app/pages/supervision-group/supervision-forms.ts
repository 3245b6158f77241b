import { FormControl, FormGroup } from '@angular/forms';
import type {
  SupervisionAgreement,
  SupervisionAgreementInput,
  SupervisionScheduleInput,
} from '../../data/peer-supervision-api';
import { orNull } from '../../shared/form-values';
import { buildRule, firstStart, ScheduleChoice } from './schedule-rule';

export function scheduleForm() {
  return new FormGroup({
    frequency: new FormControl<ScheduleChoice['frequency']>('WEEKLY', { nonNullable: true }),
    interval: new FormControl(2, { nonNullable: true }),
    firstDate: new FormControl('', { nonNullable: true }),
    time: new FormControl('09:00', { nonNullable: true }),
    durationMinutes: new FormControl(120, { nonNullable: true }),
    end: new FormControl<ScheduleChoice['end']>('count', { nonNullable: true }),
    count: new FormControl(10, { nonNullable: true }),
    until: new FormControl('', { nonNullable: true }),
    place: new FormControl('', { nonNullable: true }),
    videoLink: new FormControl('', { nonNullable: true }),
  });
}

export type ScheduleFormValue = ReturnType<ReturnType<typeof scheduleForm>['getRawValue']>;

/** The request body: the rule built from the choices, validated by the server. */
export function toScheduleInput(value: ScheduleFormValue): SupervisionScheduleInput {
  return {
    recurrenceRule: buildRule(value),
    firstStartsAt: value.firstDate ? firstStart(value) : null,
    durationMinutes: value.durationMinutes,
    place: orNull(value.place),
    videoLink: orNull(value.videoLink),
  };
}

export function agreementForm(agreement?: Partial<SupervisionAgreement>) {
  return new FormGroup({
    confidentiality: new FormControl(agreement?.confidentiality ?? '', { nonNullable: true }),
    meetingFrequency: new FormControl(agreement?.meetingFrequency ?? '', { nonNullable: true }),
    method: new FormControl(agreement?.method ?? '', { nonNullable: true }),
    caseAnonymisation: new FormControl(agreement?.caseAnonymisation ?? '', { nonNullable: true }),
    meetingsForEvidence: new FormControl(agreement?.meetingsForEvidence ?? 4, {
      nonNullable: true,
    }),
    evidencePeriodMonths: new FormControl(agreement?.evidencePeriodMonths ?? 12, {
      nonNullable: true,
    }),
  });
}

export type AgreementFormValue = ReturnType<ReturnType<typeof agreementForm>['getRawValue']>;

export function toAgreementInput(value: AgreementFormValue): SupervisionAgreementInput {
  return { ...value };
}
