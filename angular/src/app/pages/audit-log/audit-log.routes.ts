import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** The audit log viewer and one entry's details: system admins only. */
export const AUDIT_LOG_ROUTES: Routes = [
  {
    path: 'audit-log',
    canActivate: [permissionGuard],
    data: { permission: Permissions.AuditView },
    title: 'Page:AuditLog.Title',
    loadComponent: () => import('./audit-log').then((m) => m.AuditLogPage),
  },
  {
    path: 'audit-log/:sequence',
    canActivate: [permissionGuard],
    data: { permission: Permissions.AuditView },
    title: 'Page:AuditLog.Entry.Title',
    loadComponent: () => import('./audit-entry').then((m) => m.AuditEntryPage),
  },
];

export const AUDIT_LOG_NAV_ITEMS: NavItem[] = [
  {
    path: '/audit-log',
    label: 'Menu:AuditLog',
    group: 'administration',
    permission: Permissions.AuditView,
  },
];
