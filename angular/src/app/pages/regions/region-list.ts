import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Permissions } from '../../core/permissions';
import { Region } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';

@Component({
  selector: 'app-region-list',
  imports: [RouterLink, TranslatePipe, MatTableModule, MatSortModule, ListPage],
  template: `
    <app-list-page
      heading="Page:Regions.Title"
      newLabel="Page:Regions.New"
      newLink="/regions/new"
      [managePermission]="managePermission"
      [list]="list"
      [columns]="columns"
    >
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'Field:Name' | translate }}</th>
        <td mat-cell *matCellDef="let region">
          <a [routerLink]="['/regions', region.id]">{{ region.name }}</a>
        </td>
      </ng-container>
      <ng-container matColumnDef="code">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'Field:Code' | translate }}</th>
        <td mat-cell *matCellDef="let region">{{ region.code }}</td>
      </ng-container>
    </app-list-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionListPage {
  private readonly api = inject(OrganisationApi);

  protected readonly managePermission = Permissions.OrganisationManage;
  protected readonly columns = ['name', 'code'];
  protected readonly list = new PagedList<Region>((query) => this.api.regions.list(query));
}
