import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Permissions } from '../../core/permissions';
import { Municipality } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';
import { RegionFilter } from '../../shared/region-filter';

@Component({
  selector: 'app-municipality-list',
  imports: [RouterLink, TranslatePipe, MatTableModule, MatSortModule, ListPage, RegionFilter],
  template: `
    <app-list-page
      heading="Page:Municipalities.Title"
      newLabel="Page:Municipalities.New"
      newLink="/municipalities/new"
      [managePermission]="managePermission"
      [list]="list"
      [columns]="columns"
    >
      <app-region-filter listFilter [list]="list" />
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'Field:Name' | translate }}</th>
        <td mat-cell *matCellDef="let m">
          <a [routerLink]="['/municipalities', m.id]">{{ m.name }}</a>
        </td>
      </ng-container>
      <ng-container matColumnDef="number">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>
          {{ 'Field:Number' | translate }}
        </th>
        <td mat-cell *matCellDef="let m">{{ m.number }}</td>
      </ng-container>
      <ng-container matColumnDef="regionName">
        <th mat-header-cell *matHeaderCellDef>{{ 'Field:Region' | translate }}</th>
        <td mat-cell *matCellDef="let m">{{ m.regionName }}</td>
      </ng-container>
    </app-list-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MunicipalityListPage {
  private readonly api = inject(OrganisationApi);

  protected readonly managePermission = Permissions.OrganisationManage;
  protected readonly columns = ['name', 'number', 'regionName'];
  protected readonly list = new PagedList<Municipality, { regionId: string }>((query) =>
    this.api.municipalities.list(query),
  );
}
