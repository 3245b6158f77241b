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
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import {
  CourseProgressApi,
  CourseProgressFilters,
  CourseProgressFormat,
  CourseProgressRow,
} from '../../data/course-progress-api';
import { Alert } from '../../shared/alert';
import { BarChart, BarSeries, ChartColumn } from '../../shared/bar-chart';
import { formatPercent } from '../../shared/competence-format';
import { saveResponse, Transfer } from '../../shared/file-transfer';
import { valueOf } from '../../shared/resource-value';

/** Completion of courses in the viewer's scope, per course, region and office, with export. */
@Component({
  selector: 'app-course-progress',
  imports: [
    TranslatePipe,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    Alert,
    BarChart,
  ],
  template: `
    <h1>{{ 'Page:CourseProgress.Title' | translate }}</h1>
    <p>{{ 'Page:CourseProgress.Intro' | translate }}</p>

    <div
      class="page-actions filters"
      role="group"
      [attr.aria-label]="'Page:CourseProgress.Filters' | translate"
    >
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'Page:CourseProgress.Column.Course' | translate }}</mat-label>
        <mat-select [value]="courseId()" (valueChange)="courseId.set($event)">
          <mat-option value="">{{ 'Ui:All' | translate }}</mat-option>
          @for (course of current()?.courses ?? []; track course.id) {
            <mat-option [value]="course.id">{{ course.title }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (canAssign()) {
        <a mat-stroked-button routerLink="/course-progress/assign" data-testid="assign-link">
          {{ 'Page:CourseProgress.Assign.Title' | translate }}
        </a>
      }
    </div>

    <div class="page-actions">
      @if (current(); as report) {
        <p class="scope-note" data-testid="scope-name">
          {{ 'Page:CourseProgress.Showing' | translate: { scope: report.scopeName } }}
        </p>
      }
      <span class="spacer"></span>
      <button
        mat-stroked-button
        type="button"
        [disabled]="exporting.active()"
        (click)="export('Xlsx')"
      >
        <mat-icon svgIcon="download" />{{ 'Page:CourseProgress.ExportExcel' | translate }}
      </button>
      <button
        mat-stroked-button
        type="button"
        [disabled]="exporting.active()"
        (click)="export('Csv')"
      >
        <mat-icon svgIcon="download" />{{ 'Page:CourseProgress.ExportCsv' | translate }}
      </button>
    </div>
    <div class="visually-hidden" aria-live="polite">{{ exportNotice() }}</div>
    <app-alert [message]="error()" />
    @if (report.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }

    @if (current(); as report) {
      <section aria-labelledby="progress-total-heading">
        <h2 id="progress-total-heading">{{ 'Page:CourseProgress.Total' | translate }}</h2>
        <dl class="totals" data-testid="progress-total">
          @for (item of totals(); track item.label) {
            <div>
              <dt>{{ item.label | translate }}</dt>
              <dd [attr.data-column]="item.key">{{ item.value }}</dd>
            </div>
          }
        </dl>
      </section>
      <section aria-labelledby="progress-course-heading">
        <h2 id="progress-course-heading">{{ 'Page:CourseProgress.ByCourse' | translate }}</h2>
        <app-bar-chart
          [rows]="report.byCourse"
          [series]="progressSeries"
          [columns]="progressColumns"
          [stacked]="true"
          nameLabel="Page:CourseProgress.Column.Course"
          caption="Page:CourseProgress.ByCourse"
          testId="by-course"
          labelledBy="progress-course-heading"
        />
      </section>
      <section aria-labelledby="progress-region-heading">
        <h2 id="progress-region-heading">{{ 'Page:CourseProgress.ByRegion' | translate }}</h2>
        <app-bar-chart
          [rows]="report.byRegion"
          [series]="progressSeries"
          [columns]="progressColumns"
          [stacked]="true"
          nameLabel="Page:CourseProgress.Column.Region"
          caption="Page:CourseProgress.ByRegion"
          testId="by-region"
          labelledBy="progress-region-heading"
        />
      </section>
      <section aria-labelledby="progress-office-heading">
        <h2 id="progress-office-heading">{{ 'Page:CourseProgress.ByOffice' | translate }}</h2>
        <app-bar-chart
          [rows]="report.byOffice"
          [series]="progressSeries"
          [columns]="progressColumns"
          [stacked]="true"
          nameLabel="Page:CourseProgress.Column.Office"
          caption="Page:CourseProgress.ByOffice"
          testId="by-office"
          labelledBy="progress-office-heading"
        />
      </section>
    }
  `,
  styles: `
    .filters {
      align-items: center;
    }
    .scope-note {
      margin: 0;
    }
    .spacer {
      flex: 1 1 auto;
    }
    .totals {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 32px;
      margin: 0 0 16px;
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
export class CourseProgressPage {
  private readonly api = inject(CourseProgressApi);
  private readonly errors = inject(ErrorMessages);
  private readonly translate = inject(TranslateService);
  private readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService);

  protected readonly courseId = signal('');
  /** Completed, in progress and not started make up each bar; the table adds enrolled, overdue and the rate. */
  protected readonly progressSeries: BarSeries<CourseProgressRow>[] = [
    {
      key: 'completed',
      label: 'Page:CourseProgress.Column.Completed',
      value: (r) => r.counts.completed,
      colour: '#06893a',
    },
    {
      key: 'inProgress',
      label: 'Page:CourseProgress.Column.InProgress',
      value: (r) => r.counts.inProgress,
      colour: '#0067c5',
    },
    {
      key: 'notStarted',
      label: 'Page:CourseProgress.Column.NotStarted',
      value: (r) => r.counts.notStarted,
      colour: '#5a5a5a',
    },
  ];
  protected readonly progressColumns: ChartColumn<CourseProgressRow>[] = [
    {
      key: 'enrolled',
      label: 'Page:CourseProgress.Column.Enrolled',
      value: (r) => r.counts.enrolled,
    },
    {
      key: 'notStarted',
      label: 'Page:CourseProgress.Column.NotStarted',
      value: (r) => r.counts.notStarted,
    },
    {
      key: 'inProgress',
      label: 'Page:CourseProgress.Column.InProgress',
      value: (r) => r.counts.inProgress,
    },
    {
      key: 'completed',
      label: 'Page:CourseProgress.Column.Completed',
      value: (r) => r.counts.completed,
    },
    { key: 'overdue', label: 'Page:CourseProgress.Column.Overdue', value: (r) => r.counts.overdue },
    {
      key: 'completionRate',
      label: 'Page:CourseProgress.Column.CompletionRate',
      value: (r, language) => formatPercent(r.counts.completionRate, language),
      strong: true,
    },
  ];
  protected readonly filters = computed<CourseProgressFilters>(() => ({
    courseId: this.courseId() || undefined,
  }));
  protected readonly canAssign = computed(() =>
    this.auth.hasPermission(Permissions.ELearningAssign),
  );

  /** Course titles and place names come translated, so a new language reloads. */
  protected readonly report = resource({
    params: () => ({ filters: this.filters(), language: this.language.current() }),
    loader: ({ params }) => this.api.progress(params.filters),
  });
  protected readonly current = computed(() => valueOf(this.report));
  protected readonly totals = computed(() => {
    const total = this.current()?.total;
    if (!total) return [];
    return [
      { key: 'enrolled', label: 'Page:CourseProgress.Column.Enrolled', value: total.enrolled },
      {
        key: 'inProgress',
        label: 'Page:CourseProgress.Column.InProgress',
        value: total.inProgress,
      },
      { key: 'completed', label: 'Page:CourseProgress.Column.Completed', value: total.completed },
      { key: 'overdue', label: 'Page:CourseProgress.Column.Overdue', value: total.overdue },
    ];
  });

  protected readonly exporting = new Transfer();
  protected readonly exportNotice = signal('');
  private readonly exportError = signal<string | null>(null);
  protected readonly error = computed(() => {
    const error = this.report.error();
    return this.exportError() ?? (error ? this.errors.describe(error) : null);
  });

  protected async export(format: CourseProgressFormat): Promise<void> {
    this.exportError.set(null);
    this.exportNotice.set('');
    try {
      const response = await this.exporting.run(this.api.export(this.filters(), format));
      const name = saveResponse(response, format === 'Csv' ? 'export.csv' : 'export.xlsx');
      this.exportNotice.set(
        this.translate.instant('Page:CourseProgress.Exported', { name }) as string,
      );
    } catch (error) {
      this.exportError.set(this.errors.describe(error));
    }
  }
}
