import { Pipe, PipeTransform } from '@angular/core';
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

const LOCALES: Record<string, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/**
 * The API's instants are UTC; one written without a zone is read as UTC too, not as the
 * browser's local time.
 */
export function parseUtc(value: string): Date {
  return new Date(/(Z|[+-]\d\d:?\d\d)$/i.test(value) ? value : `${value}Z`);
}

/** A date, or a date and time, as people in Norway read it: in Oslo time, in their language. */
export function formatOslo(
  value: string | null | undefined,
  language: string,
  withTime = false,
): string {
  if (!value) return '';
  const date = parseUtc(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(LOCALES[language] ?? language, {
    dateStyle: 'medium',
    timeStyle: withTime ? 'short' : undefined,
    timeZone: 'Europe/Oslo',
  }).format(date);
}

/** `{{ at | osloDate: language.current() : true }}`: the language argument redraws on a switch. */
@Pipe({ name: 'osloDate' })
export class OsloDatePipe implements PipeTransform {
  transform(value: string | null | undefined, language: string, withTime = false): string {
    return formatOslo(value, language, withTime);
  }
}
