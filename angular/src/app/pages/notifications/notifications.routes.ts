import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';

/** Every signed-in user's own notifications and e-mail choices; the guard without a permission asks only that. */
export const NOTIFICATION_ROUTES: Routes = [
  {
    path: 'notifications',
    canActivate: [permissionGuard],
    title: 'Page:Notifications.Title',
    loadComponent: () => import('./notifications').then((m) => m.NotificationsPage),
  },
  {
    path: 'notifications/settings',
    canActivate: [permissionGuard],
    title: 'Page:Notifications.Settings.Title',
    loadComponent: () => import('./notification-settings').then((m) => m.NotificationSettingsPage),
  },
];

/** The settings are reached from the notifications page and the bell. */
export const NOTIFICATION_NAV_ITEMS: NavItem[] = [
  { path: '/notifications', label: 'Menu:Notifications', group: 'mine' },
];
