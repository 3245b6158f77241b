import { Permission, Permissions } from './permissions';

export interface NavItem {
  path: string;
  label: string;
  permission?: Permission;
}

export const NAV_ITEMS: NavItem[] = [
  { path: '/', label: 'Menu:Home' },
  { path: '/regions', label: 'Menu:Regions', permission: Permissions.OrganisationView },
  {
    path: '/municipalities',
    label: 'Menu:Municipalities',
    permission: Permissions.OrganisationView,
  },
  { path: '/offices', label: 'Menu:Offices', permission: Permissions.OrganisationView },
  { path: '/people', label: 'Menu:People', permission: Permissions.PeopleView },
  { path: '/hr-import', label: 'Menu:HrImport', permission: Permissions.PeopleImport },
  { path: '/admin/jobs', label: 'Menu:Jobs', permission: Permissions.JobsView },
];
