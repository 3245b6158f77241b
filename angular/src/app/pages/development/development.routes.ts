import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** The leader's own development plan and private notes. */
export const DEVELOPMENT_ROUTES: Routes = [
  {
    path: 'development',
    pathMatch: 'full',
    canActivate: [permissionGuard],
    data: { permission: Permissions.DevelopmentView },
    title: 'Page:Development.Title',
    loadComponent: () => import('./development').then((m) => m.DevelopmentPage),
  },
];

export const DEVELOPMENT_NAV_ITEMS: NavItem[] = [
  {
    path: '/development',
    label: 'Menu:Development',
    group: 'mine',
    permission: Permissions.DevelopmentView,
  },
];
