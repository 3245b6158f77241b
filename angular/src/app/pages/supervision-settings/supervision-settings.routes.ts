import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** The directorate's settings for peer supervision. */
export const SUPERVISION_SETTINGS_ROUTES: Routes = [
  {
    path: 'supervision/settings',
    canActivate: [permissionGuard],
    data: { permission: Permissions.PeerSupervisionManageSettings },
    title: 'Page:PeerSupervision.Settings.Title',
    loadComponent: () => import('./supervision-settings').then((m) => m.SupervisionSettingsPage),
  },
];

export const SUPERVISION_SETTINGS_NAV_ITEMS: NavItem[] = [
  {
    path: '/supervision/settings',
    label: 'Menu:PeerSupervision.Settings',
    group: 'administration',
    permission: Permissions.PeerSupervisionManageSettings,
  },
];
