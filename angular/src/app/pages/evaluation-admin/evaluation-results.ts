import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';
import { ErrorMessages } from '../../core/error-messages';
import { Permissions } from '../../core/permissions';
import { LanguageService } from '../../core/language.service';
import { EvaluationsApi, type QuestionResult } from '../../data/evaluations-api';
import { Alert } from '../../shared/alert';
import { EnumLabelPipe } from '../../shared/enum-labels';
import { BarChart, type BarSeries } from '../../shared/bar-chart';
import { AppDatePipe } from '../../shared/date-format';
import { saveResponse, Transfer } from '../../shared/file-transfer';

/** One bar: a point of the scale or an option, and how many chose it. */
interface ChoiceRow {
  name: string;
  count: number;
}

const SERIES: readonly BarSeries<ChoiceRow>[] = [
  { key: 'count', label: 'Page:Evaluations.Results.Column.Answers', value: (row) => row.count },
];

/**
 * The results of one evaluation: per question the distribution as a chart with its table, the
 * average, and the released free-text answers. A question (or the whole evaluation) with fewer
 * answers than the set's minimum says so instead of showing numbers.
 */
@Component({
  selector: 'app-evaluation-results',
  imports: [
    AppDatePipe,
    BarChart,
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    Alert,
    EnumLabelPipe,
  ],
  template: `
    <h1>{{ 'Page:Evaluations.Results.Title' | translate }}</h1>
    @if (results.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />
    @if (found(); as r) {
      <h2>{{ r.title }}</h2>
      <p>
        {{ r.targetKind | enumLabel: 'EvaluationTargetKind' | translate }} ·
        {{ r.opensAt | appDate: 'dateTime' }} – {{ r.closesAt | appDate: 'dateTime' }}
      </p>
      <p data-testid="results-answered">
        {{
          'Page:Evaluations.Manage.AnsweredOf'
            | translate: { answered: r.answered, eligible: r.eligible }
        }}
      </p>
      <div class="page-actions">
        <button
          mat-stroked-button
          type="button"
          data-testid="export-xlsx"
          [disabled]="exporting.active()"
          (click)="export('Xlsx')"
        >
          {{ 'Page:Evaluations.Results.ExportExcel' | translate }}
        </button>
        <button
          mat-stroked-button
          type="button"
          data-testid="export-csv"
          [disabled]="exporting.active()"
          (click)="export('Csv')"
        >
          {{ 'Page:Evaluations.Results.ExportCsv' | translate }}
        </button>
      </div>
      <div class="visually-hidden" aria-live="polite">{{ exportNotice() }}</div>
      @if (r.hidden) {
        <p data-testid="results-too-few">
          {{ 'Page:Evaluations.Results.TooFew' | translate }}
          ({{ 'Page:Evaluations.Results.Minimum' | translate: { count: r.minimumAnswers } }})
        </p>
      } @else {
        @for (q of questions(); track q.questionId; let i = $index) {
          <section
            class="question"
            [attr.aria-labelledby]="'q-' + i"
            [attr.data-testid]="'result-' + i"
          >
            <h3 [id]="'q-' + i">{{ i + 1 }}. {{ q.text }}</h3>
            @if (q.hidden) {
              <p data-testid="question-too-few">
                {{ 'Page:Evaluations.Results.TooFew' | translate }}
              </p>
            } @else if (q.kind === 'FreeText') {
              @if (q.texts?.length) {
                <ul class="texts">
                  @for (t of q.texts; track $index) {
                    <li>{{ t }}</li>
                  }
                </ul>
              } @else {
                <p>{{ 'Page:Evaluations.Results.NoTexts' | translate }}</p>
              }
            } @else {
              <p>
                {{ 'Page:Evaluations.Results.Column.Answers' | translate }}: {{ q.count }}
                @if (q.average !== null) {
                  · {{ 'Page:Evaluations.Results.Column.Average' | translate }}:
                  <strong data-testid="average">{{ decimal(q.average) }}</strong>
                }
              </p>
              <app-bar-chart
                [rows]="choices(q)"
                [series]="series"
                nameLabel="Page:Evaluations.Results.Column.Choice"
                [caption]="q.text"
                [testId]="'chart-' + i"
                [labelledBy]="'q-' + i"
              />
            }
          </section>
        }
      }
      @if (comparison.hasValue() && comparison.value(); as c) {
        @if (c.columns.length > 1) {
          <section aria-labelledby="comparison-heading" data-testid="comparison">
            <h2 id="comparison-heading">{{ 'Page:Evaluations.Results.Comparison' | translate }}</h2>
            <div class="scroll">
              <table>
                <caption>
                  {{
                    'Page:Evaluations.Results.ComparisonCaption' | translate: { name: c.name }
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      {{ 'Page:Evaluations.Results.Column.Question' | translate }}
                    </th>
                    @for (col of c.columns; track col.cohortId) {
                      <th scope="col">{{ col.cohortName }} (n={{ col.answered }})</th>
                    }
                  </tr>
                </thead>
                <tbody>
                  @for (row of c.rows; track row.questionId) {
                    <tr>
                      <th scope="row">{{ row.text }}</th>
                      @for (cell of row.cells; track cell.cohortId) {
                        <td>
                          @if (cell.hidden) {
                            {{ 'Page:Evaluations.Results.TooFew' | translate }}
                          } @else if (cell.average !== null) {
                            {{ decimal(cell.average) }}
                          } @else {
                            {{ cell.count }}
                          }
                        </td>
                      }
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </section>
        }
      }
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 900px;
    }
    .question {
      margin: 16px 0;
      padding-bottom: 12px;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      text-align: left;
      padding: 6px 10px;
      border-bottom: 1px solid var(--ax-border-neutral-subtle);
    }
    .texts li {
      margin: 0 0 8px;
      white-space: pre-wrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvaluationResultsPage {
  private readonly api = inject(EvaluationsApi);
  private readonly auth = inject(AuthService);
  private readonly errors = inject(ErrorMessages);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  /** From the route `/evaluations/:id/results`. */
  readonly id = input.required<string>();

  protected readonly series = SERIES;
  protected readonly exporting = new Transfer();
  protected readonly exportNotice = signal('');
  private readonly exportError = signal<string | null>(null);

  protected readonly results = resource({
    params: () => ({ id: this.id(), language: this.language.current() }),
    loader: ({ params }) => this.api.results(params.id),
  });

  /** Managers also see the question set's results per cohort, when it has run in more than one. */
  protected readonly comparison = resource({
    params: () =>
      this.auth.hasPermission(Permissions.EvaluationsManage)
        ? { id: this.id(), language: this.language.current() }
        : undefined,
    loader: async ({ params }) => {
      const evaluation = await this.api.evaluation(params.id);
      return this.api.compare(evaluation.questionSetId);
    },
  });

  protected readonly found = computed(() =>
    this.results.hasValue() ? this.results.value() : null,
  );
  protected readonly questions = computed(() =>
    [...(this.found()?.questions ?? [])].sort((a, b) => a.order - b.order),
  );
  protected readonly error = computed(() => {
    const error = this.results.error();
    return this.exportError() ?? (error ? this.errors.describe(error) : null);
  });

  /** An average with one decimal, with the decimal comma in Norwegian. */
  protected decimal(value: number): string {
    const text = value.toFixed(1);
    return this.language.current() === 'en' ? text : text.replace('.', ',');
  }

  /** The bars of a question: the points 1–5 of the scale, or the options. */
  protected choices(q: QuestionResult): ChoiceRow[] {
    const counts = q.distribution ?? [];
    return counts.map((count, i) => ({
      name: q.kind === 'Likert' ? String(i + 1) : (q.options[i] ?? String(i + 1)),
      count,
    }));
  }

  protected async export(format: 'Csv' | 'Xlsx'): Promise<void> {
    this.exportError.set(null);
    this.exportNotice.set('');
    try {
      const response = await this.exporting.run(this.api.exportResults(this.id(), format));
      saveResponse(response, format === 'Csv' ? 'evaluation.csv' : 'evaluation.xlsx');
      this.exportNotice.set(this.translate.instant('Page:Evaluations.Results.Exported') as string);
    } catch (error) {
      this.exportError.set(this.errors.describe(error));
    }
  }
}
