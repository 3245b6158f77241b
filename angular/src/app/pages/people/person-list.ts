import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Permissions } from '../../core/permissions';
import { Person } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { TableField } from '../../shared/data-table';
import { enumKey } from '../../shared/enum-labels';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';

@Component({
  selector: 'app-person-list',
  imports: [ListPage],
  template: `
    <app-list-page
      heading="Page:People.Title"
      newLabel="Page:People.New"
      newLink="/people/new"
      [managePermission]="managePermission"
      [list]="list"
      [fields]="fields"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonListPage {
  private readonly api = inject(OrganisationApi);

  protected readonly managePermission = Permissions.PeopleManage;
  protected readonly fields: TableField<Person>[] = [
    {
      id: 'lastName',
      heading: 'Field:FullName',
      value: (p) => `${p.lastName}, ${p.firstName}`,
      link: (p) => ['/people', p.id],
      sortable: true,
    },
    {
      id: 'employeeNumber',
      heading: 'Field:EmployeeNumber',
      value: (p) => p.employeeNumber,
      sortable: true,
    },
    { id: 'officeName', heading: 'Field:Office', value: (p) => p.officeName },
    {
      id: 'employer',
      heading: 'Field:Employer',
      value: (p) => enumKey('Employer', p.employer),
      translate: true,
      sortable: true,
    },
    {
      id: 'jobRoles',
      heading: 'Field:JobRoles',
      value: (p) => (p.jobRoles ?? []).map((role) => role.jobRoleName).join(', '),
    },
  ];
  protected readonly list = new PagedList<Person, { officeId: string }>((query) =>
    this.api.people.list(query),
  );

  constructor() {
    this.list.sort.set({ active: 'lastName', direction: 'asc' });
  }
}
