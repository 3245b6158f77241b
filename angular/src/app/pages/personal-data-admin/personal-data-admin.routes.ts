import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { guardedPage } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** Export, on request, of a person in scope; dry run, erasure and erasure records for system admins. */
export const PERSONAL_DATA_ADMIN_ROUTES: Routes = [
  guardedPage(
    'personal-data',
    'Page:PersonalData.Admin.Title',
    Permissions.PersonalDataManage,
    () => import('./personal-data-admin').then((m) => m.PersonalDataAdminPage),
  ),
];

export const PERSONAL_DATA_ADMIN_NAV_ITEMS: NavItem[] = [
  {
    path: '/personal-data',
    label: 'Menu:PersonalData.Admin',
    group: 'administration',
    permission: Permissions.PersonalDataManage,
  },
];
