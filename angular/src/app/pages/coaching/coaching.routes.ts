import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** The facilitator's leaders and, per leader, the plan in coach mode. */
export const COACHING_ROUTES: Routes = [
  {
    path: 'development/coaching',
    canActivate: [permissionGuard],
    data: { permission: Permissions.DevelopmentCoach },
    title: 'Page:Development.Coaching.Title',
    loadComponent: () => import('./coaching').then((m) => m.CoachingPage),
  },
  {
    path: 'development/coaching/:planId',
    canActivate: [permissionGuard],
    data: { permission: Permissions.DevelopmentCoach },
    title: 'Page:Development.Coaching.Plan',
    loadComponent: () => import('./coached-plan').then((m) => m.CoachedPlanPage),
  },
];

export const COACHING_NAV_ITEMS: NavItem[] = [
  {
    path: '/development/coaching',
    label: 'Menu:Development.Coaching',
    group: 'programme',
    permission: Permissions.DevelopmentCoach,
  },
];
