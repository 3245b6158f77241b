import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { Person } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { Alert } from '../../shared/alert';
import { EMPLOYER_LABELS } from '../../shared/enum-labels';
import { ListFilter } from '../../shared/list-filter';
import { PAGE_SIZES, PagedList } from '../../shared/paged-list';
import { TRANSLATED_PAGINATOR } from '../../shared/translated-paginator-intl';

@Component({
  selector: 'app-person-list',
  imports: [
    RouterLink,
    TranslatePipe,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatButtonModule,
    MatIconModule,
    Alert,
    ListFilter,
  ],
  template: `
    <h1>{{ 'Page:People.Title' | translate }}</h1>
    <div class="page-actions">
      <app-list-filter [list]="list" />
      @if (canManage()) {
        <a mat-flat-button routerLink="/people/new">
          <mat-icon svgIcon="plus" />{{ 'Page:People.New' | translate }}
        </a>
      }
    </div>
    <app-alert [message]="error()" />
    @if (list.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <div class="table-wrapper">
      <table
        mat-table
        [dataSource]="list.items()"
        matSort
        [matSortActive]="list.sort().active"
        [matSortDirection]="list.sort().direction"
        (matSortChange)="list.onSort($event)"
      >
        <ng-container matColumnDef="lastName">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>
            {{ 'Field:FullName' | translate }}
          </th>
          <td mat-cell *matCellDef="let person">
            <a [routerLink]="['/people', person.id]"
              >{{ person.lastName }}, {{ person.firstName }}</a
            >
          </td>
        </ng-container>
        <ng-container matColumnDef="employeeNumber">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>
            {{ 'Field:EmployeeNumber' | translate }}
          </th>
          <td mat-cell *matCellDef="let person">{{ person.employeeNumber }}</td>
        </ng-container>
        <ng-container matColumnDef="officeName">
          <th mat-header-cell *matHeaderCellDef>{{ 'Field:Office' | translate }}</th>
          <td mat-cell *matCellDef="let person">{{ person.officeName }}</td>
        </ng-container>
        <ng-container matColumnDef="employer">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>
            {{ 'Field:Employer' | translate }}
          </th>
          <td mat-cell *matCellDef="let person">{{ employers[person.employer] | translate }}</td>
        </ng-container>
        <ng-container matColumnDef="jobRoles">
          <th mat-header-cell *matHeaderCellDef>{{ 'Field:JobRoles' | translate }}</th>
          <td mat-cell *matCellDef="let person">{{ jobRoleNames(person) }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-mdc-row" *matNoDataRow>
          <td class="empty" [attr.colspan]="columns.length">{{ 'Ui:NoRows' | translate }}</td>
        </tr>
      </table>
    </div>
    <mat-paginator
      [length]="list.totalCount()"
      [pageIndex]="list.pageIndex()"
      [pageSize]="list.pageSize()"
      [pageSizeOptions]="pageSizes"
      showFirstLastButtons
      (page)="list.onPage($event)"
    />
  `,
  providers: [TRANSLATED_PAGINATOR],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonListPage {
  private readonly api = inject(OrganisationApi);
  private readonly errors = inject(ErrorMessages);
  private readonly auth = inject(AuthService);

  protected readonly columns = ['lastName', 'employeeNumber', 'officeName', 'employer', 'jobRoles'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly employers = EMPLOYER_LABELS;
  protected readonly list = new PagedList<Person, { officeId: string }>(
    (query) => this.api.people.list(query),
    [inject(LanguageService).current],
  );
  protected readonly canManage = computed(() => {
    this.auth.user();
    return this.auth.hasPermission(Permissions.PeopleManage);
  });
  protected readonly error = computed(() =>
    this.list.error() ? this.errors.describe(this.list.error()) : null,
  );

  constructor() {
    this.list.sort.set({ active: 'lastName', direction: 'asc' });
  }

  protected jobRoleNames(person: Person): string {
    return (person.jobRoles ?? []).map((role) => role.jobRoleName).join(', ');
  }
}
