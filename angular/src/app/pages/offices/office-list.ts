import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { Office } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { TableField } from '../../shared/data-table';
import { enumKey } from '../../shared/enum-labels';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';
import { RegionFilter } from '../../shared/region-filter';

@Component({
  selector: 'app-office-list',
  imports: [TranslatePipe, DecimalPipe, MatTableModule, MatSortModule, ListPage, RegionFilter],
  template: `
    <app-list-page
      heading="Page:Offices.Title"
      newLabel="Page:Offices.New"
      newLink="/offices/new"
      [managePermission]="managePermission"
      [list]="list"
      [columns]="columns"
      [fields]="fields"
      tableTestId="office-table"
    >
      <app-region-filter listFilter [list]="list" />
      <ng-container matColumnDef="size">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'Field:Size' | translate }}</th>
        <td mat-cell *matCellDef="let office">
          {{ office.size | number: '1.0-0' : language.current() }}
        </td>
      </ng-container>
    </app-list-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfficeListPage {
  private readonly api = inject(OrganisationApi);
  protected readonly language = inject(LanguageService);

  protected readonly managePermission = Permissions.OrganisationManage;
  protected readonly columns = ['name', 'regionName', 'leadershipModel', 'size', 'municipalities'];
  /** All but the size, which is written in the language's number format. */
  protected readonly fields: TableField<Office>[] = [
    {
      id: 'name',
      heading: 'Field:Name',
      value: (o) => o.name,
      link: (o) => ['/offices', o.id],
      sortable: true,
    },
    { id: 'regionName', heading: 'Field:Region', value: (o) => o.regionName },
    {
      id: 'leadershipModel',
      heading: 'Field:LeadershipModel',
      value: (o) => enumKey('LeadershipModel', o.leadershipModel),
      translate: true,
      sortable: true,
    },
    {
      id: 'municipalities',
      heading: 'Field:Municipalities',
      value: (o) => (o.municipalities ?? []).map((m) => m.name).join(', '),
    },
  ];
  protected readonly list = new PagedList<Office, { regionId: string }>((query) =>
    this.api.offices.list(query),
  );
}
