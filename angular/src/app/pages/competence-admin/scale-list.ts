import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Permissions } from '../../core/permissions';
import { CompetenceCatalogueApi, ProficiencyScale } from '../../data/competence-catalogue-api';
import { TableField } from '../../shared/data-table';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';
import { CATALOGUE_PATH, CatalogueTabs } from './catalogue-tabs';

@Component({
  selector: 'app-proficiency-scale-list',
  imports: [ListPage, CatalogueTabs],
  template: `
    <app-catalogue-tabs>
      <app-list-page
        heading="Page:CompetenceAdmin.Scales.Title"
        newLabel="Page:CompetenceAdmin.Scales.New"
        [newLink]="path + '/new'"
        [managePermission]="managePermission"
        [list]="list"
        [fields]="fields"
        tableTestId="proficiency-scale-table"
      />
    </app-catalogue-tabs>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProficiencyScaleListPage {
  private readonly api = inject(CompetenceCatalogueApi);

  protected readonly path = `${CATALOGUE_PATH}/scales`;
  protected readonly managePermission = Permissions.CompetenceManageCatalogue;
  protected readonly fields: TableField<ProficiencyScale>[] = [
    { id: 'name', heading: 'Field:Name', value: (s) => s.name, link: (s) => [this.path, s.id] },
    // "1 Kjennskap · 2 Kunnskap · …"
    {
      id: 'levels',
      heading: 'Page:CompetenceAdmin.Scales.Levels',
      value: (s) => s.levels.map((level) => `${level.level} ${level.name}`).join(' · '),
    },
  ];
  protected readonly list = new PagedList<ProficiencyScale>((query) => this.api.scales.list(query));

  constructor() {
    this.list.sort.set({ active: '', direction: '' });
  }
}
