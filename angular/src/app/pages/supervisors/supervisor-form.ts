import { FormControl, FormGroup } from '@angular/forms';
import { numberOrNull, orNull } from '../../shared/form-values';
import { PeerSupervisorAppointment, SupervisorCandidate } from '../../data/peer-supervisor-api';

export function appointForm() {
  return new FormGroup({
    regionId: new FormControl('', { nonNullable: true }),
    personId: new FormControl('', { nonNullable: true }),
    capacity: new FormControl<number | null>(2),
    officeIds: new FormControl<string[]>([], { nonNullable: true }),
  });
}

export type AppointFormValue = ReturnType<ReturnType<typeof appointForm>['getRawValue']>;

export function toAppointment(value: AppointFormValue): PeerSupervisorAppointment {
  return {
    regionId: orNull(value.regionId),
    personId: orNull(value.personId),
    capacity: numberOrNull(value.capacity),
    officeIds: value.officeIds,
  };
}

/**
 * A candidate as the person select names them: with their office, and a warning when they lack
 * the competence an appointment needs (the server refuses them, saying which).
 */
export function candidateName(
  candidate: SupervisorCandidate,
  lacks: string,
  appointed: string,
): string {
  const office = candidate.officeName ? ` (${candidate.officeName})` : '';
  const note = candidate.isSupervisor
    ? ` – ${appointed}`
    : candidate.holdsCompetence
      ? ''
      : ` – ${lacks}`;
  return `${candidate.name}${office}${note}`;
}
