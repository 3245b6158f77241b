import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth.service';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { Lookups } from '../../data/lookups';
import { Municipality } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { Alert } from '../../shared/alert';
import { ListFilter } from '../../shared/list-filter';
import { PAGE_SIZES, PagedList } from '../../shared/paged-list';
import { TRANSLATED_PAGINATOR } from '../../shared/translated-paginator-intl';

@Component({
  selector: 'app-municipality-list',
  imports: [
    RouterLink,
    TranslatePipe,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatButtonModule,
    MatIconModule,
    MatFormFieldModule,
    MatSelectModule,
    Alert,
    ListFilter,
  ],
  template: `
    <h1>{{ 'Page:Municipalities.Title' | translate }}</h1>
    <div class="page-actions">
      <app-list-filter [list]="list" />
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'Field:Region' | translate }}</mat-label>
        <mat-select
          [value]="list.extra().regionId ?? ''"
          (valueChange)="list.setExtra({ regionId: $event || undefined })"
        >
          <mat-option value="">{{ 'Ui:All' | translate }}</mat-option>
          @for (region of regions.value() ?? []; track region.id) {
            <mat-option [value]="region.id">{{ region.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (canManage()) {
        <a mat-flat-button routerLink="/municipalities/new">
          <mat-icon svgIcon="plus" />{{ 'Page:Municipalities.New' | translate }}
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
export class MunicipalityListPage {
  private readonly api = inject(OrganisationApi);
  private readonly errors = inject(ErrorMessages);
  private readonly auth = inject(AuthService);
  private readonly lookups = inject(Lookups);

  protected readonly columns = ['name', 'number', 'regionName'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly list = new PagedList<Municipality, { regionId: string }>(
    (query) => this.api.municipalities.list(query),
    [inject(LanguageService).current],
  );
  protected readonly regions = resource({ loader: () => this.lookups.regions() });
  protected readonly canManage = computed(() => {
    this.auth.user();
    return this.auth.hasPermission(Permissions.OrganisationManage);
  });
  protected readonly error = computed(() =>
    this.list.error() ? this.errors.describe(this.list.error()) : null,
  );
}
