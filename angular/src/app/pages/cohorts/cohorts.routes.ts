import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** Cohorts: list, calendar, detail, enrolment, nomination and milestones. */
export const COHORT_ROUTES: Routes = [
  {
    path: 'cohorts',
    canActivate: [permissionGuard],
    data: { permission: Permissions.CohortsView },
    title: 'Page:Cohorts.Title',
    loadComponent: () => import('./cohort-list').then((m) => m.CohortListPage),
  },
  {
    path: 'cohorts/calendar',
    canActivate: [permissionGuard],
    data: { permission: Permissions.CohortsView },
    title: 'Page:Cohorts.Calendar.Title',
    loadComponent: () => import('./cohort-calendar').then((m) => m.CohortCalendarPage),
  },
  {
    path: 'cohorts/new',
    canActivate: [permissionGuard],
    data: { permission: Permissions.CohortsManage },
    title: 'Page:Cohorts.New',
    loadComponent: () => import('./cohort-form').then((m) => m.CohortFormPage),
  },
  {
    path: 'cohorts/:id/edit',
    canActivate: [permissionGuard],
    data: { permission: Permissions.CohortsManage },
    title: 'Page:Cohorts.Edit',
    loadComponent: () => import('./cohort-form').then((m) => m.CohortFormPage),
  },
  {
    path: 'cohorts/:id',
    canActivate: [permissionGuard],
    data: { permission: Permissions.CohortsView },
    title: 'Page:Cohorts.Detail',
    loadComponent: () => import('./cohort-detail').then((m) => m.CohortDetailPage),
  },
];

export const COHORT_NAV_ITEMS: NavItem[] = [
  {
    path: '/cohorts',
    label: 'Menu:Cohorts',
    group: 'programme',
    permission: Permissions.CohortsView,
  },
  {
    path: '/cohorts/calendar',
    label: 'Menu:CohortCalendar',
    group: 'programme',
    permission: Permissions.CohortsView,
  },
];
