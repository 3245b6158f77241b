import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  inject,
  resource,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import {
  CompetenceApi,
  ExportFormat,
  GapFilters,
  GapRow,
  HeatmapRow,
} from '../../data/competence-api';
import { Lookups, Option } from '../../data/lookups';
import { Alert } from '../../shared/alert';
import { BarChart, BarSeries, ChartColumn } from '../../shared/bar-chart';
import {
  COMPETENCE_STATUSES,
  countOf,
  formatPercent,
  heatBarColour,
} from '../../shared/competence-format';
import { enumKey } from '../../shared/enum-labels';
import { saveResponse, Transfer } from '../../shared/file-transfer';
import { GapHeatmap, HeatmapTarget } from './gap-heatmap';
import { GapPeople } from './gap-people';
import { valueOf } from '../../shared/resource-value';
import { SummaryCards } from './summary-cards';

/** The regions and offices the viewer may choose between, as the unfiltered heatmap has them. */
export function scopeOptions(rows: readonly HeatmapRow[]): {
  regions: Option[];
  offices: (Option & { regionId: string })[];
} {
  const regions = new Map<string, string>();
  const offices = new Map<string, Option & { regionId: string }>();
  for (const row of rows) {
    regions.set(row.regionId, row.regionName);
    offices.set(row.officeId, { id: row.officeId, name: row.officeName, regionId: row.regionId });
  }
  const byName = (a: Option, b: Option) => a.name.localeCompare(b.name, 'nb');
  return {
    regions: [...regions].map(([id, name]) => ({ id, name })).sort(byName),
    offices: [...offices.values()].sort(byName),
  };
}

interface DrillDown {
  /** Changes with the target, so that each target gets a fresh list. */
  key: string;
  competence: string;
  unit: string;
  query: GapFilters;
}

