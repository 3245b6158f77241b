import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  ChartConfiguration,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { BaseChartDirective, provideCharts } from 'ng2-charts';
import { LanguageService } from '../core/language.service';
import { formatPercent } from './competence-format';
import { DataTable } from './data-table';

/**
 * Colours for series in order (NAV's palette): each has a contrast of at least 3:1 against the
 * white page, as WCAG asks of graphics that carry meaning, and they differ in lightness as well
 * as hue so that neighbouring bars stay apart for those who do not see colour.
 */
export const CHART_COLOURS = ['#0067c5', '#06893a', '#c45a00', '#6b3fa0', '#5a5a5a', '#a8234b'];

/** One series of bars: one bar per row, or one segment of a stacked bar. */
export interface BarSeries<T> {
  /** Column id in the table (and its cells' `data-column`). */
  key: string;
  /** Translation key of the legend entry and the column heading. */
  label: string;
  value(row: T): number;
  /** A fixed colour, or one per row (e.g. a scale); by default the palette's next colour. */
  colour?: string | ((row: T) => string);
}

/** A column that only the table shows (e.g. a rate next to the counts the bars show). */
export interface ChartColumn<T> {
  key: string;
  /** Translation key of the heading. */
  label: string;
  value(row: T, language: string): string | number;
  /** The column sums the row up (e.g. its rate): written in bold. */
  strong?: boolean;
}

/** What a row's name and the bars' numbers are: counts, or shares from 0 to 1 shown as percent. */
export type ChartScale = 'count' | 'percent';

/** Bar lengths of shares, in whole percent rounded down like the labels. */
export function percentBars(values: readonly number[]): number[] {
  return values.map((value) =>
    Number.isFinite(value) ? Math.floor(Math.min(1, Math.max(0, value)) * 100 + 1e-9) : 0,
  );
}

/**
 * A bar chart (grouped or stacked series) with the same numbers in a table: the table is the
 * chart's text alternative, so it is always in the page (shown, or behind a button that shows
 * it), with a caption and column headings. The canvas can be reached by keyboard and says in
 * words what it shows; horizontal bars keep long names readable at phone width.
 */
