import { AppDatePipe } from '../../shared/date-format';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { CompetenceApi, CompetenceStatus, GapFilters, GapPerson } from '../../data/competence-api';
import { Alert } from '../../shared/alert';
import { DataTable, TableField } from '../../shared/data-table';
import { ListFilter } from '../../shared/list-filter';
import { PAGE_SIZES, PagedList } from '../../shared/paged-list';
import { TRANSLATED_PAGINATOR } from '../../shared/translated-paginator-intl';
import { EnumLabelPipe } from '../../shared/enum-labels';
import { COMPETENCE_STATUSES, statusChip } from '../../shared/competence-format';
import { StatusChip } from '../../shared/status-chip';

/**
 * The people behind a number on the gap page: everyone with a requirement for one competence in
 * the chosen office or area, filterable by status. Create a new one for each target.
 */
@Component({
  selector: 'app-gap-people',
  imports: [
    AppDatePipe,
    RouterLink,
    TranslatePipe,
    EnumLabelPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    Alert,
    DataTable,
    ListFilter,
    StatusChip,
  ],
  providers: [TRANSLATED_PAGINATOR],
  template: `
    <section class="drill" aria-labelledby="drill-heading" data-testid="drill-down">
      <div class="drill-head">
        <h2 id="drill-heading" #headingRef tabindex="-1">
          {{
            'Page:Competence.Gaps.DrillHeading'
              | translate: { competence: competence(), unit: unit() }
          }}
        </h2>
        <button mat-stroked-button type="button" (click)="closed.emit()">
          <mat-icon svgIcon="close" />{{ 'Page:Competence.Gaps.CloseDrillDown' | translate }}
        </button>
      </div>
      <div class="page-actions">
        <app-list-filter [list]="list" />
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'Page:Competence.Field.Status' | translate }}</mat-label>
          <mat-select
            [value]="list.extra().status ?? ''"
            (valueChange)="list.setExtra({ status: $event || undefined })"
          >
            <mat-option value="">{{ 'Ui:All' | translate }}</mat-option>
            @for (status of statuses; track status) {
              <mat-option [value]="status">{{
                status | enumLabel: 'CompetenceStatus' | translate
              }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>
      <app-alert [message]="error()" />
      @if (list.loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
      }
      <div
        matSort
        matSortActive="lastName"
        matSortDirection="asc"
        (matSortChange)="list.onSort($event)"
      >
        <app-data-table
          [rows]="list.items()"
          [columns]="columns"
          [fields]="fields"
          testId="drill-down-table"
        >
          <ng-container matColumnDef="lastName">
            <th mat-header-cell *matHeaderCellDef mat-sort-header>
              {{ 'Field:FullName' | translate }}
            </th>
            <td mat-cell *matCellDef="let p">
              <a [routerLink]="['/competence/people', p.personId]">{{ p.name }}</a>
              <div class="muted">{{ p.employeeNumber }}</div>
            </td>
          </ng-container>
          <ng-container matColumnDef="jobRole">
            <th mat-header-cell *matHeaderCellDef>{{ 'Field:JobRole' | translate }}</th>
            <td mat-cell *matCellDef="let p">
              {{ p.jobRoleName }}
              @if (!p.isMandatory) {
                <div class="muted">{{ 'Page:Competence.Recommended' | translate }}</div>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="status">
            <th mat-header-cell *matHeaderCellDef mat-sort-header>
              {{ 'Page:Competence.Field.Status' | translate }}
            </th>
            <td mat-cell *matCellDef="let p"><app-status-chip [chip]="chip(p.status)" /></td>
          </ng-container>
          <ng-container matColumnDef="deadline">
            <th mat-header-cell *matHeaderCellDef mat-sort-header>
              {{ 'Page:Competence.Field.Deadline' | translate }}
            </th>
            <td mat-cell *matCellDef="let p">
              {{ p.deadline | appDate }}
            </td>
          </ng-container>
          <ng-container matColumnDef="validUntil">
            <th mat-header-cell *matHeaderCellDef mat-sort-header>
              {{ 'Page:Competence.Field.ValidUntil' | translate }}
            </th>
            <td mat-cell *matCellDef="let p">
              {{ p.validUntil ? (p.validUntil | appDate) : '–' }}
            </td>
          </ng-container>
        </app-data-table>
      </div>
      <mat-paginator
        [length]="list.totalCount()"
        [pageIndex]="list.pageIndex()"
        [pageSize]="list.pageSize()"
        [pageSizeOptions]="pageSizes"
        showFirstLastButtons
        (page)="list.onPage($event)"
      />
    </section>
  `,
  styles: `
    .drill {
      margin-top: 24px;
      padding-top: 8px;
      border-top: 2px solid var(--ax-border-accent);
    }
    .drill-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
    }
    .drill-head h2:focus {
      outline: none;
    }
    .muted {
      color: var(--ax-text-neutral-subtle);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GapPeople {
  /** The filters of the gap page narrowed to the target (office, competence). */
  readonly query = input.required<GapFilters>();
  /** What the list is about, for its heading: a competence in an office or area. */
  readonly competence = input.required<string>();
  readonly unit = input.required<string>();
  readonly closed = output<void>();

  private readonly api = inject(CompetenceApi);
  private readonly errors = inject(ErrorMessages);
  protected readonly language = inject(LanguageService);
  private readonly headingElement = viewChild.required<ElementRef<HTMLElement>>('headingRef');

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly statuses = COMPETENCE_STATUSES;
  protected readonly chip = statusChip;
  protected readonly columns = [
    'lastName',
    'office',
    'jobRole',
    'competence',
    'levels',
    'status',
    'deadline',
    'validUntil',
  ];
  protected readonly fields: TableField<GapPerson>[] = [
    { id: 'office', heading: 'Field:Office', value: (p) => p.officeName },
    { id: 'competence', heading: 'Page:Competence.Field.Area', value: (p) => p.competenceAreaName },
    {
      id: 'levels',
      heading: 'Page:Competence.Field.LevelNowOfRequired',
      value: (p) => `${p.currentLevel ?? '–'} / ${p.requiredLevel}`,
    },
  ];
  protected readonly list = new PagedList<GapPerson, { status: CompetenceStatus }>((query) =>
    this.api.gapPeople({ ...this.query(), ...query }),
  );
  protected readonly error = computed(() => {
    const error = this.list.error();
    return error ? this.errors.describe(error) : null;
  });

  constructor() {
    this.list.sort.set({ active: 'lastName', direction: 'asc' });
    // Keyboard and screen-reader users land on the list they opened.
    afterNextRender(() => this.headingElement().nativeElement.focus());
  }
}
