import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { Office } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { EnumLabelPipe } from '../../shared/enum-labels';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';
import { RegionFilter } from '../../shared/region-filter';

@Component({
  selector: 'app-office-list',
  imports: [
    RouterLink,
    TranslatePipe,
    EnumLabelPipe,
    DecimalPipe,
    MatTableModule,
    MatSortModule,
    ListPage,
    RegionFilter,
  ],
  template: `
    <app-list-page
      heading="Page:Offices.Title"
      newLabel="Page:Offices.New"
      newLink="/offices/new"
      [managePermission]="managePermission"
      [list]="list"
      [columns]="columns"
      tableTestId="office-table"
    >
      <app-region-filter listFilter [list]="list" />
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'Field:Name' | translate }}</th>
        <td mat-cell *matCellDef="let office">
          <a [routerLink]="['/offices', office.id]">{{ office.name }}</a>
        </td>
      </ng-container>
      <ng-container matColumnDef="regionName">
        <th mat-header-cell *matHeaderCellDef>{{ 'Field:Region' | translate }}</th>
        <td mat-cell *matCellDef="let office">{{ office.regionName }}</td>
      </ng-container>
      <ng-container matColumnDef="leadershipModel">
        <th mat-header-cell *matHeaderCellDef mat-sort-header="leadershipModel">
          {{ 'Field:LeadershipModel' | translate }}
        </th>
        <td mat-cell *matCellDef="let office">
          {{ office.leadershipModel | enumLabel: 'LeadershipModel' | translate }}
        </td>
      </ng-container>
      <ng-container matColumnDef="size">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'Field:Size' | translate }}</th>
        <td mat-cell *matCellDef="let office">
          {{ office.size | number: '1.0-0' : language.current() }}
        </td>
      </ng-container>
      <ng-container matColumnDef="municipalities">
        <th mat-header-cell *matHeaderCellDef>{{ 'Field:Municipalities' | translate }}</th>
        <td mat-cell *matCellDef="let office">{{ municipalityNames(office) }}</td>
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
  protected readonly list = new PagedList<Office, { regionId: string }>((query) =>
    this.api.offices.list(query),
  );

  protected municipalityNames(office: Office): string {
    return (office.municipalities ?? []).map((m) => m.name).join(', ');
  }
}
