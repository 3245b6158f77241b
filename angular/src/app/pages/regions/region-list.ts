import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { Region } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { Alert } from '../../shared/alert';
import { ListFilter } from '../../shared/list-filter';
import { PAGE_SIZES, PagedList } from '../../shared/paged-list';
import { TRANSLATED_PAGINATOR } from '../../shared/translated-paginator-intl';

@Component({
  selector: 'app-region-list',
  imports: [
    RouterLink,
    TranslatePipe,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatButtonModule,
    MatIconModule,
    Alert,
    ListFilter,
  ],
  template: `
    <h1>{{ 'Page:Regions.Title' | translate }}</h1>
    <div class="page-actions">
      <app-list-filter [list]="list" />
      @if (canManage()) {
        <a mat-flat-button routerLink="/regions/new">
          <mat-icon svgIcon="plus" />{{ 'Page:Regions.New' | translate }}
        </a>
      }
    </div>
    <app-alert [message]="error()" />
    @if (list.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <div class="table-wrapper">
      <table
        mat-table
        [dataSource]="list.items()"
        matSort
        [matSortActive]="list.sort().active"
        [matSortDirection]="list.sort().direction"
        (matSortChange)="list.onSort($event)"
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
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-mdc-row" *matNoDataRow>
          <td class="empty" [attr.colspan]="columns.length">{{ 'Ui:NoRows' | translate }}</td>
        </tr>
      </table>
    </div>
    <mat-paginator
      [length]="list.totalCount()"
      [pageIndex]="list.pageIndex()"
      [pageSize]="list.pageSize()"
      [pageSizeOptions]="pageSizes"
      showFirstLastButtons
      (page)="list.onPage($event)"
    />
  `,
  providers: [TRANSLATED_PAGINATOR],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionListPage {
  private readonly api = inject(OrganisationApi);
  private readonly errors = inject(ErrorMessages);
  private readonly auth = inject(AuthService);

  protected readonly columns = ['name', 'code'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly list = new PagedList<Region>(
    (query) => this.api.regions.list(query),
    [inject(LanguageService).current],
  );
  protected readonly canManage = computed(() => {
    this.auth.user();
    return this.auth.hasPermission(Permissions.OrganisationManage);
  });
  protected readonly error = computed(() =>
    this.list.error() ? this.errors.describe(this.list.error()) : null,
  );
}
