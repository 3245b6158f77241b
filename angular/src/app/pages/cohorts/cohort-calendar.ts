import { formatDate } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import { CalendarEntry, CohortApi } from '../../data/cohort-api';
import { Alert } from '../../shared/alert';
import {
  buildMonthGrid,
  formatYearMonth,
  gridRange,
  monthOf,
  parseYearMonth,
  shiftMonth,
  YearMonth,
} from './calendar-month';
import { AppDatePipe, osloToday } from '../../shared/date-format';
import { COHORTS_PATH, injectErrorText } from './cohort-format';

/** Monday first, as in Norway; 2024-01-01 was a Monday. */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7].map((d) => `2024-01-0${d}`);

/**
 * A month of the cohorts' gatherings, deadlines, starts and ends and enrolment windows, as a
 * table with a row per week and a column per weekday. The month is in the address (?month=2026-11),
 * so it can be bookmarked and the browser's back button steps back through the months.
 */
@Component({
  selector: 'app-cohort-calendar',
  imports: [RouterLink, TranslatePipe, MatButtonModule, MatProgressBarModule, Alert, AppDatePipe],
  template: `
    <p>
      <a [routerLink]="path">{{ 'Page:Cohorts.BackToList' | translate }}</a>
    </p>
    <h1>{{ 'Page:Cohorts.Calendar.Title' | translate }}</h1>
    <div class="page-actions">
      <button mat-stroked-button type="button" (click)="go(-1)">
        {{ 'Page:Cohorts.Calendar.Previous' | translate }}
      </button>
      <h2 class="month" id="month-heading" aria-live="polite">{{ monthName() }}</h2>
      <button mat-stroked-button type="button" (click)="go(1)">
        {{ 'Page:Cohorts.Calendar.Next' | translate }}
      </button>
      <button mat-button type="button" (click)="goToday()">
        {{ 'Page:Cohorts.Calendar.Today' | translate }}
      </button>
      <a class="subscribe" routerLink="/calendar/subscription">{{
        'Page:Cohorts.Calendar.Subscribe' | translate
      }}</a>
    </div>
    @if (entries.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />
    <div class="table-wrapper">
      <table class="calendar" aria-labelledby="month-heading" data-testid="cohort-calendar">
        <thead>
          <tr>
            <th scope="col" class="week">{{ 'Page:Cohorts.Calendar.Week' | translate }}</th>
            @for (day of weekdays(); track day.short) {
              <th scope="col">
                <abbr [attr.title]="day.long">{{ day.short }}</abbr>
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (week of weeks(); track week.number) {
            <tr>
              <th scope="row" class="week">{{ week.number }}</th>
              @for (day of week.days; track day.date) {
                <td
                  [class.outside]="!day.inMonth"
                  [class.today]="day.isToday"
                  [attr.aria-current]="day.isToday ? 'date' : null"
                >
                  <span class="day-number">
                    {{ day.day }}<span class="visually-hidden">. {{ dayLabel(day.date) }}</span>
                  </span>
                  @if (day.isToday) {
                    <span class="today-tag">{{ 'Page:Cohorts.Calendar.Today' | translate }}</span>
                  }
                  @if (day.entries.length) {
                    <ul>
                      @for (entry of day.entries; track $index) {
                        <li [class]="'entry entry-' + entry.kind">
                          <span class="kind">{{ entry.kindName }}</span>
                          @if (!entry.allDay) {
                            <span class="time"
                              >{{ entry.startsAt | appDate: 'time' }}
                              @if (entry.endsAt) {
                                – {{ entry.endsAt | appDate: 'time' }}
                              }
                            </span>
                          }
                          <a [routerLink]="[path, entry.cohortId]">{{ title(entry) }}</a>
                          @if (entry.place) {
                            <span class="place">{{ entry.place }}</span>
                          }
                        </li>
                      }
                    </ul>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .month {
      margin: 0;
      min-width: 10ch;
      text-align: center;
    }
    .subscribe {
      margin-left: auto;
    }
    table.calendar {
      width: 100%;
      min-width: 760px;
      border-collapse: collapse;
      table-layout: fixed;
    }
    .calendar th,
    .calendar td {
      border: 1px solid var(--ax-border-neutral-subtle);
      padding: 4px 6px;
      vertical-align: top;
      text-align: left;
    }
    .calendar td {
      height: 96px;
    }
    .calendar .week {
      width: 3.5rem;
      text-align: center;
      color: var(--ax-text-neutral-subtle);
    }
    .calendar abbr {
      text-decoration: none;
    }
    .outside {
      background: var(--ax-bg-neutral-soft);
    }
    .outside .day-number {
      color: var(--ax-text-neutral-subtle);
    }
    .today {
      outline: 2px solid var(--ax-border-accent);
      outline-offset: -2px;
    }
    .day-number {
      font-weight: 600;
    }
    .today-tag {
      margin-left: 6px;
      font-size: 0.75rem;
    }
    ul {
      list-style: none;
      margin: 4px 0 0;
      padding: 0;
    }
    .calendar td {
      overflow: hidden;
    }
    .entry {
      // Long titles and places wrap inside their own day instead of running into the next.
      overflow-wrap: anywhere;
      hyphens: auto;
      margin-bottom: 6px;
      padding-left: 6px;
      border-left: 3px solid var(--ax-border-neutral);
      font-size: 0.875rem;
      line-height: 1.3;
    }
    .entry-gathering {
      border-left-color: var(--ax-border-accent);
    }
    .entry-deadline {
      border-left-color: var(--ax-border-warning);
    }
    .kind,
    .place {
      display: block;
      color: var(--ax-text-neutral-subtle);
    }
    .time {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortCalendarPage {
  /** Query parameter `month`, yyyy-MM; this month when absent. */
  readonly month = input<string>();

  private readonly api = inject(CohortApi);
  private readonly router = inject(Router);
  private readonly errorText = injectErrorText();
  protected readonly language = inject(LanguageService);
  protected readonly path = COHORTS_PATH;

  private readonly today = osloToday();
  protected readonly shown = computed<YearMonth>(
    () => parseYearMonth(this.month()) ?? monthOf(this.today),
  );
  protected readonly entries = resource({
    params: () => ({ range: gridRange(this.shown()), language: this.language.current() }),
    loader: ({ params }) => this.api.calendar(params.range.from, params.range.to),
  });
  protected readonly weeks = computed(() =>
    buildMonthGrid(this.shown(), this.entries.hasValue() ? this.entries.value() : [], this.today),
  );
  protected readonly error = computed(() => {
    const error = this.entries.error();
    return error ? this.errorText(error) : null;
  });
  protected readonly monthName = computed(() => {
    const { year, month } = this.shown();
    return formatDate(new Date(year, month - 1, 1), 'LLLL y', this.language.current());
  });
  protected readonly weekdays = computed(() =>
    WEEKDAYS.map((day) => ({
      short: formatDate(day, 'EEE', this.language.current()),
      long: formatDate(day, 'EEEE', this.language.current()),
    })),
  );

  protected dayLabel(date: string): string {
    return formatDate(date, 'MMMM', this.language.current());
  }

  /** A deadline or a gathering says which cohort it belongs to; the cohort's own dates are its name. */
  protected title(entry: CalendarEntry): string {
    return entry.title && entry.title !== entry.cohortName
      ? `${entry.title} (${entry.cohortName})`
      : entry.cohortName;
  }

  protected go(delta: number): void {
    void this.router.navigate([], {
      queryParams: { month: formatYearMonth(shiftMonth(this.shown(), delta)) },
    });
  }

  protected goToday(): void {
    void this.router.navigate([], { queryParams: { month: null } });
  }
}
