import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { guardedPage } from '../../core/permission.guard';

/**
 * Certificates. Verifying a certificate is public: whoever is handed
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
  // Everyone signed in has their own certificates; the guard without a permission asks only that.
  guardedPage('certificates/my', 'Page:Certificates.My.Title', undefined, () =>
    import('./my-certificates').then((m) => m.MyCertificatesPage),
  ),
];

/** Items without a permission show to every signed-in user (the menu is hidden from others). */
export const CERTIFICATE_NAV_ITEMS: NavItem[] = [
  { path: '/certificates/my', label: 'Menu:Certificates.My', group: 'mine' },
];
