import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
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
import { LanguageService } from '../../core/language.service';
import { CourseProgressRow } from '../../data/course-progress-api';
import { formatPercent } from '../../shared/competence-format';
import { DataTable } from '../../shared/data-table';

/** The parts of a row's enrolments that the stacked bar shows, in order. */
export const PROGRESS_PARTS = ['completed', 'inProgress', 'notStarted'] as const;
export type ProgressPart = (typeof PROGRESS_PARTS)[number];

// Keys are spelled out so the translation-key test can find them.
const PART_LABELS: Record<ProgressPart, string> = {
  completed: 'Page:CourseProgress.Column.Completed',
  inProgress: 'Page:CourseProgress.Column.InProgress',
  notStarted: 'Page:CourseProgress.Column.NotStarted',
};

// Colours with enough contrast against white and against each other (NAV's palette).
const PART_COLOURS: Record<ProgressPart, string> = {
  completed: '#06893a',
  inProgress: '#0067c5',
  notStarted: '#a0a0a0',
};

/**
 * Enrolments per course, region or office as stacked bars (completed, in progress, not started),
 * with the same numbers in a table underneath: the table is the chart's text alternative.
 */
@Component({
  selector: 'app-course-progress-chart',
  imports: [BaseChartDirective, TranslatePipe, MatTableModule, DataTable],
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
          [attr.aria-label]="summary()"
          [attr.data-testid]="testId() + '-chart'"
        ></canvas>
      </figure>
    }
    <app-data-table [rows]="rows()" [columns]="columns" [testId]="testId() + '-table'">
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef>{{ nameLabel() | translate }}</th>
        <td mat-cell *matCellDef="let row">{{ row.name }}</td>
      </ng-container>
      @for (column of countColumns; track column.key) {
        <ng-container [matColumnDef]="column.key">
          <th mat-header-cell *matHeaderCellDef class="number">{{ column.label | translate }}</th>
          <td mat-cell *matCellDef="let row" class="number" [attr.data-column]="column.key">
            {{ row.counts[column.key] }}
          </td>
        </ng-container>
      }
      <ng-container matColumnDef="completionRate">
        <th mat-header-cell *matHeaderCellDef class="number">
          {{ 'Page:CourseProgress.Column.CompletionRate' | translate }}
        </th>
        <td mat-cell *matCellDef="let row" class="number" data-column="completionRate">
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
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseProgressChart {
  readonly rows = input.required<readonly CourseProgressRow[]>();
  /** Translation key of the first column (course, region or office). */
  readonly nameLabel = input.required<string>();
  readonly testId = input.required<string>();

  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  protected readonly countColumns = [
    { key: 'enrolled', label: 'Page:CourseProgress.Column.Enrolled' },
    { key: 'notStarted', label: 'Page:CourseProgress.Column.NotStarted' },
    { key: 'inProgress', label: 'Page:CourseProgress.Column.InProgress' },
    { key: 'completed', label: 'Page:CourseProgress.Column.Completed' },
    { key: 'overdue', label: 'Page:CourseProgress.Column.Overdue' },
  ] as const;
  protected readonly columns = ['name', ...this.countColumns.map((c) => c.key), 'completionRate'];

  protected readonly height = computed(() => 72 + this.rows().length * 34);

  protected readonly data = computed<ChartConfiguration<'bar'>['data']>(() => {
    this.language.current();
    const rows = this.rows();
    return {
      labels: rows.map((row) => row.name),
      datasets: PROGRESS_PARTS.map((part) => ({
        label: this.translate.instant(PART_LABELS[part]) as string,
        data: rows.map((row) => row.counts[part]),
        backgroundColor: PART_COLOURS[part],
        borderWidth: 0,
        barPercentage: 0.8,
      })),
    };
  });

  protected readonly options = computed<ChartConfiguration<'bar'>['options']>(() => ({
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    scales: {
      x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
      y: { stacked: true, ticks: { autoSkip: false } },
    },
    plugins: { legend: { position: 'bottom' } },
  }));

  /** What the chart shows, in words, for those who cannot see it. */
  protected readonly summary = computed(() => {
    const language = this.language.current();
    const parts = this.rows().map(
      (row) =>
        `${row.name}: ${
          this.translate.instant('Page:CourseProgress.ChartRow', {
            completed: row.counts.completed,
            enrolled: row.counts.enrolled,
            percent: formatPercent(row.counts.completionRate, language),
          }) as string
        }`,
    );
    return `${this.translate.instant('Page:CourseProgress.ChartTitle') as string}. ${parts.join('; ')}`;
  });

  protected percent(row: CourseProgressRow): string {
    return formatPercent(row.counts.completionRate, this.language.current());
  }
}
