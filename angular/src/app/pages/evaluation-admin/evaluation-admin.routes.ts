import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** Question sets, evaluations on targets in scope, and their results. */
export const EVALUATION_ADMIN_ROUTES: Routes = [
  {
    path: 'evaluations/manage',
    canActivate: [permissionGuard],
    data: { permission: Permissions.EvaluationsManage },
    title: 'Page:Evaluations.Manage.Title',
    loadComponent: () => import('./evaluation-manage').then((m) => m.EvaluationManagePage),
  },
  {
    path: 'evaluations/question-sets/:id',
    canActivate: [permissionGuard],
    data: { permission: Permissions.EvaluationsManage },
    title: 'Page:Evaluations.QuestionSet.Title',
    loadComponent: () => import('./question-set-editor').then((m) => m.QuestionSetEditorPage),
  },
  {
    path: 'evaluations/:id/results',
    canActivate: [permissionGuard],
    data: { permission: Permissions.EvaluationsViewResults },
    title: 'Page:Evaluations.Results.Title',
    loadComponent: () => import('./evaluation-results').then((m) => m.EvaluationResultsPage),
  },
];

export const EVALUATION_ADMIN_NAV_ITEMS: NavItem[] = [
  {
    path: '/evaluations/manage',
    label: 'Menu:Evaluations.Manage',
    group: 'administration',
    permission: Permissions.EvaluationsManage,
  },
];
