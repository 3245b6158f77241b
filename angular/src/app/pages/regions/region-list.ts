import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Permissions } from '../../core/permissions';
import { Region } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { TableField } from '../../shared/data-table';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';

@Component({
  selector: 'app-region-list',
  imports: [ListPage],
  template: `
    <app-list-page
      heading="Page:Regions.Title"
      newLabel="Page:Regions.New"
      newLink="/regions/new"
      [managePermission]="managePermission"
      [list]="list"
      [fields]="fields"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionListPage {
  private readonly api = inject(OrganisationApi);

  protected readonly managePermission = Permissions.OrganisationManage;
  protected readonly fields: TableField<Region>[] = [
    {
      id: 'name',
      heading: 'Field:Name',
      value: (r) => r.name,
      link: (r) => ['/regions', r.id],
      sortable: true,
    },
    { id: 'code', heading: 'Field:Code', value: (r) => r.code, sortable: true },
  ];
  protected readonly list = new PagedList<Region>((query) => this.api.regions.list(query));
}
