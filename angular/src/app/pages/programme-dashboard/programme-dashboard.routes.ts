import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** The programme dashboard for programme owners nationally and coordinators in their scope. */
export const PROGRAMME_DASHBOARD_ROUTES: Routes = [
  {
    path: 'reports/programme',
    canActivate: [permissionGuard],
    data: { permission: Permissions.ReportingView },
    title: 'Page:Reporting.Title',
    loadComponent: () => import('./programme-dashboard').then((m) => m.ProgrammeDashboardPage),
  },
];

export const PROGRAMME_DASHBOARD_NAV_ITEMS: NavItem[] = [
  {
    path: '/reports/programme',
    label: 'Menu:Reporting.Programme',
    group: 'programme',
    permission: Permissions.ReportingView,
  },
];
