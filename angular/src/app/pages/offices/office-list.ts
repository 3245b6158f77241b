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
import { DecimalPipe } from '@angular/common';
import { AuthService } from '../../core/auth.service';
import { ErrorMessages } from '../../core/error-messages';
import { LanguageService } from '../../core/language.service';
import { Permissions } from '../../core/permissions';
import { Lookups } from '../../data/lookups';
import { Office } from '../../data/models';
import { OrganisationApi } from '../../data/organisation-api';
import { Alert } from '../../shared/alert';
import { LEADERSHIP_MODEL_LABELS } from '../../shared/enum-labels';
import { ListFilter } from '../../shared/list-filter';
import { PAGE_SIZES, PagedList } from '../../shared/paged-list';
import { TRANSLATED_PAGINATOR } from '../../shared/translated-paginator-intl';

@Component({
  selector: 'app-office-list',
  imports: [
    RouterLink,
    TranslatePipe,
    DecimalPipe,
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
    <h1>{{ 'Page:Offices.Title' | translate }}</h1>
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
        <a mat-flat-button routerLink="/offices/new">
          <mat-icon svgIcon="plus" />{{ 'Page:Offices.New' | translate }}
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
        data-testid="office-table"
      >
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
            {{ leadershipModels[office.leadershipModel] | translate }}
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
export class OfficeListPage {
  private readonly api = inject(OrganisationApi);
  private readonly errors = inject(ErrorMessages);
  private readonly auth = inject(AuthService);
  private readonly lookups = inject(Lookups);
  protected readonly language = inject(LanguageService);

  protected readonly columns = ['name', 'regionName', 'leadershipModel', 'size', 'municipalities'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly leadershipModels = LEADERSHIP_MODEL_LABELS;
  protected readonly list = new PagedList<Office, { regionId: string }>(
    (query) => this.api.offices.list(query),
    [this.language.current],
  );
  protected readonly regions = resource({ loader: () => this.lookups.regions() });
  protected readonly canManage = computed(() => {
    this.auth.user();
    return this.auth.hasPermission(Permissions.OrganisationManage);
  });
  protected readonly error = computed(() =>
    this.list.error() ? this.errors.describe(this.list.error()) : null,
  );

  protected municipalityNames(office: Office): string {
    return (office.municipalities ?? []).map((m) => m.name).join(', ');
  }
}
