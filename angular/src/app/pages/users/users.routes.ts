import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

const manage = Permissions.IdentityManageUsers;

/** Users, their invites, person links and roles: nationally for system administrators, in scope for coordinators. */
export const USER_ROUTES: Routes = [
  {
    path: 'admin/users',
    canActivate: [permissionGuard],
    data: { permission: manage },
    title: 'Page:Users.Title',
    loadComponent: () => import('./user-list').then((m) => m.UserListPage),
  },
  {
    path: 'admin/users/new',
    canActivate: [permissionGuard],
    data: { permission: manage },
    title: 'Page:Users.New',
    loadComponent: () => import('./user-invite').then((m) => m.UserInvitePage),
  },
  {
    path: 'admin/users/:id',
    canActivate: [permissionGuard],
    data: { permission: manage },
    title: 'Page:Users.Detail',
    loadComponent: () => import('./user-detail').then((m) => m.UserDetailPage),
  },
];

export const USER_NAV_ITEMS: NavItem[] = [
  { path: '/admin/users', label: 'Menu:Users', group: 'administration', permission: manage },
];
