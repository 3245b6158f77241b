import {
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChildren,
  inject,
  input,
  OnInit,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSort } from '@angular/material/sort';
import { MatColumnDef } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../core/auth.service';
import { ErrorMessages } from '../core/error-messages';
import { Permission } from '../core/permissions';
import { Alert } from './alert';
import { DataTable, TableField } from './data-table';
import { ListFilter } from './list-filter';
import { PAGE_SIZES, PagedList } from './paged-list';
import { TRANSLATED_PAGINATOR } from './translated-paginator-intl';

/**
 * The frame of a server-paged list page: heading, filters, "new" button, error, table and
 * paginator. The page puts its `matColumnDef`s inside this element, and any extra filter
 * marked `listFilter`.
 */
@Component({
  selector: 'app-list-page',
  imports: [
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    Alert,
    DataTable,
    ListFilter,
  ],
  // MatSort sits on this element rather than on the table inside it, because the page's
  // mat-sort-headers look for it among their own ancestors.
  hostDirectives: [MatSort],
  providers: [TRANSLATED_PAGINATOR],
  template: `
    <h1>{{ heading() | translate }}</h1>
    <div class="page-actions">
      <app-list-filter [list]="list()" />
      <ng-content select="[listFilter]" />
      @if (canManage()) {
        <a mat-flat-button [routerLink]="newLink()">
          <mat-icon svgIcon="plus" />{{ newLabel() | translate }}
        </a>
      }
    </div>
    <app-alert [message]="error()" />
    @if (list().loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-data-table
      [rows]="list().items()"
      [columns]="columns()"
      [fields]="fields()"
      [columnDefs]="columnDefs()"
      [testId]="tableTestId()"
    />
    <mat-paginator
      [length]="list().totalCount()"
      [pageIndex]="list().pageIndex()"
      [pageSize]="list().pageSize()"
      [pageSizeOptions]="pageSizes"
      showFirstLastButtons
      (page)="list().onPage($event)"
    />
  `,
  host: { style: 'display: contents' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListPage implements OnInit {
  /** Translation key of the page's h1. */
  readonly heading = input.required<string>();
  readonly list = input.required<PagedList<unknown>>();
  /** The columns in order; by default the fields'. */
  readonly columns = input<readonly string[]>();
  /** Columns that show one value as text or link (see TableField); the page writes the rest. */
  readonly fields = input<readonly TableField<never>[]>([]);
  /** Who may create: only they see the "new" button. */
  readonly managePermission = input.required<Permission>();
  readonly newLink = input.required<string>();
  /** Translation key of the "new" button. */
  readonly newLabel = input.required<string>();
  readonly tableTestId = input<string>();

  private readonly auth = inject(AuthService);
  private readonly errors = inject(ErrorMessages);
  private readonly sort = inject(MatSort);

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columnDefs = contentChildren(MatColumnDef);
  protected readonly canManage = computed(() => this.auth.hasPermission(this.managePermission()));
  protected readonly error = computed(() => {
    const error = this.list().error();
    return error ? this.errors.describe(error) : null;
  });

  ngOnInit(): void {
    const { active, direction } = this.list().sort();
    this.sort.active = active;
    this.sort.direction = direction;
    this.sort.sortChange.subscribe((sort) => this.list().onSort(sort));
  }
}