@Component({
  selector: 'app-competence-gaps',
  imports: [
    TranslatePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    Alert,
    BarChart,
    GapHeatmap,
    GapPeople,
    SummaryCards,
  ],
  template: `
    <h1>{{ 'Page:Competence.Gaps.Title' | translate }}</h1>
    <p>{{ 'Page:Competence.Gaps.Intro' | translate }}</p>

    <div
      class="page-actions filters"
      role="group"
      [attr.aria-label]="'Page:Competence.Gaps.Filters' | translate"
    >
      @if (singleOffice(); as office) {
        <p class="scope-note" data-testid="single-office">
          {{ 'Field:Office' | translate }}: <strong>{{ office.name }}</strong>
        </p>
      } @else {
        @if (options().regions.length > 1) {
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'Field:Region' | translate }}</mat-label>
            <mat-select [value]="regionId()" (valueChange)="setRegion($event)">
              <mat-option value="">{{ 'Ui:All' | translate }}</mat-option>
              @for (region of options().regions; track region.id) {
                <mat-option [value]="region.id">{{ region.name }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'Field:Office' | translate }}</mat-label>
          <mat-select [value]="officeId()" (valueChange)="setOffice($event)">
            <mat-option value="">{{ 'Ui:All' | translate }}</mat-option>
            @for (office of offices(); track office.id) {
              <mat-option [value]="office.id">{{ office.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'Field:JobRole' | translate }}</mat-label>
        <mat-select [value]="jobRoleId()" (valueChange)="setJobRole($event)">
          <mat-option value="">{{ 'Ui:All' | translate }}</mat-option>
          @for (role of roles(); track role.id) {
            <mat-option [value]="role.id">{{ role.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-checkbox
        [checked]="includeRecommended()"
        (change)="setIncludeRecommended($event.checked)"
      >
        {{ 'Page:Competence.Gaps.IncludeRecommended' | translate }}
      </mat-checkbox>
    </div>

    <div class="page-actions">
      @if (currentSummary(); as s) {
        <p class="scope-note" data-testid="scope-name">
          {{ 'Page:Competence.Gaps.Showing' | translate: { scope: s.scopeName } }}
        </p>
      }
      <span class="spacer"></span>
      <button
        mat-stroked-button
        type="button"
        [disabled]="exporting.active()"
        (click)="export('Xlsx')"
      >
        <mat-icon svgIcon="download" />{{ 'Page:Competence.Gaps.ExportExcel' | translate }}
      </button>
      <button
        mat-stroked-button
        type="button"
        [disabled]="exporting.active()"
        (click)="export('Csv')"
      >
        <mat-icon svgIcon="download" />{{ 'Page:Competence.Gaps.ExportCsv' | translate }}
      </button>
    </div>
    @if (exporting.active()) {
      <mat-progress-bar
        class="progress"
        [mode]="exporting.progress() === null ? 'indeterminate' : 'determinate'"
        [value]="(exporting.progress() ?? 0) * 100"
        [attr.aria-label]="'Page:Competence.Gaps.Exporting' | translate"
      />
    }
    <div class="visually-hidden" aria-live="polite">{{ exportNotice() }}</div>
    <app-alert [message]="error()" />
    @if (summary.isLoading() || heatmap.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }

    @if (currentSummary(); as s) {
      <section aria-labelledby="gap-summary-heading">
        <h2 id="gap-summary-heading">{{ 'Page:Competence.Summary.Heading' | translate }}</h2>
        <app-summary-cards [counts]="s.total" testId="gap-summary" />
      </section>

      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">{{ 'Page:Competence.Gaps.ChartTitle' | translate }}</h2>
        <p class="muted">{{ 'Page:Competence.Gaps.ChartHelp' | translate }}</p>
        <app-bar-chart
          [rows]="s.byCompetence"
          [series]="coverageSeries"
          [columns]="coverageColumns"
          [describe]="describeCoverage"
          scale="percent"
          nameLabel="Page:Competence.Field.Area"
          caption="Page:Competence.Gaps.ChartTitle"
          pickLabel="Page:Competence.Gaps.ShowPeople"
          testId="competence"
          labelledBy="chart-heading"
          (picked)="openCompetence($event)"
        />
      </section>
    }

    @if (currentHeatmap(); as map) {
      <section aria-labelledby="heatmap-heading">
        <h2 id="heatmap-heading">{{ 'Page:Competence.Heatmap.Title' | translate }}</h2>
        <p class="muted">{{ 'Page:Competence.Heatmap.Help' | translate }}</p>
        <app-gap-heatmap [heatmap]="map" (picked)="openCell($event)" />
      </section>
    }

    @if (drill(); as d) {
      @for (item of [d]; track item.key) {
        <app-gap-people
          [query]="item.query"
          [competence]="item.competence"
          [unit]="item.unit"
          (closed)="closeDrillDown()"
        />
      }
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
    .progress {
      margin-bottom: 16px;
    }
    .muted {
      color: var(--ax-text-neutral-subtle);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompetenceGapsPage {
  private readonly api = inject(CompetenceApi);
  private readonly lookups = inject(Lookups);
  private readonly errors = inject(ErrorMessages);
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  protected readonly language = inject(LanguageService);

  /** One bar per competence, coloured on the heatmap's scale; the table adds the count per status. */
  protected readonly coverageSeries: BarSeries<GapRow>[] = [
    {
      key: 'coverage',
      label: 'Page:Competence.Summary.Coverage',
      value: (row) => row.counts.coverage,
      colour: (row) => heatBarColour(row.counts.coverage),
    },
  ];
  protected readonly coverageColumns: ChartColumn<GapRow>[] = [
    { key: 'total', label: 'Page:Competence.Summary.Total', value: (row) => row.counts.total },
    ...COMPETENCE_STATUSES.map((status) => ({
      key: status,
      label: enumKey('CompetenceStatus', status),
      value: (row: GapRow) => countOf(row.counts, status),
    })),
    {
      key: 'coverage',
      label: 'Page:Competence.Summary.Coverage',
      value: (row, language) => formatPercent(row.counts.coverage, language),
      strong: true,
    },
  ];
  protected readonly describeCoverage = (row: GapRow, language: string): string =>
    this.translate.instant('Page:Competence.Gaps.CoverageOf', {
      percent: formatPercent(row.counts.coverage, language),
      covered: row.counts.met + row.counts.expiringSoon,
      total: row.counts.total,
    }) as string;

  protected readonly regionId = signal('');
  protected readonly officeId = signal('');
  protected readonly jobRoleId = signal('');
  protected readonly includeRecommended = signal(false);
  protected readonly filters = computed<GapFilters>(() => ({
    regionId: this.regionId() || undefined,
    officeId: this.officeId() || undefined,
    jobRoleId: this.jobRoleId() || undefined,
    includeRecommended: this.includeRecommended() || undefined,
  }));

  /** Every office the viewer may see: a leader sees only their own. Loaded once. */
  private readonly scope = resource({
    loader: () => this.api.heatmap({ includeRecommended: true }),
  });
  protected readonly options = computed(() => scopeOptions(valueOf(this.scope)?.rows ?? []));
  protected readonly offices = computed(() => {
    const region = this.regionId();
    return this.options().offices.filter((o) => !region || o.regionId === region);
  });
  protected readonly singleOffice = computed(() => {
    const offices = this.options().offices;
    return offices.length === 1 ? offices[0] : null;
  });

  protected readonly jobRoles = resource({
    params: () => this.language.current(),
    loader: () => this.lookups.jobRoles(),
  });

  /** Competence and role names come translated, so a new language reloads. */
  protected readonly summary = resource({
    params: () => ({ filters: this.filters(), language: this.language.current() }),
    loader: ({ params }) => this.api.gapSummary(params.filters),
  });
  protected readonly heatmap = resource({
    params: () => ({ filters: this.filters(), language: this.language.current() }),
    loader: ({ params }) => this.api.heatmap(params.filters),
  });

  protected readonly currentSummary = computed(() => valueOf(this.summary));
  protected readonly currentHeatmap = computed(() => valueOf(this.heatmap));
  protected readonly roles = computed(() => valueOf(this.jobRoles) ?? []);

  protected readonly drill = signal<DrillDown | null>(null);
  private drillOpener: HTMLElement | null = null;

  protected readonly exporting = new Transfer();
  protected readonly exportNotice = signal('');
  private readonly exportError = signal<string | null>(null);
  protected readonly error = computed(() => {
    const error = this.summary.error() ?? this.heatmap.error() ?? this.scope.error();
    return this.exportError() ?? (error ? this.errors.describe(error) : null);
  });

  protected setRegion(regionId: string): void {
    this.regionId.set(regionId);
    this.officeId.set('');
    this.drill.set(null);
  }

  protected setOffice(officeId: string): void {
    this.officeId.set(officeId);
    this.drill.set(null);
  }

  protected setJobRole(jobRoleId: string): void {
    this.jobRoleId.set(jobRoleId);
    this.drill.set(null);
  }

  protected setIncludeRecommended(value: boolean): void {
    this.includeRecommended.set(value);
    this.drill.set(null);
  }

  protected openCell(target: HeatmapTarget): void {
    this.openDrillDown(
      `${target.officeId}/${target.competenceAreaId}`,
      target.competenceName,
      target.officeName,
      { ...this.filters(), officeId: target.officeId, competenceAreaId: target.competenceAreaId },
    );
  }

  protected openCompetence(row: GapRow): void {
    const scope = this.currentSummary()?.scopeName ?? '';
    this.openDrillDown(`scope/${row.id}`, row.name, scope, {
      ...this.filters(),
      competenceAreaId: row.id,
    });
  }

  protected closeDrillDown(): void {
    this.drill.set(null);
    const opener = this.drillOpener;
    this.drillOpener = null;
    if (opener?.isConnected) setTimeout(() => opener.focus());
  }

  protected async export(format: ExportFormat): Promise<void> {
    this.exportError.set(null);
    this.exportNotice.set('');
    try {
      const response = await this.exporting.run(this.api.exportGaps(this.filters(), format));
      const name = saveResponse(response, format === 'Csv' ? 'export.csv' : 'export.xlsx');
      this.exportNotice.set(
        this.translate.instant('Page:Competence.Gaps.Exported', { name }) as string,
      );
    } catch (error) {
      this.exportError.set(this.errors.describe(error));
    }
  }

  private openDrillDown(key: string, competence: string, unit: string, query: GapFilters): void {
    this.drillOpener = this.document.activeElement as HTMLElement | null;
    this.drill.set({ key, competence, unit, query });
  }
}
