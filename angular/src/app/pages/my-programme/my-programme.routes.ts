import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { guardedPage } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** A leader's own programme, and the facilitator's attendance and assessment pages. */
export const MY_PROGRAMME_ROUTES: Routes = [
  // Every signed-in user has their own programme (or an empty one); the e-mails link here.
  guardedPage('my-programme', 'Page:MyProgramme.Title', undefined, () =>
    import('./my-programme').then((m) => m.MyProgrammePage),
  ),
  guardedPage('facilitation', 'Page:Facilitation.Title', Permissions.CohortsFacilitate, () =>
    import('./facilitation-list').then((m) => m.FacilitationListPage),
  ),
  guardedPage(
    'facilitation/:cohortId',
    'Page:Facilitation.Cohort.Title',
    Permissions.CohortsFacilitate,
    () => import('./facilitation-cohort').then((m) => m.FacilitationCohortPage),
  ),
];

/** Items without a permission show to every signed-in user. */
export const MY_PROGRAMME_NAV_ITEMS: NavItem[] = [
  { path: '/my-programme', label: 'Menu:MyProgramme', group: 'mine' },
  {
    path: '/facilitation',
    label: 'Menu:Facilitation',
    group: 'programme',
    permission: Permissions.CohortsFacilitate,
  },
];
