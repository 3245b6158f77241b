import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

const view = Permissions.ProgrammesView;
const edit = Permissions.ProgrammesEdit;

/** The programme editor: versions, modules and the joint approval. */
export const PROGRAMME_ROUTES: Routes = [
  {
    path: 'programme',
    canActivate: [permissionGuard],
    data: { permission: view },
    title: 'Page:Programme.Versions.Title',
    loadComponent: () => import('./version-list').then((m) => m.ProgrammeVersionListPage),
  },
  {
    path: 'programme/versions/:id',
    canActivate: [permissionGuard],
    data: { permission: view },
    title: 'Page:Programme.Version.Title',
    loadComponent: () => import('./version-page').then((m) => m.ProgrammeVersionPage),
  },
  {
    path: 'programme/versions/:id/modules/new',
    canActivate: [permissionGuard],
    data: { permission: edit },
    title: 'Page:Programme.ModuleForm.New',
    loadComponent: () => import('./module-edit').then((m) => m.ProgrammeModuleEditPage),
  },
  {
    path: 'programme/versions/:id/modules/:moduleId',
    canActivate: [permissionGuard],
    data: { permission: edit },
    title: 'Page:Programme.ModuleForm.Edit',
    loadComponent: () => import('./module-edit').then((m) => m.ProgrammeModuleEditPage),
  },
];

/** Every role may read the programme; only its two owners may change and approve it. */
export const PROGRAMME_NAV_ITEMS: NavItem[] = [
  { path: '/programme', label: 'Menu:Programme', group: 'programme', permission: view },
];
