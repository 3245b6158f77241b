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
import { SupervisionRegionRow } from '../../data/supervision-report-api';
import { formatPercent } from '../../shared/competence-format';
import { DataTable } from '../../shared/data-table';

/** The counts a region's bars show, in order. */
export const ACTIVITY_PARTS = ['groups', 'members', 'meetingsHeld'] as const;
export type ActivityPart = (typeof ACTIVITY_PARTS)[number];

// Keys are spelled out so the translation-key test can find them.
const PART_LABELS: Record<ActivityPart, string> = {
  groups: 'Page:PeerSupervision.Reports.Column.Groups',
  members: 'Page:PeerSupervision.Reports.Column.Members',
  meetingsHeld: 'Page:PeerSupervision.Reports.Column.MeetingsHeld',
};

// Colours with enough contrast against white and against each other (NAV's palette).
const PART_COLOURS: Record<ActivityPart, string> = {
  groups: '#0067c5',
  members: '#06893a',
  meetingsHeld: '#c77300',
};

/**
 * Supervision activity per region as grouped bars (groups, members, meetings held), with the
 * same numbers and the attendance rate in a table underneath: the table is the chart's text
 * alternative.
 */
@Component({
  selector: 'app-supervision-region-chart',
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
          data-testid="by-region-chart"
        ></canvas>
      </figure>
    }
    <app-data-table
      [rows]="rows()"
      [columns]="columns"
      testId="by-region-table"
      [labelledBy]="labelledBy()"
    >
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef>
          {{ 'Page:PeerSupervision.Reports.Column.Region' | translate }}
        </th>
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
      <ng-container matColumnDef="attendanceRate">
        <th mat-header-cell *matHeaderCellDef class="number">
          {{ 'Page:PeerSupervision.Reports.Column.AttendanceRate' | translate }}
        </th>
        <td mat-cell *matCellDef="let row" class="number" data-column="attendanceRate">
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
export class SupervisionRegionChart {
  readonly rows = input.required<readonly SupervisionRegionRow[]>();
  /** Id of the heading that names the table, so that a table wider than a phone can be scrolled by keyboard. */
  readonly labelledBy = input.required<string>();

  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  protected readonly countColumns = [
    { key: 'groups', label: 'Page:PeerSupervision.Reports.Column.Groups' },
    { key: 'supervisors', label: 'Page:PeerSupervision.Reports.Column.Supervisors' },
    { key: 'members', label: 'Page:PeerSupervision.Reports.Column.Members' },
    { key: 'meetingsHeld', label: 'Page:PeerSupervision.Reports.Column.MeetingsHeld' },
    { key: 'meetingsCancelled', label: 'Page:PeerSupervision.Reports.Column.MeetingsCancelled' },
  ] as const;
  protected readonly columns = ['name', ...this.countColumns.map((c) => c.key), 'attendanceRate'];

  protected readonly height = computed(() => 96 + this.rows().length * 48);

  protected readonly data = computed<ChartConfiguration<'bar'>['data']>(() => {
    this.language.current();
    const rows = this.rows();
    return {
      labels: rows.map((row) => row.name),
      datasets: ACTIVITY_PARTS.map((part) => ({
        label: this.translate.instant(PART_LABELS[part]) as string,
        data: rows.map((row) => row.counts[part]),
        backgroundColor: PART_COLOURS[part],
        borderWidth: 0,
      })),
    };
  });

  protected readonly options = computed<ChartConfiguration<'bar'>['options']>(() => ({
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    scales: {
      x: { beginAtZero: true, ticks: { precision: 0 } },
      y: { ticks: { autoSkip: false } },
    },
    plugins: { legend: { position: 'bottom' } },
  }));

  /** What the chart shows, in words, for those who cannot see it. */
  protected readonly summary = computed(() => {
    const language = this.language.current();
    const parts = this.rows().map(
      (row) =>
        `${row.name}: ${
          this.translate.instant('Page:PeerSupervision.Reports.ChartRow', {
            groups: row.counts.groups,
            meetings: row.counts.meetingsHeld,
            percent: formatPercent(row.counts.attendanceRate, language),
          }) as string
        }`,
    );
    return `${this.translate.instant('Page:PeerSupervision.Reports.ChartTitle') as string}. ${parts.join('; ')}`;
  });

  protected percent(row: SupervisionRegionRow): string {
    return formatPercent(row.counts.attendanceRate, this.language.current());
  }
}
