import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

const manage = Permissions.IdentityManageGrants;

/** Which role may do what. */
export const GRANT_ROUTES: Routes = [
  {
    path: 'admin/grants',
    canActivate: [permissionGuard],
    data: { permission: manage },
    title: 'Page:Grants.Title',
    loadComponent: () => import('./grants').then((m) => m.GrantsPage),
  },
];

export const GRANT_NAV_ITEMS: NavItem[] = [
  { path: '/admin/grants', label: 'Menu:Grants', group: 'administration', permission: manage },
];
