import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** Course completion in the viewer's scope, and assigning courses. */
export const COURSE_PROGRESS_ROUTES: Routes = [
  {
    path: 'course-progress',
    canActivate: [permissionGuard],
    data: { permission: Permissions.ELearningViewProgress },
    title: 'Page:CourseProgress.Title',
    loadComponent: () => import('./course-progress').then((m) => m.CourseProgressPage),
  },
  {
    path: 'course-progress/assign',
    canActivate: [permissionGuard],
    data: { permission: Permissions.ELearningAssign },
    title: 'Page:CourseProgress.Assign.Title',
    loadComponent: () => import('./course-assign').then((m) => m.CourseAssignPage),
  },
];

export const COURSE_PROGRESS_NAV_ITEMS: NavItem[] = [
  {
    path: '/course-progress',
    label: 'Menu:CourseProgress',
    group: 'competence',
    permission: Permissions.ELearningViewProgress,
  },
];
