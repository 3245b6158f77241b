import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** The evaluations a person is asked to answer, and the anonymous answer form. */
export const EVALUATION_ROUTES: Routes = [
  {
    path: 'evaluations',
    pathMatch: 'full',
    canActivate: [permissionGuard],
    data: { permission: Permissions.EvaluationsAnswer },
    title: 'Page:Evaluations.Mine.Title',
    loadComponent: () => import('./my-evaluations').then((m) => m.MyEvaluationsPage),
  },
  {
    path: 'evaluations/answer/:id',
    canActivate: [permissionGuard],
    data: { permission: Permissions.EvaluationsAnswer },
    title: 'Page:Evaluations.Answer.Title',
    loadComponent: () => import('./evaluation-answer').then((m) => m.EvaluationAnswerPage),
  },
];

export const EVALUATION_NAV_ITEMS: NavItem[] = [
  {
    path: '/evaluations',
    label: 'Menu:Evaluations',
    group: 'mine',
    permission: Permissions.EvaluationsAnswer,
  },
];
