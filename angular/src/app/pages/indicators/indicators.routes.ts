import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** The result indicator catalogue and the import of the offices' values. */
export const INDICATOR_ROUTES: Routes = [
  {
    path: 'development/indicators',
    canActivate: [permissionGuard],
    data: { permission: Permissions.DevelopmentManageIndicators },
    title: 'Page:Development.Indicators.Title',
    loadComponent: () => import('./indicators').then((m) => m.IndicatorsPage),
  },
];

export const INDICATOR_NAV_ITEMS: NavItem[] = [
  {
    path: '/development/indicators',
    label: 'Menu:Development.Indicators',
    group: 'administration',
    permission: Permissions.DevelopmentManageIndicators,
  },
];
