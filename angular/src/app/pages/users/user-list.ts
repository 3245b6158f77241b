import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { Permissions } from '../../core/permissions';
import { UserAdminApi, UserListItem } from '../../data/user-admin-api';
import { TableField } from '../../shared/data-table';
import { ListPage } from '../../shared/list-page';
import { PagedList } from '../../shared/paged-list';
import { valueOf } from '../../shared/resource-value';
import { SelectFilter } from '../../shared/select-filter';
import { userStatus } from './user-status';

interface UserListFilters {
  role: string;
  status: string;
}

/** The users the caller administers, found by name, user name or e-mail, role and status. */
@Component({
  selector: 'app-user-list',
  imports: [TranslatePipe, MatTableModule, ListPage, SelectFilter],
  template: `
    <app-list-page
      heading="Page:Users.Title"
      newLabel="Page:Users.New"
      newLink="/admin/users/new"
      [managePermission]="managePermission"
      [list]="list"
      [columns]="columns"
      [fields]="fields"
      tableTestId="user-table"
    >
      <app-select-filter
        listFilter
        label="Page:Users.Role"
        [value]="list.extra().role"
        [options]="roles()"
        [translateNames]="true"
        (changed)="list.setExtra({ ...list.extra(), role: $event })"
      />
      <app-select-filter
        listFilter
        label="Page:Users.Status"
        [value]="list.extra().status"
        [options]="statuses"
        [translateNames]="true"
        (changed)="list.setExtra({ ...list.extra(), status: $event })"
      />
      <ng-container matColumnDef="roles">
        <th mat-header-cell *matHeaderCellDef>{{ 'Page:Users.Roles' | translate }}</th>
        <td mat-cell *matCellDef="let u" [attr.data-column]="'roles'">
          @for (r of u.roles; track r.roleName; let last = $last) {
            {{ 'Role:' + r.roleName | translate }}
            @if (r.scopeName) {
              ({{ r.scopeName }})
            }
            @if (!last) {
              ,
            }
          }
        </td>
      </ng-container>
    </app-list-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserListPage {
  private readonly api = inject(UserAdminApi);

  protected readonly managePermission = Permissions.IdentityManageUsers;
  protected readonly columns = ['name', 'userName', 'email', 'roles', 'status'];
  protected readonly fields: TableField<UserListItem>[] = [
    {
      id: 'name',
      heading: 'Field:Name',
      value: (u) => u.name,
      link: (u) => ['/admin/users', u.id],
      sortable: true,
    },
    { id: 'userName', heading: 'Page:Users.UserName', value: (u) => u.userName, sortable: true },
    { id: 'email', heading: 'Field:Email', value: (u) => u.email ?? '', sortable: true },
    {
      id: 'status',
      heading: 'Page:Users.Status',
      value: (u) => userStatus(u),
      translate: true,
    },
  ];
  protected readonly statuses = [
    { id: 'active', name: 'Page:Users.Active' },
    { id: 'disabled', name: 'Page:Users.Disabled' },
  ];

  private readonly options = resource({ loader: () => this.api.options() });
  protected readonly roles = computed(() =>
    (valueOf(this.options)?.allRoles ?? []).map((r) => ({ id: r, name: 'Role:' + r })),
  );

  protected readonly list = new PagedList<UserListItem, UserListFilters>((query) => {
    const { status, ...rest } = query;
    return this.api.list({
      ...rest,
      isDisabled: status === 'disabled' ? true : status === 'active' ? false : undefined,
    });
  });
}
