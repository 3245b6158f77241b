import type { CalendarEntry } from '../../data/cohort-api';
import {
  buildMonthGrid,
  formatYearMonth,
  gridRange,
  isoWeek,
  parseYearMonth,
  shiftMonth,
} from './calendar-month';

function entry(startsAt: string, overrides: Partial<CalendarEntry> = {}): CalendarEntry {
  return {
    cohortId: 'c1',
    cohortName: 'Kull Trøndelag 2027',
    kind: 'gathering',
    kindName: 'Samling',
    title: 'Samling',
    startsAt,
    endsAt: null,
    allDay: false,
    place: null,
    ...overrides,
  };
}

describe('calendar month grid', () => {
  it('fills whole weeks from Monday to Sunday around the month', () => {
    // November 2026 starts on a Sunday and ends on a Monday.
    expect(gridRange({ year: 2026, month: 11 })).toEqual({ from: '2026-10-26', to: '2026-12-06' });
    const weeks = buildMonthGrid({ year: 2026, month: 11 }, [], '2026-11-24');
    expect(weeks).toHaveLength(6);
    expect(weeks.every((w) => w.days.length === 7)).toBe(true);
    expect(weeks[0].days[0]).toMatchObject({ date: '2026-10-26', day: 26, inMonth: false });
    expect(weeks[0].days[6]).toMatchObject({ date: '2026-11-01', day: 1, inMonth: true });
    expect(weeks[5].days[6]).toMatchObject({ date: '2026-12-06', inMonth: false });
  });

  it('needs no leading days when the month starts on a Monday', () => {
    // June 2026 starts on a Monday and ends on a Tuesday.
    expect(gridRange({ year: 2026, month: 6 })).toEqual({ from: '2026-06-01', to: '2026-07-05' });
    expect(buildMonthGrid({ year: 2026, month: 6 }, [], '2026-01-01')).toHaveLength(5);
  });

  it('numbers the weeks as ISO 8601 does', () => {
    expect(isoWeek('2026-11-24')).toBe(48);
    expect(isoWeek('2027-01-01')).toBe(53); // a Friday: still the last week of 2026
    expect(isoWeek('2025-12-29')).toBe(1); // a Monday: the first week of 2026
    const weeks = buildMonthGrid({ year: 2026, month: 11 }, [], '2026-11-24');
    expect(weeks.map((w) => w.number)).toEqual([44, 45, 46, 47, 48, 49]);
  });

  it('marks today', () => {
    const days = buildMonthGrid({ year: 2026, month: 11 }, [], '2026-11-24').flatMap((w) => w.days);
    expect(days.filter((d) => d.isToday).map((d) => d.date)).toEqual(['2026-11-24']);
  });

  it('puts each entry on its day in Oslo, all-day entries first, then by time', () => {
    const evening = entry('2026-11-21T17:00:00', { title: 'Kveld' });
    const morning = entry('2026-11-21T08:00:00', { title: 'Morgen' });
    // An all-day entry is midnight in Oslo: 23:00 UTC the day before.
    const deadline = entry('2026-11-20T23:00:00Z', {
      kind: 'deadline',
      allDay: true,
      title: 'Frist',
    });
    // 23:30 UTC in winter is already the next day in Oslo.
    const late = entry('2026-11-21T23:30:00Z', { title: 'Sen' });
    const days = buildMonthGrid(
      { year: 2026, month: 11 },
      [evening, late, morning, deadline],
      '2026-11-24',
    ).flatMap((w) => w.days);
    const day = (date: string) => days.find((d) => d.date === date)!.entries.map((e) => e.title);
    expect(day('2026-11-21')).toEqual(['Frist', 'Morgen', 'Kveld']);
    expect(day('2026-11-22')).toEqual(['Sen']);
    expect(day('2026-11-20')).toEqual([]);
  });

  it('steps months across year ends and reads them from the address', () => {
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(shiftMonth({ year: 2026, month: 11 }, -13)).toEqual({ year: 2025, month: 10 });
    expect(formatYearMonth({ year: 2027, month: 3 })).toBe('2027-03');
    expect(parseYearMonth('2027-03')).toEqual({ year: 2027, month: 3 });
    expect(parseYearMonth('2027-13')).toBeNull();
    expect(parseYearMonth('mars')).toBeNull();
    expect(parseYearMonth(undefined)).toBeNull();
  });
});
