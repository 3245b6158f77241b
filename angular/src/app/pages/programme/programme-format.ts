import { Pipe, PipeTransform } from '@angular/core';
import type { Language } from '../../core/language.service';
import { formatDate } from '../../shared/date-format';
import type {
  ApprovalParty,
  GatheringFormat,
  ProgrammeVersionStatus,
  VersionHistoryAction,
} from '../../data/programme-api';

export const PROGRAMME_PATH = '/programme';

export function versionPath(id: string): string {
  return `${PROGRAMME_PATH}/versions/${id}`;
}

// Keys are spelled out so the translation-key test can find them. The API sends these names
// too, but in the language of the request; the page translates them itself so that a change of
// language shows at once.
export const STATUS_LABELS: Record<ProgrammeVersionStatus, string> = {
  Draft: 'Enum:ProgrammeVersionStatus.Draft',
  Published: 'Enum:ProgrammeVersionStatus.Published',
};

export const PARTY_LABELS: Record<ApprovalParty, string> = {
  Ks: 'Enum:ApprovalParty.Ks',
  Directorate: 'Enum:ApprovalParty.Directorate',
};

export const HISTORY_LABELS: Record<VersionHistoryAction, string> = {
  Created: 'Enum:VersionHistoryAction.Created',
  Edited: 'Enum:VersionHistoryAction.Edited',
  Approved: 'Enum:VersionHistoryAction.Approved',
  ApprovalsReset: 'Enum:VersionHistoryAction.ApprovalsReset',
  Published: 'Enum:VersionHistoryAction.Published',
};

export const FORMAT_LABELS: Record<GatheringFormat, string> = {
  InPerson: 'Enum:GatheringFormat.InPerson',
  Online: 'Enum:GatheringFormat.Online',
};

export const GATHERING_FORMATS: GatheringFormat[] = ['InPerson', 'Online'];

/** A date, or a date and time, in the app's format for the language, in Oslo time. */
export function formatOslo(
  value: string | null | undefined,
  language: string,
  withTime = false,
): string {
  return formatDate(value, language as Language, withTime ? 'dateTime' : 'date');
}

/** `{{ at | osloDate: language.current() : true }}`: the language argument redraws on a switch. */
@Pipe({ name: 'osloDate' })
export class OsloDatePipe implements PipeTransform {
  transform(value: string | null | undefined, language: string, withTime = false): string {
    return formatOslo(value, language, withTime);
  }
}
