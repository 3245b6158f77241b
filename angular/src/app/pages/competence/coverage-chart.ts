import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  ChartConfiguration,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { BaseChartDirective, provideCharts } from 'ng2-charts';
import { LanguageService } from '../../core/language.service';
import { GapRow } from '../../data/competence-api';
import { DataTable } from '../../shared/data-table';
import { EnumLabelPipe } from '../../shared/enum-labels';
import {
  COMPETENCE_STATUSES,
  countOf,
  formatPercent,
  heatBarColour,
} from '../../shared/competence-format';

/** Bar lengths in whole percent, rounded down like the labels. */
export function coverageBars(rows: readonly GapRow[]): number[] {
  return rows.map((row) => Math.floor(row.counts.coverage * 100 + 1e-9));
}

/**
 * Coverage per competence as a bar chart, with the same numbers in a table underneath: the table
 * is the chart's text alternative, and its competence names open the list of people.
 */
@Component({
  selector: 'app-coverage-chart',
  imports: [BaseChartDirective, TranslatePipe, EnumLabelPipe, MatTableModule, DataTable],
  providers: [
    provideCharts({
      registerables: [BarController, BarElement, CategoryScale, LinearScale, Tooltip],
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
          [attr.aria-label]="summary()"
          data-testid="coverage-chart"
        ></canvas>
      </figure>
    }
    <app-data-table [rows]="rows()" [columns]="columns" testId="competence-table">
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:Competence.Field.Area' | translate }}</th>
        <td mat-cell *matCellDef="let row">
          <button type="button" class="link-button" (click)="picked.emit(row)">
            {{ row.name
            }}<span class="visually-hidden"
              >: {{ 'Page:Competence.Gaps.ShowPeople' | translate }}</span
            >
          </button>
        </td>
      </ng-container>
      <ng-container matColumnDef="total">
        <th mat-header-cell *matHeaderCellDef class="number">
          {{ 'Page:Competence.Summary.Total' | translate }}
        </th>
        <td mat-cell *matCellDef="let row" class="number">{{ row.counts.total }}</td>
      </ng-container>
      @for (status of statuses; track status) {
        <ng-container [matColumnDef]="status">
          <th mat-header-cell *matHeaderCellDef class="number">
            {{ status | enumLabel: 'CompetenceStatus' | translate }}
          </th>
          <td mat-cell *matCellDef="let row" class="number">{{ count(row, status) }}</td>
        </ng-container>
      }
      <ng-container matColumnDef="coverage">
        <th mat-header-cell *matHeaderCellDef class="number">
          {{ 'Page:Competence.Summary.Coverage' | translate }}
        </th>
        <td mat-cell *matCellDef="let row" class="number" data-testid="coverage">
          <strong>{{ percent(row) }}</strong>
        </td>
      </ng-container>
    </app-data-table>
  `,
  styles: `
    .chart {
      position: relative;
      margin: 0 0 16px;
      max-width: 900px;
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
export class CoverageChart {
  readonly rows = input.required<readonly GapRow[]>();
  readonly picked = output<GapRow>();

  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  protected readonly statuses = COMPETENCE_STATUSES;
  protected readonly columns = ['name', 'total', ...COMPETENCE_STATUSES, 'coverage'];

  protected readonly height = computed(() => 48 + this.rows().length * 34);

  protected readonly data = computed<ChartConfiguration<'bar'>['data']>(() => {
    const rows = this.rows();
    return {
      labels: rows.map((row) => row.name),
      datasets: [
        {
          label: this.translate.instant('Page:Competence.Summary.Coverage') as string,
          data: coverageBars(rows),
          backgroundColor: rows.map((row) => heatBarColour(row.counts.coverage)),
          borderWidth: 0,
          barPercentage: 0.8,
        },
      ],
    };
  });

  protected readonly options = computed<ChartConfiguration<'bar'>['options']>(() => {
    const language = this.language.current();
    const rows = this.rows();
    return {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: {
          min: 0,
          max: 100,
          ticks: { callback: (value) => formatPercent(Number(value) / 100, language) },
        },
        y: { ticks: { autoSkip: false } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item) => this.describe(rows[item.dataIndex], language),
          },
        },
      },
    };
  });

  /** What the chart shows, in words, for those who cannot see it. */
  protected readonly summary = computed(() => {
    const language = this.language.current();
    const title = this.translate.instant('Page:Competence.Gaps.ChartTitle') as string;
    const parts = this.rows().map((row) => `${row.name}: ${this.describe(row, language)}`);
    return `${title}. ${parts.join('; ')}`;
  });

  protected count(row: GapRow, status: (typeof COMPETENCE_STATUSES)[number]): number {
    return countOf(row.counts, status);
  }

  protected percent(row: GapRow): string {
    return formatPercent(row.counts.coverage, this.language.current());
  }

  private describe(row: GapRow | undefined, language: string): string {
    if (!row) return '';
    return this.translate.instant('Page:Competence.Gaps.CoverageOf', {
      percent: formatPercent(row.counts.coverage, language),
      covered: row.counts.met + row.counts.expiringSoon,
      total: row.counts.total,
    }) as string;
  }
}
