import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  resource,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import {
  SupervisionGroupRow,
  SupervisionOfficeRow,
  SupervisionRegionRow,
  SupervisionReportApi,
  SupervisionReportFilters,
  SupervisionReportFormat,
} from '../../data/supervision-report-api';
import { Alert } from '../../shared/alert';
import { BarChart, BarSeries, ChartColumn } from '../../shared/bar-chart';
import { formatPercent } from '../../shared/competence-format';
import { DataTable, TableField } from '../../shared/data-table';
import { enumKey } from '../../shared/enum-labels';
import { saveResponse, Transfer } from '../../shared/file-transfer';
import { valueOf } from '../../shared/resource-value';
import { SelectFilter } from '../../shared/select-filter';

/**
 * Peer supervision in the viewer's scope, counts only: activity per region (chart and table), per
 * group and members per office, narrowed to a period, a region and an office; with export.
 */
@Component({
  selector: 'app-supervision-reports',
  imports: [
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    Alert,
    DataTable,
    SelectFilter,
    BarChart,
  ],
  template: `
    <h1>{{ 'Page:PeerSupervision.Reports.Title' | translate }}</h1>
    <p>{{ 'Page:PeerSupervision.Reports.Intro' | translate }}</p>

    <div
      class="page-actions filters"
      role="group"
      [attr.aria-label]="'Page:PeerSupervision.Reports.Filters' | translate"
    >
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'Page:PeerSupervision.Reports.From' | translate }}</mat-label>
        <input
          matInput
          type="date"
          data-testid="from"
          [value]="from()"
          (change)="from.set(dateOf($event))"
        />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'Page:PeerSupervision.Reports.To' | translate }}</mat-label>
        <input
          matInput
          type="date"
          data-testid="to"
          [value]="to()"
          (change)="to.set(dateOf($event))"
        />
      </mat-form-field>
      @if ((current()?.regions?.length ?? 0) > 1) {
        <app-select-filter
          label="Field:Region"
          [value]="regionId()"
          [options]="current()?.regions"
          (changed)="chooseRegion($event)"
        />
      }
      @if (current()?.offices?.length) {
        <app-select-filter
          label="Field:Office"
          [value]="officeId()"
          [options]="current()?.offices"
          (changed)="officeId.set($event)"
        />
      } @else if (current()) {
        <p class="hint">{{ 'Page:PeerSupervision.Reports.OfficeNeedsRegion' | translate }}</p>
      }
    </div>

    <div class="page-actions">
      @if (current(); as report) {
        <p class="scope-note" data-testid="scope-name">
          {{ 'Page:PeerSupervision.Reports.Showing' | translate: { scope: report.scopeName } }}
        </p>
      }
      <span class="spacer"></span>
      <button
        mat-stroked-button
        type="button"
        [disabled]="exporting.active()"
        (click)="export('Xlsx')"
      >
        <mat-icon svgIcon="download" />{{ 'Page:PeerSupervision.Reports.ExportExcel' | translate }}
      </button>
      <button
        mat-stroked-button
        type="button"
        data-testid="export-csv"
        [disabled]="exporting.active()"
        (click)="export('Csv')"
      >
        <mat-icon svgIcon="download" />{{ 'Page:PeerSupervision.Reports.ExportCsv' | translate }}
      </button>
    </div>
    <div class="visually-hidden" aria-live="polite">{{ exportNotice() }}</div>
    <app-alert [message]="error()" />
    @if (report.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }

    @if (current(); as report) {
      <section aria-labelledby="supervision-total-heading">
        <h2 id="supervision-total-heading">
          {{ 'Page:PeerSupervision.Reports.Total' | translate }}
        </h2>
        <dl class="totals" data-testid="supervision-total">
          @for (item of totals(); track item.key) {
            <div>
              <dt>{{ item.label | translate }}</dt>
              <dd [attr.data-column]="item.key">{{ item.value }}</dd>
            </div>
          }
        </dl>
        <p class="hint">{{ 'Page:PeerSupervision.Reports.AttendanceHint' | translate }}</p>
      </section>
      <section aria-labelledby="supervision-region-heading">
        <h2 id="supervision-region-heading">
          {{ 'Page:PeerSupervision.Reports.ChartTitle' | translate }}
        </h2>
        <app-bar-chart
          [rows]="report.byRegion"
          [series]="regionSeries"
          [columns]="regionColumns"
          nameLabel="Page:PeerSupervision.Reports.Column.Region"
          caption="Page:PeerSupervision.Reports.ChartTitle"
          testId="by-region"
          labelledBy="supervision-region-heading"
        />
      </section>
      <section aria-labelledby="supervision-group-heading">
        <h2 id="supervision-group-heading">
          {{ 'Page:PeerSupervision.Reports.ByGroup' | translate }}
        </h2>
        @if (report.groups.length) {
          <app-data-table
            [rows]="report.groups"
            [fields]="groupFields()"
            testId="by-group-table"
            labelledBy="supervision-group-heading"
          />
        } @else {
          <p data-testid="no-groups">{{ 'Page:PeerSupervision.Reports.NoGroups' | translate }}</p>
        }
      </section>
      <section aria-labelledby="supervision-office-heading">
        <h2 id="supervision-office-heading">
          {{ 'Page:PeerSupervision.Reports.ByOffice' | translate }}
        </h2>
        <app-data-table
          [rows]="report.byOffice"
          [fields]="officeFields"
          testId="by-office-table"
          labelledBy="supervision-office-heading"
        />
      </section>
    }
  `,
  styles: `
    .filters {
      align-items: center;
      flex-wrap: wrap;
    }
    .scope-note,
    .hint {
      margin: 0;
    }
    .spacer {
      flex: 1 1 auto;
    }
    .totals {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 32px;
      margin: 0 0 8px;
    }
    .totals dt {
      font-size: 0.875rem;
    }
    .totals dd {
      margin: 0;
      font-size: 1.5rem;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisionReportsPage {
  private readonly api = inject(SupervisionReportApi);
  private readonly errors = inject(ErrorMessages);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly regionId = signal<string | undefined>(undefined);
  protected readonly officeId = signal<string | undefined>(undefined);
  protected readonly filters = computed<SupervisionReportFilters>(() => ({
    from: this.from() || undefined,
    to: this.to() || undefined,
    regionId: this.regionId(),
    officeId: this.officeId(),
  }));

  /** Place names and kinds come translated, so a new language reloads. */
  protected readonly report = resource({
    params: () => ({ filters: this.filters(), language: this.language.current() }),
    loader: ({ params }) => this.api.report(params.filters),
  });
  protected readonly current = computed(() => valueOf(this.report));
  protected readonly totals = computed(() => {
    const total = this.current()?.total;
    if (!total) return [];
    return [
      {
        key: 'groups',
        label: 'Page:PeerSupervision.Reports.Column.Groups',
        value: `${total.groups}`,
      },
      {
        key: 'supervisors',
        label: 'Page:PeerSupervision.Reports.Column.Supervisors',
        value: `${total.supervisors}`,
      },
      {
        key: 'members',
        label: 'Page:PeerSupervision.Reports.Column.Members',
        value: `${total.members}`,
      },
      {
        key: 'meetingsHeld',
        label: 'Page:PeerSupervision.Reports.Column.MeetingsHeld',
        value: `${total.meetingsHeld}`,
      },
      {
        key: 'meetingsCancelled',
        label: 'Page:PeerSupervision.Reports.Column.MeetingsCancelled',
        value: `${total.meetingsCancelled}`,
      },
      {
        key: 'attendanceRate',
        label: 'Page:PeerSupervision.Reports.Column.AttendanceRate',
        value: formatPercent(total.attendanceRate, this.language.current()),
      },
    ];
  });

  protected readonly groupFields = computed<TableField<SupervisionGroupRow>[]>(() => {
    const language = this.language.current();
    return [
      { id: 'name', heading: 'Page:PeerSupervision.Reports.Column.Name', value: (g) => g.name },
      {
        id: 'kind',
        heading: 'Page:PeerSupervision.Reports.Column.Kind',
        value: (g) => enumKey('SupervisionKind', g.kind),
        translate: true,
      },
      {
        id: 'offices',
        heading: 'Page:PeerSupervision.Reports.Column.Offices',
        value: (g) => g.offices.join(', '),
      },
      {
        id: 'supervisor',
        heading: 'Page:PeerSupervision.Reports.Column.Supervisor',
        value: (g) => g.supervisorName,
      },
      {
        id: 'members',
        heading: 'Page:PeerSupervision.Reports.Column.Members',
        value: (g) => g.members,
      },
      {
        id: 'meetingsHeld',
        heading: 'Page:PeerSupervision.Reports.Column.MeetingsHeld',
        value: (g) => g.meetingsHeld,
      },
      {
        id: 'meetingsCancelled',
        heading: 'Page:PeerSupervision.Reports.Column.MeetingsCancelled',
        value: (g) => g.meetingsCancelled,
      },
      {
        id: 'attendanceRate',
        heading: 'Page:PeerSupervision.Reports.Column.AttendanceRate',
        value: (g) => formatPercent(g.attendanceRate, language),
      },
    ];
  });

  /** Groups, members and meetings held as grouped bars; the table adds supervisors, cancellations and attendance. */
  protected readonly regionSeries: BarSeries<SupervisionRegionRow>[] = [
    {
      key: 'groups',
      label: 'Page:PeerSupervision.Reports.Column.Groups',
      value: (r) => r.counts.groups,
    },
    {
      key: 'members',
      label: 'Page:PeerSupervision.Reports.Column.Members',
      value: (r) => r.counts.members,
    },
    {
      key: 'meetingsHeld',
      label: 'Page:PeerSupervision.Reports.Column.MeetingsHeld',
      value: (r) => r.counts.meetingsHeld,
    },
  ];
  protected readonly regionColumns: ChartColumn<SupervisionRegionRow>[] = [
    {
      key: 'groups',
      label: 'Page:PeerSupervision.Reports.Column.Groups',
      value: (r) => r.counts.groups,
    },
    {
      key: 'supervisors',
      label: 'Page:PeerSupervision.Reports.Column.Supervisors',
      value: (r) => r.counts.supervisors,
    },
    {
      key: 'members',
      label: 'Page:PeerSupervision.Reports.Column.Members',
      value: (r) => r.counts.members,
    },
    {
      key: 'meetingsHeld',
      label: 'Page:PeerSupervision.Reports.Column.MeetingsHeld',
      value: (r) => r.counts.meetingsHeld,
    },
    {
      key: 'meetingsCancelled',
      label: 'Page:PeerSupervision.Reports.Column.MeetingsCancelled',
      value: (r) => r.counts.meetingsCancelled,
    },
    {
      key: 'attendanceRate',
      label: 'Page:PeerSupervision.Reports.Column.AttendanceRate',
      value: (r, language) => formatPercent(r.counts.attendanceRate, language),
      strong: true,
    },
  ];

  protected readonly officeFields: TableField<SupervisionOfficeRow>[] = [
    { id: 'name', heading: 'Page:PeerSupervision.Reports.Column.Office', value: (o) => o.name },
    { id: 'groups', heading: 'Page:PeerSupervision.Reports.Column.Groups', value: (o) => o.groups },
    {
      id: 'members',
      heading: 'Page:PeerSupervision.Reports.Column.Members',
      value: (o) => o.members,
    },
  ];

  protected readonly exporting = new Transfer();
  protected readonly exportNotice = signal('');
  private readonly exportError = signal<string | null>(null);
  protected readonly error = computed(() => {
    const error = this.report.error();
    return this.exportError() ?? (error ? this.errors.describe(error) : null);
  });

  /** An office belongs to a region: choosing another region lets the office go. */
  protected chooseRegion(regionId: string | undefined): void {
    this.regionId.set(regionId);
    this.officeId.set(undefined);
  }

  protected dateOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async export(format: SupervisionReportFormat): Promise<void> {
    this.exportError.set(null);
    this.exportNotice.set('');
    try {
      const response = await this.exporting.run(this.api.export(this.filters(), format));
      const name = saveResponse(response, format === 'Csv' ? 'export.csv' : 'export.xlsx');
      this.exportNotice.set(
        this.translate.instant('Page:PeerSupervision.Reports.Exported', { name }) as string,
      );
    } catch (error) {
      this.exportError.set(this.errors.describe(error));
    }
  }
}
