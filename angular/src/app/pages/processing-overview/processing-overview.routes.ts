import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { guardedPage } from '../../core/permission.guard';

/** What the system stores about people, why and for how long: for every signed-in user. */
export const PROCESSING_OVERVIEW_ROUTES: Routes = [
  guardedPage('processing-overview', 'Page:PersonalData.Processing.Title', undefined, () =>
    import('./processing-overview').then((m) => m.ProcessingOverviewPage),
  ),
];

export const PROCESSING_OVERVIEW_NAV_ITEMS: NavItem[] = [
  { path: '/processing-overview', label: 'Menu:PersonalData.Processing', group: 'mine' },
];