@Component({
  selector: 'app-bar-chart',
  imports: [BaseChartDirective, TranslatePipe, MatTableModule, MatButtonModule, DataTable],
  providers: [
    provideCharts({
      registerables: [BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip],
    }),
  ],
  template: `
    @if (rows().length) {
      <figure class="chart" [style.height.px]="height()">
        <canvas
          baseChart
          type="bar"
          [data]="data()"
          [options]="options()"
          role="img"
          tabindex="0"
          [attr.aria-label]="summary()"
          [attr.data-testid]="testId() + '-chart'"
        ></canvas>
      </figure>
    }
    @if (tableToggle()) {
      <button
        mat-stroked-button
        type="button"
        class="table-toggle"
        [attr.aria-expanded]="tableShown()"
        [attr.aria-controls]="testId() + '-table-frame'"
        [attr.data-testid]="testId() + '-table-toggle'"
        (click)="tableOpen.set(!tableOpen())"
      >
        {{ (tableShown() ? 'Ui:Chart.HideTable' : 'Ui:Chart.ShowTable') | translate }}
      </button>
    }
    <div [id]="testId() + '-table-frame'" [hidden]="!tableShown()">
      <app-data-table
        [rows]="rows()"
        [columns]="columnIds()"
        [testId]="testId() + '-table'"
        [labelledBy]="labelledBy()"
        [caption]="captionText()"
        [captionShown]="captionShown()"
      >
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ nameLabel() | translate }}</th>
          <td mat-cell *matCellDef="let row">
            @if (pickLabel(); as pick) {
              <button type="button" class="link-button" (click)="picked.emit(row)">
                {{ name()(row) }}<span class="visually-hidden">: {{ pick | translate }}</span>
              </button>
            } @else {
              {{ name()(row) }}
            }
          </td>
        </ng-container>
        @for (column of tableColumns(); track column.key) {
          <ng-container [matColumnDef]="column.key">
            <th mat-header-cell *matHeaderCellDef scope="col" class="number">
              {{ column.label | translate }}
            </th>
            <td mat-cell *matCellDef="let row" class="number" [attr.data-column]="column.key">
              @if (column.strong) {
                <strong>{{ column.value(row, language.current()) }}</strong>
              } @else {
                {{ column.value(row, language.current()) }}
              }
            </td>
          </ng-container>
        }
      </app-data-table>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .chart {
      position: relative;
      margin: 0 0 16px;
      width: 100%;
      max-width: 900px;
    }
    canvas:focus-visible {
      outline: 3px solid var(--ax-border-focus, #3386e0);
      outline-offset: 2px;
    }
    .table-toggle {
      margin-bottom: 8px;
    }
    .number {
      text-align: right;
    }
    .link-button {
      background: none;
      border: none;
      padding: 4px 0;
      font: inherit;
      font-weight: 600;
      color: var(--ax-text-accent);
      text-decoration: underline;
      cursor: pointer;
      text-align: left;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarChart<T> {
  readonly rows = input.required<readonly T[]>();
  /** The bars, in order: one bar per row and series (grouped), or one segment each (stacked). */
  readonly series = input.required<readonly BarSeries<T>[]>();
  /** The row's name (the category axis and the table's row headings). */
  readonly name = input<(row: T) => string>((row) => (row as { name: string }).name);
  /** Translation key of the first column (course, region, cohort …). */
  readonly nameLabel = input.required<string>();
  /** Translation key of the chart's title: the table's caption and the first words of its summary. */
  readonly caption = input.required<string>();
  /** Show the caption above the table too (when no heading names the section already). */
  readonly captionShown = input(false);
  /** The table's columns after the name; by default the series. */
  readonly columns = input<readonly ChartColumn<T>[]>();
  readonly stacked = input(false);
  readonly scale = input<ChartScale>('count');
  /** Prefix of the test ids: `{testId}-chart`, `{testId}-table`. */
  readonly testId = input.required<string>();
  /** Id of the heading that names the section, so that a wide table can be scrolled by keyboard. */
  readonly labelledBy = input<string>();
  /** The table is behind a "show as table" button instead of always under the chart. */
  readonly tableToggle = input(false);
  /** Translation key of what choosing a row's name does; the names become buttons when set. */
  readonly pickLabel = input<string>();
  /** A row in words (tooltip and summary), instead of the series' numbers one by one. */
  readonly describe = input<(row: T, language: string) => string>();
  readonly picked = output<T>();

  protected readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  protected readonly tableOpen = signal(false);
  protected readonly tableShown = computed(() => !this.tableToggle() || this.tableOpen());

  protected readonly tableColumns = computed<readonly ChartColumn<T>[]>(
    () =>
      this.columns() ??
      this.series().map((series) => ({
        key: series.key,
        label: series.label,
        value: (row: T, language: string) => this.format(series.value(row), language),
      })),
  );
  protected readonly columnIds = computed(() => ['name', ...this.tableColumns().map((c) => c.key)]);

  protected readonly captionText = computed(() => {
    this.language.current();
    return this.translate.instant(this.caption()) as string;
  });

  /** Room for each row's bars, so that names never overlap however many rows there are. */
  protected readonly height = computed(() => {
    const perRow = this.stacked() ? 34 : 16 + 16 * this.series().length;
    return 72 + this.rows().length * perRow;
  });

  protected readonly data = computed<ChartConfiguration<'bar'>['data']>(() => {
    this.language.current();
    const rows = this.rows();
    const percent = this.scale() === 'percent';
    return {
      labels: rows.map((row) => this.name()(row)),
      datasets: this.series().map((series, index) => {
        const values = rows.map((row) => series.value(row));
        const colour = series.colour ?? CHART_COLOURS[index % CHART_COLOURS.length];
        return {
          label: this.translate.instant(series.label) as string,
          data: percent ? percentBars(values) : values,
          backgroundColor: typeof colour === 'function' ? rows.map(colour) : colour,
          borderWidth: 0,
          barPercentage: 0.8,
        };
      }),
    };
  });

  protected readonly options = computed<ChartConfiguration<'bar'>['options']>(() => {
    const language = this.language.current();
    const rows = this.rows();
    const stacked = this.stacked();
    const percent = this.scale() === 'percent';
    const describe = this.describe();
    return {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: percent
          ? {
              stacked,
              min: 0,
              max: 100,
              ticks: { callback: (value) => formatPercent(Number(value) / 100, language) },
            }
          : { stacked, beginAtZero: true, ticks: { precision: 0 } },
        y: { stacked, ticks: { autoSkip: false } },
      },
      plugins: {
        legend: { display: this.series().length > 1, position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) => {
              const row = rows[item.dataIndex];
              if (describe && row) return describe(row, language);
              const series = this.series()[item.datasetIndex];
              const value = row && series ? this.format(series.value(row), language) : '';
              return `${item.dataset.label ?? ''}: ${value}`;
            },
          },
        },
      },
    };
  });

  /** What the chart shows, in words, for those who cannot see it. */
  protected readonly summary = computed(() => {
    const language = this.language.current();
    const describe = this.describe();
    const labels = this.series().map((s) => this.translate.instant(s.label) as string);
    const parts = this.rows().map((row) => {
      const words = describe
        ? describe(row, language)
        : this.series()
            .map((s, i) => `${labels[i]} ${this.format(s.value(row), language)}`)
            .join(', ');
      return `${this.name()(row)}: ${words}`;
    });
    return `${this.captionText()}. ${parts.join('; ')}`;
  });

  private format(value: number, language: string): string {
    if (this.scale() === 'percent') return formatPercent(value, language);
    // Whole counts stay plain digits, as in every other table and in the exports.
    return Number.isInteger(value)
      ? String(value)
      : new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  }
}
