import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

const manage = Permissions.PeerSupervisionManageSupervisors;

/** The register of peer supervisors. */
export const SUPERVISOR_ROUTES: Routes = [
  {
    path: 'supervision/supervisors',
    canActivate: [permissionGuard],
    data: { permission: manage },
    title: 'Page:PeerSupervision.Supervisors.Title',
    loadComponent: () => import('./supervisor-register').then((m) => m.SupervisorRegisterPage),
  },
  {
    path: 'supervision/supervisors/new',
    canActivate: [permissionGuard],
    data: { permission: manage },
    title: 'Page:PeerSupervision.Supervisors.Appoint',
    loadComponent: () => import('./supervisor-appoint').then((m) => m.SupervisorAppointPage),
  },
  {
    path: 'supervision/supervisors/:id',
    canActivate: [permissionGuard],
    data: { permission: manage },
    title: 'Page:PeerSupervision.Supervisors.Detail',
    loadComponent: () => import('./supervisor-detail').then((m) => m.SupervisorDetailPage),
  },
];

export const SUPERVISOR_NAV_ITEMS: NavItem[] = [
  {
    path: '/supervision/supervisors',
    label: 'Menu:PeerSupervision.Supervisors',
    group: 'programme',
    permission: manage,
  },
];
