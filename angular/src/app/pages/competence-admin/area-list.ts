import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { CompetenceArea, CompetenceCatalogueApi } from '../../data/competence-catalogue-api';
import { TableField } from '../../shared/data-table';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';
import { SelectFilter } from '../../shared/select-filter';
import { CATALOGUE_PATH, CatalogueTabs } from './catalogue-tabs';

@Component({
  selector: 'app-competence-area-list',
  imports: [ListPage, SelectFilter, CatalogueTabs],
  template: `
    <app-catalogue-tabs>
      <app-list-page
        heading="Page:CompetenceAdmin.Areas.Title"
        newLabel="Page:CompetenceAdmin.Areas.New"
        [newLink]="path + '/new'"
        [managePermission]="managePermission"
        [list]="list"
        [fields]="fields"
        tableTestId="competence-area-table"
      >
        <app-select-filter
          listFilter
          label="Page:CompetenceAdmin.Field.Category"
          [value]="list.extra().categoryId"
          [options]="categories.value()"
          (changed)="list.setExtra({ categoryId: $event })"
        />
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
  protected readonly fields: TableField<CompetenceArea>[] = [
    { id: 'code', heading: 'Field:Code', value: (a) => a.code, sortable: true },
    {
      id: 'name',
      heading: 'Field:Name',
      value: (a) => a.name,
      link: (a) => [this.path, a.id],
      sortable: true,
    },
    {
      id: 'categoryName',
      heading: 'Page:CompetenceAdmin.Field.Category',
      value: (a) => a.categoryName,
    },
    { id: 'scaleName', heading: 'Page:CompetenceAdmin.Field.Scale', value: (a) => a.scaleName },
  ];
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
