import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Language, LanguageService } from '../core/language.service';
import {
  AppDatePipe,
  asUtc,
  DateFormatter,
  formatDate,
  formatTimeRange,
  osloDay,
  osloTime,
  osloToday,
} from './date-format';

// Loaded at run time: the spec bundle is built for the browser, but Vitest runs it in Node.
const { readdirSync, readFileSync, statSync } = process.getBuiltinModule('node:fs');
const { join, resolve } = process.getBuiltinModule('node:path');

describe('date format', () => {
  // 08:05 UTC is 09:05 in Oslo in winter and 10:05 in summer.
  const winter = '2027-01-18T08:05:00Z';
  const summer = '2027-07-01T08:05:00Z';

  it('writes bokmål and nynorsk dates as dd.MM.yyyy, with "kl." before the time', () => {
    for (const language of ['nb', 'nn'] as const) {
      expect(formatDate('2027-01-18', language)).toBe('18.01.2027');
      expect(formatDate(winter, language, 'dateTime')).toBe('18.01.2027 kl. 09:05');
      expect(formatDate(winter, language, 'time')).toBe('09:05');
    }
  });

  it('writes English dates as "18 Jan 2027", with a 24-hour clock', () => {
    expect(formatDate('2027-01-18', 'en')).toBe('18 Jan 2027');
    expect(formatDate('2027-12-04', 'en')).toBe('4 Dec 2027');
    expect(formatDate(winter, 'en', 'dateTime')).toBe('18 Jan 2027, 09:05');
    expect(formatDate('2027-01-18T17:30:00Z', 'en', 'time')).toBe('18:30');
  });

  it('shows moments as the clock in Oslo shows them, also when the API leaves out the Z', () => {
    expect(formatDate(summer, 'nb', 'dateTime')).toBe('01.07.2027 kl. 10:05');
    expect(formatDate('2027-07-01T08:05:00', 'nb', 'time')).toBe('10:05');
    // Late evening UTC is already the next day in Oslo.
    expect(formatDate('2027-01-18T23:30:00Z', 'nb')).toBe('19.01.2027');
  });

  it('keeps a calendar day on its day', () => {
    expect(formatDate('2027-03-28', 'nb')).toBe('28.03.2027');
    expect(formatDate('2027-03-28', 'en', 'dateTime')).toBe('28 Mar 2027, 00:00');
  });

  it('writes nothing for no value, and an unreadable value as it came', () => {
    expect(formatDate(null, 'nb')).toBe('');
    expect(formatDate(undefined, 'en', 'dateTime')).toBe('');
    expect(formatDate('not a date', 'nb')).toBe('not a date');
  });

  it('writes a range on one day with the date once, and across days in full', () => {
    expect(formatTimeRange(winter, '2027-01-18T14:00:00Z', 'nb')).toBe(
      '18.01.2027 kl. 09:05–15:00',
    );
    expect(formatTimeRange(winter, '2027-01-18T14:00:00Z', 'en')).toBe('18 Jan 2027, 09:05–15:00');
    expect(formatTimeRange(winter, '2027-01-19T14:00:00Z', 'nn')).toBe(
      '18.01.2027 kl. 09:05 – 19.01.2027 kl. 15:00',
    );
  });
});

@Component({
  imports: [AppDatePipe],
  template: `<span>{{ day | appDate }}</span
    >/<b>{{ moment | appDate: 'dateTime' }}</b>`,
})
class DateHost {
  day = '2027-01-18';
  moment = '2027-01-18T08:05:00Z';
}

describe('Oslo day and time', () => {
  it('give the day and clock in Oslo of a moment, for date and time inputs', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Oslo (UTC+1 in winter).
    expect(osloDay('2026-12-31T23:30:00Z')).toBe('2027-01-01');
    expect(osloTime('2026-12-31T23:30:00Z')).toBe('00:30');
    // Summer time: UTC+2. The API's moments without a zone are UTC.
    expect(osloDay('2027-06-15T22:15:00')).toBe('2027-06-16');
    expect(osloTime('2027-06-15T22:15:00')).toBe('00:15');
    expect(osloTime('2027-06-15T08:00:00+02:00')).toBe('08:00');
  });

  it('keep a calendar day, read a moment without a zone as UTC, and know today in Oslo', () => {
    expect(osloDay('2027-01-18')).toBe('2027-01-18');
    expect(asUtc('2027-01-18T08:00:00').toISOString()).toBe('2027-01-18T08:00:00.000Z');
    expect(asUtc('2027-01-18T08:00:00+01:00').toISOString()).toBe('2027-01-18T07:00:00.000Z');
    expect(osloToday(new Date('2027-03-01T23:10:00Z'))).toBe('2027-03-02');
  });
});

describe('AppDatePipe and DateFormatter', () => {
  const current = signal<Language>('nb');

  beforeEach(() => {
    current.set('nb');
    TestBed.configureTestingModule({
      providers: [{ provide: LanguageService, useValue: { current } }],
    });
  });

  it('follow the UI language, and a switch redraws the page', () => {
    const fixture = TestBed.createComponent(DateHost);
    fixture.detectChanges();
    const text = () => (fixture.nativeElement as HTMLElement).textContent;
    expect(text()).toBe('18.01.2027/18.01.2027 kl. 09:05');

    current.set('en');
    fixture.detectChanges();
    expect(text()).toBe('18 Jan 2027/18 Jan 2027, 09:05');

    const dates = TestBed.inject(DateFormatter);
    expect(dates.date('2027-01-18')).toBe('18 Jan 2027');
    current.set('nn');
    expect(dates.dateTime('2027-01-18T08:05:00Z')).toBe('18.01.2027 kl. 09:05');
    expect(dates.time('2027-01-18T08:05:00Z')).toBe('09:05');
  });
});

/**
 * Dates on pages go through appDate / DateFormatter so that every page writes them alike. Angular's
 * `date` pipe and the browser's toLocale…String each pick their own format.
 */
describe('pages', () => {
  const appRoot = resolve(process.cwd(), 'src/app');
  const forbidden = [
    { name: "Angular's date pipe", pattern: /\|\s*date\b/ },
    { name: 'DatePipe', pattern: /\bDatePipe\b/ },
    { name: 'toLocale…String', pattern: /\.toLocale(Date|Time)?String\(/ },
  ];

  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'proxy' ? [] : sourceFiles(path);
      return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
    });
  }

  it('write dates only through the app date format', () => {
    const files = sourceFiles(appRoot);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((file) => {
      const relative = file.slice(appRoot.length + 1);
      const text = readFileSync(file, 'utf-8');
      return forbidden.filter((f) => f.pattern.test(text)).map((f) => `${relative}: ${f.name}`);
    });
    expect(offenders).toEqual([]);
  });
});
