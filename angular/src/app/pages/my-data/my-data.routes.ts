import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { guardedPage } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** What the system holds about the signed-in user, to see and download. */
export const MY_DATA_ROUTES: Routes = [
  guardedPage('my-data', 'Page:PersonalData.Mine.Title', Permissions.PersonalDataView, () =>
    import('./my-data').then((m) => m.MyDataPage),
  ),
];

export const MY_DATA_NAV_ITEMS: NavItem[] = [
  {
    path: '/my-data',
    label: 'Menu:PersonalData.Mine',
    group: 'mine',
    permission: Permissions.PersonalDataView,
  },
];
