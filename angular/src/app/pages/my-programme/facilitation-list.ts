import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { CohortSummary, ParticipationApi } from '../../data/participation-api';
import { Alert } from '../../shared/alert';
import { DataTable, TableField } from '../../shared/data-table';
import { valueOf } from '../../shared/resource-value';
import { formatDate } from './programme-format';
import { ContentText } from '../../shared/content-text';

/** The cohorts the facilitator runs (programme admins: every cohort), to open one and work in it. */
@Component({
  selector: 'app-facilitation-list',
  imports: [
    ContentText,
    TranslatePipe,
    RouterLink,
    MatProgressBarModule,
    MatTableModule,
    Alert,
    DataTable,
  ],
  template: `
    <h1>{{ 'Page:Facilitation.Title' | translate }}</h1>
    <p>
      {{ (all() ? 'Page:Facilitation.IntroAdmin' : 'Page:Facilitation.Intro') | translate }}
    </p>
    <app-alert [message]="error()" />
    @if (cohorts.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-data-table
      [rows]="rows()"
      [columns]="columns"
      [fields]="fields"
      testId="facilitation-table"
    >
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef>
          {{ 'Page:Facilitation.Field.Cohort' | translate }}
        </th>
        <td mat-cell *matCellDef="let cohort">
          <a [routerLink]="['/facilitation', cohort.id]">{{ cohort.name }}</a>
          <div class="muted"><app-content-text [text]="cohort.versionName" /></div>
        </td>
      </ng-container>
    </app-data-table>
  `,
  styles: `
    .muted {
      color: var(--ax-text-neutral-subtle);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FacilitationListPage {
  private readonly api = inject(ParticipationApi);
  private readonly errors = inject(ErrorMessages);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  protected readonly columns = ['name', 'status', 'period', 'region', 'participants'];
  protected readonly fields: TableField<CohortSummary>[] = [
    { id: 'status', heading: 'Page:Facilitation.Field.Status', value: (c) => c.statusName },
    {
      id: 'period',
      heading: 'Page:Facilitation.Field.Period',
      value: (c) => `${this.day(c.startsOn)} – ${this.day(c.endsOn)}`,
    },
    {
      id: 'participants',
      heading: 'Page:Facilitation.Field.Participants',
      value: (c) => c.enrolled,
    },
    {
      id: 'region',
      heading: 'Page:Facilitation.Field.Region',
      value: (c) =>
        c.regionName ?? (this.translate.instant('Page:Facilitation.National') as string),
    },
  ];
  /** Programme admins may work in any cohort, so they see them all. */
  protected readonly all = computed(() => this.auth.hasPermission(Permissions.CohortsManage));
  protected readonly cohorts = resource({
    params: () => ({ all: this.all(), language: this.language.current() }),
    loader: ({ params }) => this.api.facilitatedCohorts(params.all),
  });
  protected readonly rows = computed<CohortSummary[]>(() => valueOf(this.cohorts) ?? []);
  protected readonly error = computed(() => {
    const error = this.cohorts.error();
    return error ? this.errors.describe(error) : null;
  });

  protected day(value: string): string {
    return formatDate(value, this.language.current());
  }
}
