import { Routes } from '@angular/router';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** A group's page, and creating one. */
export const SUPERVISION_GROUP_ROUTES: Routes = [
  {
    path: 'supervision/groups/new',
    canActivate: [permissionGuard],
    data: { permission: Permissions.PeerSupervisionManageGroups },
    title: 'Page:PeerSupervision.Create.Title',
    loadComponent: () =>
      import('./supervision-group-create').then((m) => m.SupervisionGroupCreatePage),
  },
  {
    path: 'supervision/groups/:id',
    canActivate: [permissionGuard],
    data: { permission: Permissions.PeerSupervisionView },
    title: 'Page:PeerSupervision.Group.Title',
    loadComponent: () => import('./supervision-group').then((m) => m.SupervisionGroupPage),
  },
];
