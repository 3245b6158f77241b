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
  CourseReportRow,
  Employer,
  EvaluationSummaryRow,
  PartnershipRow,
  ProgrammeCounts,
  ProgrammeDashboardApi,
  ProgrammeDashboardFilters,
  ProgrammeDashboardFormat,
  ProgrammeRow,
} from '../../data/programme-dashboard-api';
import { SupervisionRegionRow } from '../../data/supervision-report-api';
import { Alert } from '../../shared/alert';
import { BarChart, BarSeries, ChartColumn } from '../../shared/bar-chart';
import { formatPercent } from '../../shared/competence-format';
import { enumKey } from '../../shared/enum-labels';
import { saveResponse, Transfer } from '../../shared/file-transfer';
import { valueOf } from '../../shared/resource-value';
import { SelectFilter } from '../../shared/select-filter';

type CountKey = Exclude<keyof ProgrammeCounts, 'averageProgress' | 'completionRate'>;

const COUNT_LABELS: Record<CountKey, string> = {
  enrolled: 'Page:Reporting.Column.Enrolled',
  waitlisted: 'Page:Reporting.Column.Waitlisted',
  inProgress: 'Page:Reporting.Column.InProgress',
  completed: 'Page:Reporting.Column.Completed',
  droppedOut: 'Page:Reporting.Column.DroppedOut',
};
const COUNT_KEYS = Object.keys(COUNT_LABELS) as CountKey[];

/** Where each seat stands, stacked: in progress, completed, dropped out, and the waitlist. */
const PROGRESS_SERIES: BarSeries<ProgrammeRow>[] = (
  ['inProgress', 'completed', 'droppedOut', 'waitlisted'] as const
).map((key) => ({ key, label: COUNT_LABELS[key], value: (row) => row.counts[key] }));

/** The counts, then average progress and completion rate, as the table of every breakdown shows them. */
const PROGRESS_COLUMNS: ChartColumn<ProgrammeRow>[] = [
  ...COUNT_KEYS.map((key) => ({
    key,
    label: COUNT_LABELS[key],
    value: (row: ProgrammeRow) => row.counts[key],
  })),
  {
    key: 'averageProgress',
    label: 'Page:Reporting.Column.AverageProgress',
    value: (row, language) => formatPercent(row.counts.averageProgress, language),
  },
  {
    key: 'completionRate',
    label: 'Page:Reporting.Column.CompletionRate',
    value: (row, language) => formatPercent(row.counts.completionRate, language),
    strong: true,
  },
];

const EMPLOYERS: readonly Employer[] = ['State', 'Municipality'];

/**
 * The programme in the viewer's scope: key figures, enrolment and progress per cohort, region and
 * employer, state and municipal leaders side by side, e-learning and supervision; each chart with
 * its numbers in a table, and every table exported as Excel or CSV.
 */
