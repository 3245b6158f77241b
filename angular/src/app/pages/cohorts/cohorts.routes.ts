import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { guardedPage } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** Cohorts: list, calendar, detail, enrolment, nomination and milestones. */
export const COHORT_ROUTES: Routes = [
  guardedPage('cohorts', 'Page:Cohorts.Title', Permissions.CohortsView, () =>
    import('./cohort-list').then((m) => m.CohortListPage),
  ),
  guardedPage('cohorts/calendar', 'Page:Cohorts.Calendar.Title', Permissions.CohortsView, () =>
    import('./cohort-calendar').then((m) => m.CohortCalendarPage),
  ),
  guardedPage('cohorts/new', 'Page:Cohorts.New', Permissions.CohortsManage, () =>
    import('./cohort-form').then((m) => m.CohortFormPage),
  ),
  guardedPage('cohorts/:id/edit', 'Page:Cohorts.Edit', Permissions.CohortsManage, () =>
    import('./cohort-form').then((m) => m.CohortFormPage),
  ),
  guardedPage('cohorts/:id', 'Page:Cohorts.Detail', Permissions.CohortsView, () =>
    import('./cohort-detail').then((m) => m.CohortDetailPage),
  ),
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
