import { inject } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { ErrorMessages } from '../../core/error-messages';

export const COHORTS_PATH = '/cohorts';
export const OSLO = 'Europe/Oslo';

/**
 * The API writes some UTC times without an offset ("2026-11-21T08:00:00"); a browser would read
 * those as its own local time. A time with no zone is UTC here.
 */
export function asUtc(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) || !value.includes('T') ? value : `${value}Z`);
}

function parts(value: string | Date): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: OSLO,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(
    format.formatToParts(asUtc(value)).map((part) => [part.type, part.value]),
  );
}

/** The calendar day in Oslo (yyyy-MM-dd) of a moment. */
export function osloDay(value: string | Date): string {
  const p = parts(value);
  return `${p['year']}-${p['month']}-${p['day']}`;
}

/** The wall-clock time in Oslo (HH:mm) of a moment. */
export function osloTime(value: string | Date): string {
  const p = parts(value);
  return `${p['hour']}:${p['minute']}`;
}

/** Today in Oslo, as the API's dates are written. */
export function osloToday(now: Date = new Date()): string {
  return osloDay(now);
}

/**
 * The message for a failed call that has no form. Without a form the shared describer would
 * count a field error (e.g. `personId` on "already enrolled") as one to fix in the form; with an
 * empty one every field message is shown as text.
 */
export function describeWithoutForm(errors: ErrorMessages, error: unknown): string {
  return errors.describe(error, new FormGroup({}));
}

/** Injects the error describer for `describeWithoutForm`. */
export function injectErrorText(): (error: unknown) => string {
  const errors = inject(ErrorMessages);
  return (error) => describeWithoutForm(errors, error);
}
