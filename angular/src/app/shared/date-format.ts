import { inject, Injectable, Pipe, PipeTransform } from '@angular/core';
import { Language, LanguageService } from '../core/language.service';

/**
 * The one way dates are written in the app, per UI language:
 *
 * - nb, nn: `18.01.2027`, `18.01.2027 kl. 09:00`, `09:00`
 * - en: `18 Jan 2027`, `18 Jan 2027, 09:00`, `09:00`
 *
 * The server writes the same formats into e-mails and certificates (DateTexts.cs).
 */
export type DateFormat = 'date' | 'dateTime' | 'time';

export type DateValue = string | Date | null | undefined;

const OSLO = 'Europe/Oslo';
const EN_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A moment from the API. It writes some UTC moments without their "Z", which a browser would read
 * as its own local time: a moment with no zone is UTC.
 */
export function asUtc(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(
    /[zZ]|[+-]\d\d:?\d\d$/.test(value) || CALENDAR_DAY.test(value) ? value : `${value}Z`,
  );
}

/**
 * A calendar day ("2027-01-18") is that day wherever the reader is. A moment is shown as the clock
 * in Oslo shows it.
 */
function toParts(value: string | Date): Parts | null {
  if (typeof value === 'string') {
    const day = CALENDAR_DAY.exec(value);
    if (day) return { year: +day[1], month: +day[2], day: +day[3], hour: 0, minute: 0 };
    value = asUtc(value);
  }
  if (Number.isNaN(value.getTime())) return null;
  const p = Object.fromEntries(osloParts.formatToParts(value).map((x) => [x.type, x.value]));
  return {
    year: +p['year'],
    month: +p['month'],
    day: +p['day'],
    hour: +p['hour'],
    minute: +p['minute'],
  };
}

const two = (n: number) => String(n).padStart(2, '0');

function datePart(p: Parts, language: Language): string {
  return language === 'en'
    ? `${p.day} ${EN_MONTHS[p.month - 1]} ${p.year}`
    : `${two(p.day)}.${two(p.month)}.${p.year}`;
}

const timePart = (p: Parts) => `${two(p.hour)}:${two(p.minute)}`;

function joinDateTime(date: string, time: string, language: Language): string {
  return language === 'en' ? `${date}, ${time}` : `${date} kl. ${time}`;
}

/** The calendar day in Oslo of a moment, as date inputs and the API write it (2027-01-18). */
export function osloDay(value: string | Date): string {
  const p = toParts(value);
  return p ? `${p.year}-${two(p.month)}-${two(p.day)}` : '';
}

/** The wall-clock time in Oslo of a moment, as time inputs write it (09:00). */
export function osloTime(value: string | Date): string {
  const p = toParts(value);
  return p ? timePart(p) : '';
}

/** Today in Oslo, as the API's dates are written. */
export function osloToday(now: Date = new Date()): string {
  return osloDay(now);
}

/** A date, moment or time in the app's format for the language; empty for no value. */
export function formatDate(
  value: DateValue,
  language: Language,
  format: DateFormat = 'date',
): string {
  if (value === null || value === undefined || value === '') return '';
  const p = toParts(value);
  if (!p) return String(value);
  switch (format) {
    case 'date':
      return datePart(p, language);
    case 'time':
      return timePart(p);
    case 'dateTime':
      return joinDateTime(datePart(p, language), timePart(p), language);
  }
}

/** From start to end: "18.01.2027 kl. 09:00–15:00", or both moments in full across days. */
export function formatTimeRange(start: DateValue, end: DateValue, language: Language): string {
  const from = start ? toParts(start) : null;
  const to = end ? toParts(end) : null;
  if (!from || !to) return formatDate(start, language, 'dateTime');
  const sameDay = from.year === to.year && from.month === to.month && from.day === to.day;
  return sameDay
    ? joinDateTime(datePart(from, language), `${timePart(from)}–${timePart(to)}`, language)
    : `${formatDate(start, language, 'dateTime')} – ${formatDate(end, language, 'dateTime')}`;
}

/** The formats in the current UI language, for code that builds texts (e.g. translation values). */
@Injectable({ providedIn: 'root' })
export class DateFormatter {
  private readonly language = inject(LanguageService);

  date(value: DateValue): string {
    return formatDate(value, this.language.current(), 'date');
  }

  dateTime(value: DateValue): string {
    return formatDate(value, this.language.current(), 'dateTime');
  }

  time(value: DateValue): string {
    return formatDate(value, this.language.current(), 'time');
  }

  timeRange(start: DateValue, end: DateValue): string {
    return formatTimeRange(start, end, this.language.current());
  }
}

/**
 * `{{ day | appDate }}`, `{{ moment | appDate: 'dateTime' }}`, `{{ moment | appDate: 'time' }}`.
 * It follows the UI language itself, so a language switch redraws it; Angular's `date` pipe is
 * not used in templates (a unit test keeps it that way).
 */
@Pipe({ name: 'appDate', pure: false })
export class AppDatePipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  private last: { value: DateValue; language: Language; format: DateFormat; text: string } | null =
    null;

  transform(value: DateValue, format: DateFormat = 'date'): string {
    const language = this.language.current();
    const last = this.last;
    if (last && last.value === value && last.language === language && last.format === format) {
      return last.text;
    }
    const text = formatDate(value, language, format);
    this.last = { value, language, format, text };
    return text;
  }
}
