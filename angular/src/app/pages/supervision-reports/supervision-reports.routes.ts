import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** Count-only supervision reports for coordinators and admins in their scope. */
export const SUPERVISION_REPORT_ROUTES: Routes = [
  {
    path: 'supervision/reports',
    canActivate: [permissionGuard],
    data: { permission: Permissions.PeerSupervisionViewReports },
    title: 'Page:PeerSupervision.Reports.Title',
    loadComponent: () => import('./supervision-reports').then((m) => m.SupervisionReportsPage),
  },
];

export const SUPERVISION_REPORT_NAV_ITEMS: NavItem[] = [
  {
    path: '/supervision/reports',
    label: 'Menu:PeerSupervision.Reports',
    group: 'competence',
    permission: Permissions.PeerSupervisionViewReports,
  },
];
