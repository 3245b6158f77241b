import { Pipe, PipeTransform } from '@angular/core';
import type { Language } from '../../core/language.service';
import { formatDate } from '../../shared/date-format';
import type { GatheringFormat } from '../../data/programme-api';

export const PROGRAMME_PATH = '/programme';

export function versionPath(id: string): string {
  return `${PROGRAMME_PATH}/versions/${id}`;
}

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
