import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Permissions } from '../../core/permissions';
import { CompetenceCatalogueApi, ProficiencyScale } from '../../data/competence-catalogue-api';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';
import { CATALOGUE_PATH, CatalogueTabs } from './catalogue-tabs';

@Component({
  selector: 'app-proficiency-scale-list',
  imports: [RouterLink, TranslatePipe, MatTableModule, ListPage, CatalogueTabs],
  template: `
    <app-catalogue-tabs>
      <app-list-page
        heading="Page:CompetenceAdmin.Scales.Title"
        newLabel="Page:CompetenceAdmin.Scales.New"
        [newLink]="path + '/new'"
        [managePermission]="managePermission"
        [list]="list"
        [columns]="columns"
        tableTestId="proficiency-scale-table"
      >
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef>{{ 'Field:Name' | translate }}</th>
          <td mat-cell *matCellDef="let scale">
            <a [routerLink]="[path, scale.id]">{{ scale.name }}</a>
          </td>
        </ng-container>
        <ng-container matColumnDef="levels">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'Page:CompetenceAdmin.Scales.Levels' | translate }}
          </th>
          <td mat-cell *matCellDef="let scale">{{ levelNames(scale) }}</td>
        </ng-container>
      </app-list-page>
    </app-catalogue-tabs>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProficiencyScaleListPage {
  private readonly api = inject(CompetenceCatalogueApi);

  protected readonly path = `${CATALOGUE_PATH}/scales`;
  protected readonly managePermission = Permissions.CompetenceManageCatalogue;
  protected readonly columns = ['name', 'levels'];
  protected readonly list = new PagedList<ProficiencyScale>((query) => this.api.scales.list(query));

  constructor() {
    this.list.sort.set({ active: '', direction: '' });
  }

  /** "1 Kjennskap · 2 Kunnskap · …" */
  protected levelNames(scale: ProficiencyScale): string {
    return scale.levels.map((level) => `${level.level} ${level.name}`).join(' · ');
  }
}
