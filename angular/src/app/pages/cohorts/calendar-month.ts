import type { CalendarEntry } from '../../data/cohort-api';
import { asUtc, osloDay } from '../../shared/date-format';

/** A month, 1-based as people count them. */
export interface YearMonth {
  year: number;
  month: number;
}

export interface CalendarDay {
  /** yyyy-MM-dd */
  date: string;
  day: number;
  /** False for the days of the neighbouring months that fill the first and last week. */
  inMonth: boolean;
  isToday: boolean;
  entries: CalendarEntry[];
}

export interface CalendarWeek {
  /** ISO 8601 week number, as Norwegian calendars show it. */
  number: number;
  days: CalendarDay[];
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDay(year: number, month: number, day: number): string {
  // Through Date.UTC so that days past the month's end roll over into the next one.
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function shiftMonth({ year, month }: YearMonth, delta: number): YearMonth {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The month a day (yyyy-MM-dd) lies in. */
export function monthOf(day: string): YearMonth {
  const [year, month] = day.split('-').map(Number);
  return { year, month };
}

/** `2026-11` ⇄ { year: 2026, month: 11 }; null for anything else. */
export function parseYearMonth(value: string | null | undefined): YearMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

export function formatYearMonth({ year, month }: YearMonth): string {
  return `${year}-${pad(month)}`;
}

/** The days the month's grid shows, Monday of the first week to Sunday of the last. */
export function gridRange({ year, month }: YearMonth): { from: string; to: string } {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const last = new Date(Date.UTC(year, month, 0));
  const lead = (first.getUTCDay() + 6) % 7; // Monday = 0
  const trail = 6 - ((last.getUTCDay() + 6) % 7);
  return {
    from: isoDay(year, month, 1 - lead),
    to: isoDay(year, month, last.getUTCDate() + trail),
  };
}

export function isoWeek(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  // The week belongs to the year of its Thursday.
  date.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7));
  const firstThursday = new Date(Date.UTC(date.getUTCFullYear(), 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() + 3 - ((firstThursday.getUTCDay() + 6) % 7));
  return 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
}

/**
 * Weeks of seven days, Monday first, with each entry on the day it starts in Oslo. All-day
 * entries come before the timed ones of the same day; timed ones in order of their start.
 */
export function buildMonthGrid(
  month: YearMonth,
  entries: readonly CalendarEntry[],
  today: string,
): CalendarWeek[] {
  const byDay = new Map<string, CalendarEntry[]>();
  for (const entry of entries) {
    const day = osloDay(entry.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), entry]);
  }
  for (const list of byDay.values()) list.sort(compareEntries);

  const { from, to } = gridRange(month);
  const weeks: CalendarWeek[] = [];
  const [fy, fm, fd] = from.split('-').map(Number);
  for (let offset = 0; ; offset++) {
    const date = isoDay(fy, fm, fd + offset);
    if (date > to) break;
    if (offset % 7 === 0) weeks.push({ number: isoWeek(date), days: [] });
    const [, m, d] = date.split('-').map(Number);
    weeks[weeks.length - 1].days.push({
      date,
      day: d,
      inMonth: m === month.month,
      isToday: date === today,
      entries: byDay.get(date) ?? [],
    });
  }
  return weeks;
}

function compareEntries(a: CalendarEntry, b: CalendarEntry): number {
  if (a.allDay !== b.allDay) return a.allDay ? -1 : 1;
  const time = asUtc(a.startsAt).getTime() - asUtc(b.startsAt).getTime();
  return time || a.cohortName.localeCompare(b.cohortName);
}
