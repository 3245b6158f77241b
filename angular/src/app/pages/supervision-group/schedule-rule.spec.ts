import { buildRule, firstStart } from './schedule-rule';

describe('buildRule', () => {
  const base = {
    frequency: 'WEEKLY' as const,
    interval: 2,
    firstDate: '2027-03-09',
    time: '09:00',
    end: 'count' as const,
    count: 10,
    until: '',
  };

  it('meets every second week on the first meeting’s weekday, a number of times', () => {
    expect(buildRule(base)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10');
  });

  it('meets monthly on the same nth weekday until a day', () => {
    expect(buildRule({ ...base, frequency: 'MONTHLY', end: 'until', until: '2027-12-31' })).toBe(
      'FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231T235959Z',
    );
  });

  it('makes a fifth weekday the last of the month, since not every month has one', () => {
    expect(buildRule({ ...base, frequency: 'MONTHLY', firstDate: '2027-03-30' })).toBe(
      'FREQ=MONTHLY;BYDAY=-1TU;COUNT=10',
    );
  });

  it('writes the first start as Oslo wall-clock time', () => {
    expect(firstStart(base)).toBe('2027-03-09T09:00:00');
  });
});
