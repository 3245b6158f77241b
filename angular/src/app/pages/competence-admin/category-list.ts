import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Permissions } from '../../core/permissions';
import { CompetenceCatalogueApi, CompetenceCategory } from '../../data/competence-catalogue-api';
import { TableField } from '../../shared/data-table';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';
import { CATALOGUE_PATH, CatalogueTabs } from './catalogue-tabs';

/** Categories come in their sort order; the API does not sort them otherwise. */
@Component({
  selector: 'app-competence-category-list',
  imports: [ListPage, CatalogueTabs],
  template: `
    <app-catalogue-tabs>
      <app-list-page
        heading="Page:CompetenceAdmin.Categories.Title"
        newLabel="Page:CompetenceAdmin.Categories.New"
        [newLink]="path + '/new'"
        [managePermission]="managePermission"
        [list]="list"
        [fields]="fields"
        tableTestId="competence-category-table"
      />
    </app-catalogue-tabs>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompetenceCategoryListPage {
  private readonly api = inject(CompetenceCatalogueApi);

  protected readonly path = `${CATALOGUE_PATH}/categories`;
  protected readonly managePermission = Permissions.CompetenceManageCatalogue;
  protected readonly fields: TableField<CompetenceCategory>[] = [
    { id: 'name', heading: 'Field:Name', value: (c) => c.name, link: (c) => [this.path, c.id] },
    { id: 'sortOrder', heading: 'Page:CompetenceAdmin.Field.SortOrder', value: (c) => c.sortOrder },
  ];
  protected readonly list = new PagedList<CompetenceCategory>((query) =>
    this.api.categories.list(query),
  );

  constructor() {
    this.list.sort.set({ active: '', direction: '' });
  }
}
