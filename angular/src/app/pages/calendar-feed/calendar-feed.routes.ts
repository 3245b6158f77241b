import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { guardedPage } from '../../core/permission.guard';

/** The signed-in user's own calendar subscription. */
export const CALENDAR_FEED_ROUTES: Routes = [
  guardedPage('calendar/subscription', 'Page:Calendar.Subscription.Title', undefined, () =>
    import('./calendar-subscription').then((m) => m.CalendarSubscriptionPage),
  ),
];

export const CALENDAR_FEED_NAV_ITEMS: NavItem[] = [
  { path: '/calendar/subscription', label: 'Menu:Calendar.Subscription', group: 'mine' },
];
