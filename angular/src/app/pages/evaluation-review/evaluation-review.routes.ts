import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** The review of free-text answers, and the pulse settings beside it. */
export const EVALUATION_REVIEW_ROUTES: Routes = [
  {
    path: 'evaluations/review',
    canActivate: [permissionGuard],
    data: { permission: Permissions.EvaluationsReview },
    title: 'Page:Evaluations.Review.Title',
    loadComponent: () => import('./review-list').then((m) => m.ReviewListPage),
  },
  {
    path: 'evaluations/review/:id',
    canActivate: [permissionGuard],
    data: { permission: Permissions.EvaluationsReview },
    title: 'Page:Evaluations.Review.Texts',
    loadComponent: () => import('./review-texts').then((m) => m.ReviewTextsPage),
  },
];

export const EVALUATION_REVIEW_NAV_ITEMS: NavItem[] = [
  {
    path: '/evaluations/review',
    label: 'Menu:Evaluations.Review',
    group: 'administration',
    permission: Permissions.EvaluationsReview,
  },
];