@Component({
  selector: 'app-programme-dashboard',
  imports: [
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    Alert,
    BarChart,
    SelectFilter,
  ],
  template: `
    <h1>{{ 'Page:Reporting.Title' | translate }}</h1>
    <p>{{ 'Page:Reporting.Intro' | translate }}</p>

    <div
      class="page-actions filters"
      role="group"
      [attr.aria-label]="'Page:Reporting.Filters' | translate"
    >
      @if ((current()?.programmes?.length ?? 0) > 1) {
        <app-select-filter
          label="Page:Reporting.Filter.Programme"
          [value]="programmeId()"
          [options]="current()?.programmes"
          (changed)="chooseProgramme($event)"
        />
      }
      <app-select-filter
        label="Page:Reporting.Filter.Cohort"
        [value]="cohortId()"
        [options]="current()?.cohorts"
        (changed)="cohortId.set($event)"
      />
      @if ((current()?.regions?.length ?? 0) > 1) {
        <app-select-filter
          label="Page:Reporting.Filter.Region"
          [value]="regionId()"
          [options]="current()?.regions"
          (changed)="regionId.set($event)"
        />
      }
      <app-select-filter
        label="Page:Reporting.Filter.Employer"
        [value]="employer()"
        [options]="employerOptions"
        [translateNames]="true"
        (changed)="employer.set($any($event))"
      />
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'Page:Reporting.Filter.From' | translate }}</mat-label>
        <input
          matInput
          type="date"
          data-testid="from"
          [value]="from()"
          (change)="from.set(dateOf($event))"
        />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'Page:Reporting.Filter.To' | translate }}</mat-label>
        <input
          matInput
          type="date"
          data-testid="to"
          [value]="to()"
          (change)="to.set(dateOf($event))"
        />
      </mat-form-field>
    </div>

    <div class="page-actions">
      @if (current(); as report) {
        <p class="scope-note" data-testid="scope-name">
          {{ 'Page:Reporting.Scope' | translate: { scope: report.scopeName } }}
        </p>
      }
      <span class="spacer"></span>
      <button
        mat-stroked-button
        type="button"
        data-testid="export-xlsx"
        [disabled]="exporting.active()"
        (click)="export('Xlsx')"
      >
        <mat-icon svgIcon="download" />{{ 'Page:Reporting.ExportExcel' | translate }}
      </button>
      <button
        mat-stroked-button
        type="button"
        data-testid="export-csv"
        [disabled]="exporting.active()"
        (click)="export('Csv')"
      >
        <mat-icon svgIcon="download" />{{ 'Page:Reporting.ExportCsv' | translate }}
      </button>
    </div>
    <div class="visually-hidden" aria-live="polite">{{ exportNotice() }}</div>
    <app-alert [message]="error()" />
    @if (dashboard.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }

    @if (current(); as report) {
      <section aria-labelledby="dashboard-total-heading">
        <h2 id="dashboard-total-heading">{{ 'Page:Reporting.Total' | translate }}</h2>
        <dl class="totals" data-testid="dashboard-total">
          @for (item of totals(); track item.key) {
            <div>
              <dt>{{ item.label | translate }}</dt>
              <dd [attr.data-column]="item.key">{{ item.value }}</dd>
            </div>
          }
        </dl>
      </section>
      <section aria-labelledby="dashboard-cohort-heading">
        <h2 id="dashboard-cohort-heading">{{ 'Page:Reporting.ByCohort' | translate }}</h2>
        <app-bar-chart
          [rows]="report.byCohort"
          [series]="progressSeries"
          [columns]="progressColumns"
          [stacked]="true"
          nameLabel="Page:Reporting.Column.Cohort"
          caption="Page:Reporting.ByCohort"
          testId="by-cohort"
          labelledBy="dashboard-cohort-heading"
        />
      </section>
      <section aria-labelledby="dashboard-region-heading">
        <h2 id="dashboard-region-heading">{{ 'Page:Reporting.ByRegion' | translate }}</h2>
        <app-bar-chart
          [rows]="report.byRegion"
          [series]="progressSeries"
          [columns]="progressColumns"
          [stacked]="true"
          nameLabel="Page:Reporting.Column.Region"
          caption="Page:Reporting.ByRegion"
          testId="by-region"
          labelledBy="dashboard-region-heading"
        />
      </section>
      <section aria-labelledby="dashboard-partnership-heading">
        <h2 id="dashboard-partnership-heading">{{ 'Page:Reporting.Partnership' | translate }}</h2>
        <p class="hint">{{ 'Page:Reporting.PartnershipHelp' | translate }}</p>
        <app-bar-chart
          [rows]="report.partnership"
          [series]="partnershipSeries"
          nameLabel="Page:Reporting.Column.Region"
          caption="Page:Reporting.Partnership"
          testId="partnership"
          labelledBy="dashboard-partnership-heading"
        />
      </section>
      <section aria-labelledby="dashboard-employer-heading">
        <h2 id="dashboard-employer-heading">{{ 'Page:Reporting.ByEmployer' | translate }}</h2>
        <app-bar-chart
          [rows]="report.byEmployer"
          [series]="progressSeries"
          [columns]="progressColumns"
          [stacked]="true"
          nameLabel="Page:Reporting.Column.Employer"
          caption="Page:Reporting.ByEmployer"
          testId="by-employer"
          labelledBy="dashboard-employer-heading"
        />
      </section>
      <section aria-labelledby="dashboard-course-heading">
        <h2 id="dashboard-course-heading">{{ 'Page:Reporting.Courses' | translate }}</h2>
        <app-bar-chart
          [rows]="report.courses"
          [series]="courseSeries"
          [columns]="courseColumns"
          scale="percent"
          nameLabel="Page:Reporting.Column.Course"
          caption="Page:Reporting.Courses"
          testId="by-course"
          labelledBy="dashboard-course-heading"
        />
      </section>
      <section aria-labelledby="dashboard-supervision-heading">
        <h2 id="dashboard-supervision-heading">{{ 'Page:Reporting.Supervision' | translate }}</h2>
        <app-bar-chart
          [rows]="report.supervision.byRegion"
          [series]="supervisionSeries"
          [columns]="supervisionColumns"
          nameLabel="Page:Reporting.Column.Region"
          caption="Page:Reporting.Supervision"
          testId="supervision"
          labelledBy="dashboard-supervision-heading"
        />
      </section>
      <section aria-labelledby="dashboard-evaluation-heading">
        <h2 id="dashboard-evaluation-heading">{{ 'Page:Reporting.Evaluations' | translate }}</h2>
        <p class="hint">{{ 'Page:Reporting.EvaluationsHelp' | translate }}</p>
        <app-bar-chart
          [rows]="report.evaluations"
          [series]="evaluationSeries"
          [columns]="evaluationColumns()"
          [name]="evaluationTitle"
          scale="percent"
          nameLabel="Page:Reporting.Column.Name"
          caption="Page:Reporting.Evaluations"
          testId="evaluations"
          labelledBy="dashboard-evaluation-heading"
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
      margin: 0 0 8px;
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
export class ProgrammeDashboardPage {
  private readonly api = inject(ProgrammeDashboardApi);
  private readonly errors = inject(ErrorMessages);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  protected readonly programmeId = signal<string | undefined>(undefined);
  protected readonly cohortId = signal<string | undefined>(undefined);
  protected readonly regionId = signal<string | undefined>(undefined);
  protected readonly employer = signal<Employer | undefined>(undefined);
  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly filters = computed<ProgrammeDashboardFilters>(() => ({
    programmeId: this.programmeId(),
    cohortId: this.cohortId(),
    regionId: this.regionId(),
    employer: this.employer(),
    from: this.from() || undefined,
    to: this.to() || undefined,
  }));

  /** Programme, course and employer names come translated, so a new language reloads. */
  protected readonly dashboard = resource({
    params: () => ({ filters: this.filters(), language: this.language.current() }),
    loader: ({ params }) => this.api.dashboard(params.filters),
  });
  protected readonly current = computed(() => valueOf(this.dashboard));

  protected readonly employerOptions = EMPLOYERS.map((id) => ({
    id,
    name: enumKey('Employer', id),
  }));

  protected readonly totals = computed(() => {
    const total = this.current()?.total;
    if (!total) return [];
    const language = this.language.current();
    return [
      ...COUNT_KEYS.map((key) => ({ key, label: COUNT_LABELS[key], value: `${total[key]}` })),
      {
        key: 'averageProgress',
        label: 'Page:Reporting.Column.AverageProgress',
        value: formatPercent(total.averageProgress, language),
      },
      {
        key: 'completionRate',
        label: 'Page:Reporting.Column.CompletionRate',
        value: formatPercent(total.completionRate, language),
      },
    ];
  });

  protected readonly progressSeries = PROGRESS_SERIES;
  protected readonly progressColumns = PROGRESS_COLUMNS;

  protected readonly partnershipSeries: BarSeries<PartnershipRow>[] = [
    {
      key: 'stateEnrolled',
      label: 'Page:Reporting.Column.StateEnrolled',
      value: (r) => r.state.enrolled,
    },
    {
      key: 'municipalEnrolled',
      label: 'Page:Reporting.Column.MunicipalEnrolled',
      value: (r) => r.municipal.enrolled,
    },
    {
      key: 'stateCompleted',
      label: 'Page:Reporting.Column.StateCompleted',
      value: (r) => r.state.completed,
    },
    {
      key: 'municipalCompleted',
      label: 'Page:Reporting.Column.MunicipalCompleted',
      value: (r) => r.municipal.completed,
    },
  ];
  protected readonly courseSeries: BarSeries<CourseReportRow>[] = [
    {
      key: 'completionRate',
      label: 'Page:Reporting.Column.CompletionRate',
      value: (r) => r.completionRate,
    },
    {
      key: 'quizPassRate',
      label: 'Page:Reporting.Column.QuizPassRate',
      value: (r) => r.quizPassRate,
    },
  ];
  protected readonly courseColumns: ChartColumn<CourseReportRow>[] = [
    { key: 'enrolled', label: 'Page:Reporting.Column.Enrolled', value: (r) => r.enrolled },
    { key: 'completed', label: 'Page:Reporting.Column.Completed', value: (r) => r.completed },
    {
      key: 'completionRate',
      label: 'Page:Reporting.Column.CompletionRate',
      value: (r, language) => formatPercent(r.completionRate, language),
      strong: true,
    },
    { key: 'quizTaken', label: 'Page:Reporting.Column.QuizTaken', value: (r) => r.quizTaken },
    { key: 'quizPassed', label: 'Page:Reporting.Column.QuizPassed', value: (r) => r.quizPassed },
    {
      key: 'quizPassRate',
      label: 'Page:Reporting.Column.QuizPassRate',
      value: (r, language) => formatPercent(r.quizPassRate, language),
      strong: true,
    },
  ];

  protected readonly supervisionSeries: BarSeries<SupervisionRegionRow>[] = [
    { key: 'groups', label: 'Page:Reporting.Column.Groups', value: (r) => r.counts.groups },
    { key: 'members', label: 'Page:Reporting.Column.Members', value: (r) => r.counts.members },
    {
      key: 'meetingsHeld',
      label: 'Page:Reporting.Column.MeetingsHeld',
      value: (r) => r.counts.meetingsHeld,
    },
  ];
  protected readonly supervisionColumns: ChartColumn<SupervisionRegionRow>[] = [
    ...this.supervisionSeries,
    {
      key: 'meetingsCancelled',
      label: 'Page:Reporting.Column.MeetingsCancelled',
      value: (r) => r.counts.meetingsCancelled,
    },
    {
      key: 'attendanceRate',
      label: 'Page:Reporting.Column.AttendanceRate',
      value: (r, language) => formatPercent(r.counts.attendanceRate, language),
      strong: true,
    },
  ];

  protected readonly evaluationTitle = (row: EvaluationSummaryRow): string => row.title;
  protected readonly evaluationSeries: BarSeries<EvaluationSummaryRow>[] = [
    {
      key: 'responseRate',
      label: 'Page:Reporting.Column.ResponseRate',
      value: (r) => r.responseRate,
    },
  ];
  /** The average is there only above the evaluation's threshold; below it the table says so. */
  protected readonly evaluationColumns = computed<ChartColumn<EvaluationSummaryRow>[]>(() => {
    this.language.current();
    return [
      {
        key: 'targetKind',
        label: 'Page:Reporting.Column.TargetKind',
        value: (r) =>
          this.translate.instant(enumKey('EvaluationTargetKind', r.targetKind)) as string,
      },
      { key: 'answered', label: 'Page:Reporting.Column.Answered', value: (r) => r.answered },
      { key: 'eligible', label: 'Page:Reporting.Column.Eligible', value: (r) => r.eligible },
      {
        key: 'responseRate',
        label: 'Page:Reporting.Column.ResponseRate',
        value: (r, language) => formatPercent(r.responseRate, language),
      },
      {
        key: 'likertAverage',
        label: 'Page:Reporting.Column.LikertAverage',
        value: (r, language) =>
          r.likertAverage == null
            ? (this.translate.instant('Page:Reporting.TooFewAnswers') as string)
            : new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(r.likertAverage),
        strong: true,
      },
    ];
  });

  protected readonly exporting = new Transfer();
  protected readonly exportNotice = signal('');
  private readonly exportError = signal<string | null>(null);
  protected readonly error = computed(() => {
    const error = this.dashboard.error();
    return this.exportError() ?? (error ? this.errors.describe(error) : null);
  });

  /** A cohort belongs to a programme: choosing another programme lets the cohort go. */
  protected chooseProgramme(programmeId: string | undefined): void {
    this.programmeId.set(programmeId);
    this.cohortId.set(undefined);
  }

  protected dateOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async export(format: ProgrammeDashboardFormat): Promise<void> {
    this.exportError.set(null);
    this.exportNotice.set('');
    try {
      const response = await this.exporting.run(this.api.export(this.filters(), format));
      saveResponse(response, format === 'Csv' ? 'export.csv' : 'export.xlsx');
      this.exportNotice.set(this.translate.instant('Page:Reporting.Exported') as string);
    } catch (error) {
      this.exportError.set(this.errors.describe(error));
    }
  }
}
