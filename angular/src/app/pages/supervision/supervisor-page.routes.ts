import { Routes } from '@angular/router';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/**
 * The supervisor's own page. The same section is also shown on "my supervision" to those who
 * lead groups; this address is the one to link to from e-mails and the calendar.
 */
export const SUPERVISOR_PAGE_ROUTES: Routes = [
  {
    path: 'supervision/supervisor',
    canActivate: [permissionGuard],
    data: { permission: Permissions.PeerSupervisionView },
    title: 'Page:PeerSupervision.Overview.PageTitle',
    loadComponent: () => import('./supervisor-page').then((m) => m.SupervisorPage),
  },
];
