import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Permissions } from '../../core/permissions';
import { Municipality } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { TableField } from '../../shared/data-table';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';
import { RegionFilter } from '../../shared/region-filter';

@Component({
  selector: 'app-municipality-list',
  imports: [ListPage, RegionFilter],
  template: `
    <app-list-page
      heading="Page:Municipalities.Title"
      newLabel="Page:Municipalities.New"
      newLink="/municipalities/new"
      [managePermission]="managePermission"
      [list]="list"
      [fields]="fields"
    >
      <app-region-filter listFilter [list]="list" />
    </app-list-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MunicipalityListPage {
  private readonly api = inject(OrganisationApi);

  protected readonly managePermission = Permissions.OrganisationManage;
  protected readonly fields: TableField<Municipality>[] = [
    {
      id: 'name',
      heading: 'Field:Name',
      value: (m) => m.name,
      link: (m) => ['/municipalities', m.id],
      sortable: true,
    },
    { id: 'number', heading: 'Field:Number', value: (m) => m.number, sortable: true },
    { id: 'regionName', heading: 'Field:Region', value: (m) => m.regionName },
  ];
  protected readonly list = new PagedList<Municipality, { regionId: string }>((query) =>
    this.api.municipalities.list(query),
  );
}
