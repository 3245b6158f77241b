/** How often a group meets, as the schedule form asks it; the RFC 5545 rule is built from it. */
export interface ScheduleChoice {
  /** Every `interval` weeks on the first meeting's weekday, or once a month on its nth weekday. */
  frequency: 'WEEKLY' | 'MONTHLY';
  interval: number;
  /** The first meeting's day (2027-03-09) and time (09:00), Oslo wall-clock time. */
  firstDate: string;
  time: string;
  end: 'count' | 'until';
  count: number;
  /** The last day a meeting may fall on (2027-12-31). */
  until: string;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function weekdayOf(day: string): { weekday: string; ordinal: number } {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return { weekday: WEEKDAYS[date.getUTCDay()], ordinal: Math.ceil(d / 7) };
}

/**
 * The rule the server expands: `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10`, or monthly on the nth
 * weekday (`FREQ=MONTHLY;BYDAY=2TU;UNTIL=…`). A fifth weekday becomes the last one of the month.
 */
export function buildRule(choice: ScheduleChoice): string {
  const { weekday, ordinal } = weekdayOf(choice.firstDate);
  const parts =
    choice.frequency === 'MONTHLY'
      ? ['FREQ=MONTHLY', `BYDAY=${ordinal > 4 ? -1 : ordinal}${weekday}`]
      : ['FREQ=WEEKLY', `INTERVAL=${Math.max(1, choice.interval)}`, `BYDAY=${weekday}`];
  parts.push(
    choice.end === 'until'
      ? `UNTIL=${choice.until.replaceAll('-', '')}T235959Z`
      : `COUNT=${choice.count}`,
  );
  return parts.join(';');
}

/** The first start as the API takes Oslo wall-clock time: 2027-03-09T09:00:00. */
export function firstStart(choice: Pick<ScheduleChoice, 'firstDate' | 'time'>): string {
  return `${choice.firstDate}T${choice.time}:00`;
}
