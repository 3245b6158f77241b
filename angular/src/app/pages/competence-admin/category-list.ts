import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Permissions } from '../../core/permissions';
import { CompetenceCatalogueApi, CompetenceCategory } from '../../data/competence-catalogue-api';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';
import { CATALOGUE_PATH, CatalogueTabs } from './catalogue-tabs';

/** Categories come in their sort order; the API does not sort them otherwise. */
@Component({
  selector: 'app-competence-category-list',
  imports: [RouterLink, TranslatePipe, MatTableModule, ListPage, CatalogueTabs],
  template: `
    <app-catalogue-tabs>
      <app-list-page
        heading="Page:CompetenceAdmin.Categories.Title"
        newLabel="Page:CompetenceAdmin.Categories.New"
        [newLink]="path + '/new'"
        [managePermission]="managePermission"
        [list]="list"
        [columns]="columns"
        tableTestId="competence-category-table"
      >
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef>{{ 'Field:Name' | translate }}</th>
          <td mat-cell *matCellDef="let category">
            <a [routerLink]="[path, category.id]">{{ category.name }}</a>
          </td>
        </ng-container>
        <ng-container matColumnDef="sortOrder">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'Page:CompetenceAdmin.Field.SortOrder' | translate }}
          </th>
          <td mat-cell *matCellDef="let category">{{ category.sortOrder }}</td>
        </ng-container>
      </app-list-page>
    </app-catalogue-tabs>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompetenceCategoryListPage {
  private readonly api = inject(CompetenceCatalogueApi);

  protected readonly path = `${CATALOGUE_PATH}/categories`;
  protected readonly managePermission = Permissions.CompetenceManageCatalogue;
  protected readonly columns = ['name', 'sortOrder'];
  protected readonly list = new PagedList<CompetenceCategory>((query) =>
    this.api.categories.list(query),
  );

  constructor() {
    this.list.sort.set({ active: '', direction: '' });
  }
}
