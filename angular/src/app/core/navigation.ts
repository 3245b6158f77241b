import { COMPETENCE_ADMIN_NAV_ITEMS } from '../pages/competence-admin/competence-admin.routes';
import { COMPETENCE_NAV_ITEMS } from '../pages/competence/competence.routes';
import { COHORT_NAV_ITEMS } from '../pages/cohorts/cohorts.routes';
import { MY_PROGRAMME_NAV_ITEMS } from '../pages/my-programme/my-programme.routes';
import { PROGRAMME_NAV_ITEMS } from '../pages/programme/programme.routes';
import { CERTIFICATE_NAV_ITEMS } from '../pages/certificates/certificates.routes';
import { NOTIFICATION_NAV_ITEMS } from '../pages/notifications/notifications.routes';
import { NavItem } from './navigation-item';
import { Permissions } from './permissions';

export type { NavItem } from './navigation-item';

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
  ...MY_PROGRAMME_NAV_ITEMS,
  ...COHORT_NAV_ITEMS,
  ...PROGRAMME_NAV_ITEMS,
  ...COMPETENCE_NAV_ITEMS,
  ...COMPETENCE_ADMIN_NAV_ITEMS,
  ...CERTIFICATE_NAV_ITEMS,
  ...NOTIFICATION_NAV_ITEMS,
  { path: '/admin/jobs', label: 'Menu:Jobs', permission: Permissions.JobsView },
];
