import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';

/**
 * Certificates and the calendar subscription. Verifying a certificate is public: whoever is handed
 * one checks it without signing in.
 */
export const CERTIFICATE_ROUTES: Routes = [
  {
    path: 'verify',
    title: 'Page:Certificates.Verify.Title',
    loadComponent: () => import('./verify-certificate').then((m) => m.VerifyCertificatePage),
  },
  {
    path: 'verify/:code',
    title: 'Page:Certificates.Verify.Title',
    loadComponent: () => import('./verify-certificate').then((m) => m.VerifyCertificatePage),
  },
  {
    // Everyone signed in has their own certificates; the guard without a permission asks only that.
    path: 'certificates/my',
    canActivate: [permissionGuard],
    title: 'Page:Certificates.My.Title',
    loadComponent: () => import('./my-certificates').then((m) => m.MyCertificatesPage),
  },
  {
    path: 'calendar/subscription',
    canActivate: [permissionGuard],
    title: 'Page:Calendar.Subscription.Title',
    loadComponent: () =>
      import('../calendar-feed/calendar-subscription').then((m) => m.CalendarSubscriptionPage),
  },
];

/** Items without a permission show to every signed-in user (the menu is hidden from others). */
export const CERTIFICATE_NAV_ITEMS: NavItem[] = [
  { path: '/certificates/my', label: 'Menu:Certificates.My', group: 'mine' },
  { path: '/calendar/subscription', label: 'Menu:Calendar.Subscription', group: 'mine' },
];
