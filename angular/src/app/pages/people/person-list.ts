import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Permissions } from '../../core/permissions';
import { Person } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { EnumLabelPipe } from '../../shared/enum-labels';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';

@Component({
  selector: 'app-person-list',
  imports: [RouterLink, TranslatePipe, EnumLabelPipe, MatTableModule, MatSortModule, ListPage],
  template: `
    <app-list-page
      heading="Page:People.Title"
      newLabel="Page:People.New"
      newLink="/people/new"
      [managePermission]="managePermission"
      [list]="list"
      [columns]="columns"
    >
      <ng-container matColumnDef="lastName">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>
          {{ 'Field:FullName' | translate }}
        </th>
        <td mat-cell *matCellDef="let person">
          <a [routerLink]="['/people', person.id]">{{ person.lastName }}, {{ person.firstName }}</a>
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
        <td mat-cell *matCellDef="let person">
          {{ person.employer | enumLabel: 'Employer' | translate }}
        </td>
      </ng-container>
      <ng-container matColumnDef="jobRoles">
        <th mat-header-cell *matHeaderCellDef>{{ 'Field:JobRoles' | translate }}</th>
        <td mat-cell *matCellDef="let person">{{ jobRoleNames(person) }}</td>
      </ng-container>
    </app-list-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonListPage {
  private readonly api = inject(OrganisationApi);

  protected readonly managePermission = Permissions.PeopleManage;
  protected readonly columns = ['lastName', 'employeeNumber', 'officeName', 'employer', 'jobRoles'];
  protected readonly list = new PagedList<Person, { officeId: string }>((query) =>
    this.api.people.list(query),
  );

  constructor() {
    this.list.sort.set({ active: 'lastName', direction: 'asc' });
  }

  protected jobRoleNames(person: Person): string {
    return (person.jobRoles ?? []).map((role) => role.jobRoleName).join(', ');
  }
}
