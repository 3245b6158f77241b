import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

const view = Permissions.CompetenceView;
const manageCatalogue = Permissions.CompetenceManageCatalogue;
const manageRequirements = Permissions.CompetenceManageRequirements;

/** Catalogue, scales and role requirements: the pages of those who define the competence model. */
export const COMPETENCE_ADMIN_ROUTES: Routes = [
  {
    path: 'competence/admin',
    pathMatch: 'full',
    redirectTo: 'competence/admin/areas',
  },
  {
    path: 'competence/admin/areas',
    canActivate: [permissionGuard],
    data: { permission: view },
    title: 'Page:CompetenceAdmin.Areas.Title',
    loadComponent: () => import('./area-list').then((m) => m.CompetenceAreaListPage),
  },
  {
    path: 'competence/admin/areas/new',
    canActivate: [permissionGuard],
    data: { permission: manageCatalogue },
    title: 'Page:CompetenceAdmin.Areas.New',
    loadComponent: () => import('./area-edit').then((m) => m.CompetenceAreaEditPage),
  },
  {
    path: 'competence/admin/areas/:id',
    canActivate: [permissionGuard],
    data: { permission: view },
    title: 'Page:CompetenceAdmin.Areas.Edit',
    loadComponent: () => import('./area-edit').then((m) => m.CompetenceAreaEditPage),
  },
  {
    path: 'competence/admin/categories',
    canActivate: [permissionGuard],
    data: { permission: view },
    title: 'Page:CompetenceAdmin.Categories.Title',
    loadComponent: () => import('./category-list').then((m) => m.CompetenceCategoryListPage),
  },
  {
    path: 'competence/admin/categories/new',
    canActivate: [permissionGuard],
    data: { permission: manageCatalogue },
    title: 'Page:CompetenceAdmin.Categories.New',
    loadComponent: () => import('./category-edit').then((m) => m.CompetenceCategoryEditPage),
  },
  {
    path: 'competence/admin/categories/:id',
    canActivate: [permissionGuard],
    data: { permission: view },
    title: 'Page:CompetenceAdmin.Categories.Edit',
    loadComponent: () => import('./category-edit').then((m) => m.CompetenceCategoryEditPage),
  },
  {
    path: 'competence/admin/scales',
    canActivate: [permissionGuard],
    data: { permission: view },
    title: 'Page:CompetenceAdmin.Scales.Title',
    loadComponent: () => import('./scale-list').then((m) => m.ProficiencyScaleListPage),
  },
  {
    path: 'competence/admin/scales/new',
    canActivate: [permissionGuard],
    data: { permission: manageCatalogue },
    title: 'Page:CompetenceAdmin.Scales.New',
    loadComponent: () => import('./scale-edit').then((m) => m.ProficiencyScaleEditPage),
  },
  {
    path: 'competence/admin/scales/:id',
    canActivate: [permissionGuard],
    data: { permission: view },
    title: 'Page:CompetenceAdmin.Scales.Edit',
    loadComponent: () => import('./scale-edit').then((m) => m.ProficiencyScaleEditPage),
  },
  {
    path: 'competence/admin/requirements',
    canActivate: [permissionGuard],
    data: { permission: view },
    title: 'Page:CompetenceAdmin.Requirements.Title',
    loadComponent: () => import('./requirement-list').then((m) => m.CompetenceRequirementListPage),
  },
  {
    path: 'competence/admin/requirements/new',
    canActivate: [permissionGuard],
    data: { permission: manageRequirements },
    title: 'Page:CompetenceAdmin.Requirements.New',
    loadComponent: () => import('./requirement-new').then((m) => m.CompetenceRequirementNewPage),
  },
  {
    path: 'competence/admin/requirements/:id',
    canActivate: [permissionGuard],
    data: { permission: view },
    title: 'Page:CompetenceAdmin.Requirements.Detail',
    loadComponent: () =>
      import('./requirement-detail').then((m) => m.CompetenceRequirementDetailPage),
  },
];

/** Only those who maintain the catalogue or the requirements see these in the menu. */
export const COMPETENCE_ADMIN_NAV_ITEMS: NavItem[] = [
  {
    path: '/competence/admin/areas',
    label: 'Menu:CompetenceAdmin.Catalogue',
    group: 'competence',
    permission: manageCatalogue,
  },
  {
    path: '/competence/admin/requirements',
    label: 'Menu:CompetenceAdmin.Requirements',
    group: 'competence',
    permission: manageRequirements,
  },
];
