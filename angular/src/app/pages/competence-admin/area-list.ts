import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { CompetenceArea, CompetenceCatalogueApi } from '../../data/competence-catalogue-api';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';
import { CATALOGUE_PATH, CatalogueTabs } from './catalogue-tabs';

@Component({
  selector: 'app-competence-area-list',
  imports: [
    RouterLink,
    TranslatePipe,
    MatTableModule,
    MatSortModule,
    MatFormFieldModule,
    MatSelectModule,
    ListPage,
    CatalogueTabs,
  ],
  template: `
    <app-catalogue-tabs>
      <app-list-page
        heading="Page:CompetenceAdmin.Areas.Title"
        newLabel="Page:CompetenceAdmin.Areas.New"
        [newLink]="path + '/new'"
        [managePermission]="managePermission"
        [list]="list"
        [columns]="columns"
        tableTestId="competence-area-table"
      >
        <mat-form-field listFilter subscriptSizing="dynamic">
          <mat-label>{{ 'Page:CompetenceAdmin.Field.Category' | translate }}</mat-label>
          <mat-select
            [value]="list.extra().categoryId ?? ''"
            (valueChange)="list.setExtra({ categoryId: $event || undefined })"
          >
            <mat-option value="">{{ 'Ui:All' | translate }}</mat-option>
            @for (category of categories.value() ?? []; track category.id) {
              <mat-option [value]="category.id">{{ category.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <ng-container matColumnDef="code">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'Field:Code' | translate }}</th>
          <td mat-cell *matCellDef="let area">{{ area.code }}</td>
        </ng-container>
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>
            {{ 'Field:Name' | translate }}
          </th>
          <td mat-cell *matCellDef="let area">
            <a [routerLink]="[path, area.id]">{{ area.name }}</a>
          </td>
        </ng-container>
        <ng-container matColumnDef="categoryName">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'Page:CompetenceAdmin.Field.Category' | translate }}
          </th>
          <td mat-cell *matCellDef="let area">{{ area.categoryName }}</td>
        </ng-container>
        <ng-container matColumnDef="scaleName">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'Page:CompetenceAdmin.Field.Scale' | translate }}
          </th>
          <td mat-cell *matCellDef="let area">{{ area.scaleName }}</td>
        </ng-container>
      </app-list-page>
    </app-catalogue-tabs>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompetenceAreaListPage {
  private readonly api = inject(CompetenceCatalogueApi);
  private readonly language = inject(LanguageService);

  protected readonly path = `${CATALOGUE_PATH}/areas`;
  protected readonly managePermission = Permissions.CompetenceManageCatalogue;
  protected readonly columns = ['code', 'name', 'categoryName', 'scaleName'];
  protected readonly list = new PagedList<CompetenceArea, { categoryId: string }>((query) =>
    this.api.areas.list(query),
  );
  protected readonly categories = resource({
    params: () => this.language.current(),
    loader: () => this.api.allCategories(),
  });

  constructor() {
    this.list.sort.set({ active: 'code', direction: 'asc' });
  }
}
