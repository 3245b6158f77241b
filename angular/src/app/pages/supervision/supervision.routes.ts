import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** One's own peer supervision: invitations, groups and one-to-ones, those one leads, next meetings. */
export const SUPERVISION_ROUTES: Routes = [
  {
    path: 'supervision',
    pathMatch: 'full',
    canActivate: [permissionGuard],
    data: { permission: Permissions.PeerSupervisionView },
    title: 'Page:PeerSupervision.Mine.Title',
    loadComponent: () => import('./my-supervision').then((m) => m.MySupervisionPage),
  },
];

export const SUPERVISION_NAV_ITEMS: NavItem[] = [
  {
    path: '/supervision',
    label: 'Menu:PeerSupervision',
    group: 'mine',
    permission: Permissions.PeerSupervisionView,
  },
];
