import { NameContext } from '../../shared/name-context';
import { AppDatePipe } from '../../shared/date-format';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { COHORT_STATUSES, CohortApi, CohortFilter, CohortSummary } from '../../data/cohort-api';
import { Alert } from '../../shared/alert';
import { TableField } from '../../shared/data-table';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';
import { RegionFilter } from '../../shared/region-filter';
import { applyOutcome, myStatus, Outcome } from './cohort-actions';
import { COHORTS_PATH, injectErrorText } from './cohort-format';
import { ContentText } from '../../shared/content-text';
import { EnumLabelPipe } from '../../shared/enum-labels';

/** The role that applies to cohorts itself; others nominate. */
const LEADER_ROLE = 'Leader';

/** Cohorts the user can see, with seats and waitlist, and for leaders "Meld meg på". */
@Component({
  selector: 'app-cohort-list',
  imports: [
    NameContext,
    ContentText,
    RouterLink,
    TranslatePipe,
    EnumLabelPipe,
    AppDatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    MatTableModule,
    Alert,
    ListPage,
    RegionFilter,
  ],
  template: `
    <app-list-page
      heading="Page:Cohorts.Title"
      newLabel="Page:Cohorts.New"
      [newLink]="path + '/new'"
      [managePermission]="managePermission"
      [list]="list"
      [columns]="columns"
      [fields]="fields"
      tableTestId="cohort-table"
    >
      <mat-form-field listFilter subscriptSizing="dynamic">
        <mat-label>{{ 'Page:Cohorts.Field.Status' | translate }}</mat-label>
        <mat-select
          [value]="list.extra().status ?? ''"
          (valueChange)="setFilter({ status: $event || undefined })"
        >
          <mat-option value="">{{ 'Ui:All' | translate }}</mat-option>
          @for (status of statuses; track status) {
            <mat-option [value]="status">{{
              status | enumLabel: 'CohortStatus' | translate
            }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <app-region-filter listFilter [list]="list" />
      <a listFilter mat-stroked-button [routerLink]="path + '/calendar'">
        {{ 'Page:Cohorts.Calendar.Title' | translate }}
      </a>
      <div listFilter class="apply-result">
        <app-alert kind="success" [message]="applied()" />
        <app-alert [message]="applyError()" />
      </div>

      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef>{{ 'Field:Name' | translate }}</th>
        <td mat-cell *matCellDef="let cohort">
          <a [routerLink]="[path, cohort.id]">{{ cohort.name }}</a>
          <span class="sub"><app-content-text [text]="cohort.versionName" /></span>
        </td>
      </ng-container>
      <ng-container matColumnDef="region">
        <th mat-header-cell *matHeaderCellDef>{{ 'Field:Region' | translate }}</th>
        <td mat-cell *matCellDef="let cohort">
          {{ cohort.regionName ?? ('Page:Cohorts.National' | translate) }}
        </td>
      </ng-container>
      <ng-container matColumnDef="period">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:Cohorts.Field.Period' | translate }}</th>
        <td mat-cell *matCellDef="let cohort" class="nowrap">
          {{ cohort.startsOn | appDate }} –
          {{ cohort.endsOn | appDate }}
        </td>
      </ng-container>
      <ng-container matColumnDef="seats">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:Cohorts.Field.Seats' | translate }}</th>
        <td mat-cell *matCellDef="let cohort">
          {{
            'Page:Cohorts.SeatsOf'
              | translate: { enrolled: cohort.enrolled, capacity: cohort.capacity }
          }}
        </td>
      </ng-container>
      <ng-container matColumnDef="mine">
        <th mat-header-cell *matHeaderCellDef>
          {{ 'Page:Cohorts.Field.MyEnrolment' | translate }}
        </th>
        <td mat-cell *matCellDef="let cohort">
          @if (mine(cohort); as status) {
            {{ status.key | translate: status.params }}
          } @else if (canApply() && cohort.acceptsEnrolment) {
            <button
              mat-flat-button
              type="button"
              [disabled]="applying() === cohort.id"
              [appNameContext]="cohort.name"
              (click)="apply(cohort)"
            >
              {{ 'Page:Cohorts.Apply.Button' | translate }}
            </button>
          }
        </td>
      </ng-container>
    </app-list-page>
  `,
  styles: `
    .sub {
      display: block;
      font-size: 0.875rem;
      color: var(--ax-text-neutral-subtle);
    }
    .nowrap {
      white-space: nowrap;
    }
    .apply-result {
      flex: 1 0 100%;
    }
    .apply-result:not(:has(span)) {
      display: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortListPage {
  private readonly api = inject(CohortApi);
  private readonly auth = inject(AuthService);
  private readonly translate = inject(TranslateService);
  private readonly errorText = injectErrorText();
  protected readonly language = inject(LanguageService);

  protected readonly path = COHORTS_PATH;
  protected readonly managePermission = Permissions.CohortsManage;
  protected readonly statuses = COHORT_STATUSES;
  protected readonly list = new PagedList<CohortSummary, CohortFilter & { regionId: string }>(
    (query) => this.api.list(query),
  );
  protected readonly canApply = computed(
    () => this.auth.user?.()?.roles.includes(LEADER_ROLE) ?? false,
  );
  protected readonly columns = [
    'name',
    'region',
    'status',
    'period',
    'seats',
    'waitlisted',
    'mine',
  ];
  protected readonly fields: TableField<CohortSummary>[] = [
    { id: 'status', heading: 'Page:Cohorts.Field.Status', value: (c) => c.statusName },
    { id: 'waitlisted', heading: 'Page:Cohorts.Field.Waitlist', value: (c) => c.waitlisted },
  ];

  protected readonly applying = signal<string | null>(null);
  protected readonly applied = signal<string | null>(null);
  protected readonly applyError = signal<string | null>(null);

  constructor() {
    this.list.sort.set({ active: 'startsOn', direction: 'desc' });
  }

  protected setFilter(change: Partial<CohortFilter>): void {
    this.list.setExtra({ ...this.list.extra(), ...change });
  }

  protected mine(cohort: CohortSummary): Outcome | null {
    return myStatus(cohort.myEnrolment);
  }

  protected async apply(cohort: CohortSummary): Promise<void> {
    if (this.applying()) return;
    this.applying.set(cohort.id);
    this.applied.set(null);
    this.applyError.set(null);
    try {
      const enrolment = await this.api.apply(cohort.id);
      const outcome = applyOutcome(enrolment);
      this.applied.set(
        this.translate.instant(outcome.key, { ...outcome.params, cohort: cohort.name }) as string,
      );
      await this.list.reload();
    } catch (error) {
      this.applyError.set(this.errorText(error));
    } finally {
      this.applying.set(null);
    }
  }
}
