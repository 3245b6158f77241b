import { EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { provideNavItems } from './core/navigation-item';
import { Permissions } from './core/permissions';
import { AUDIT_LOG_NAV_ITEMS } from './pages/audit-log/audit-log.routes';
import { CALENDAR_FEED_NAV_ITEMS } from './pages/calendar-feed/calendar-feed.routes';
import { CERTIFICATE_NAV_ITEMS } from './pages/certificates/certificates.routes';
import { COHORT_NAV_ITEMS } from './pages/cohorts/cohorts.routes';
import { COMPETENCE_ADMIN_NAV_ITEMS } from './pages/competence-admin/competence-admin.routes';
import { COMPETENCE_NAV_ITEMS } from './pages/competence/competence.routes';
import { COURSE_NAV_ITEMS } from './pages/courses/courses.routes';
import { COURSE_PROGRESS_NAV_ITEMS } from './pages/course-progress/course-progress.routes';
import { MY_PROGRAMME_NAV_ITEMS } from './pages/my-programme/my-programme.routes';
import { NOTIFICATION_NAV_ITEMS } from './pages/notifications/notifications.routes';
import { PROGRAMME_NAV_ITEMS } from './pages/programme/programme.routes';
import { COURSE_EDITOR_NAV_ITEMS } from './pages/course-editor/course-editor.routes';
import { SUPERVISION_NAV_ITEMS } from './pages/supervision/supervision.routes';
import { SUPERVISION_REPORT_NAV_ITEMS } from './pages/supervision-reports/supervision-reports.routes';
import { SUPERVISOR_NAV_ITEMS } from './pages/supervisors/supervisors.routes';
import { SUPERVISION_SETTINGS_NAV_ITEMS } from './pages/supervision-settings/supervision-settings.routes';
import { EVALUATION_NAV_ITEMS } from './pages/evaluations/evaluations.routes';
import { EVALUATION_ADMIN_NAV_ITEMS } from './pages/evaluation-admin/evaluation-admin.routes';
import { EVALUATION_REVIEW_NAV_ITEMS } from './pages/evaluation-review/evaluation-review.routes';
import { COACHING_NAV_ITEMS } from './pages/coaching/coaching.routes';
import { DEVELOPMENT_NAV_ITEMS } from './pages/development/development.routes';
import { INDICATOR_NAV_ITEMS } from './pages/indicators/indicators.routes';
import { LEADERSHIP_FEEDBACK_NAV_ITEMS } from './pages/leadership-feedback/leadership-feedback.routes';
import { PROGRAMME_DASHBOARD_NAV_ITEMS } from './pages/programme-dashboard/programme-dashboard.routes';
import { USER_NAV_ITEMS } from './pages/users/users.routes';
import { GRANT_NAV_ITEMS } from './pages/grants/grants.routes';
import { MY_DATA_NAV_ITEMS } from './pages/my-data/my-data.routes';
import { PERSONAL_DATA_ADMIN_NAV_ITEMS } from './pages/personal-data-admin/personal-data-admin.routes';
import { PROCESSING_OVERVIEW_NAV_ITEMS } from './pages/processing-overview/processing-overview.routes';

/** The menu, assembled at the application level from what each feature contributes (like the routes). */
export function provideAppNavigation(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideNavItems([
      { path: '/', label: 'Menu:Home' },
      {
        path: '/regions',
        label: 'Menu:Regions',
        permission: Permissions.OrganisationView,
        group: 'organisation',
      },
      {
        path: '/municipalities',
        label: 'Menu:Municipalities',
        permission: Permissions.OrganisationView,
        group: 'organisation',
      },
      {
        path: '/offices',
        label: 'Menu:Offices',
        permission: Permissions.OrganisationView,
        group: 'organisation',
      },
      {
        path: '/people',
        label: 'Menu:People',
        permission: Permissions.PeopleView,
        group: 'organisation',
      },
      {
        path: '/hr-import',
        label: 'Menu:HrImport',
        permission: Permissions.PeopleImport,
        group: 'administration',
      },
      {
        path: '/admin/jobs',
        label: 'Menu:Jobs',
        permission: Permissions.JobsView,
        group: 'administration',
      },
    ]),
    provideNavItems(USER_NAV_ITEMS),
    provideNavItems(GRANT_NAV_ITEMS),
    provideNavItems(AUDIT_LOG_NAV_ITEMS),
    provideNavItems(MY_PROGRAMME_NAV_ITEMS),
    provideNavItems(COHORT_NAV_ITEMS),
    provideNavItems(PROGRAMME_NAV_ITEMS),
    provideNavItems(COURSE_EDITOR_NAV_ITEMS),
    provideNavItems(COMPETENCE_NAV_ITEMS),
    provideNavItems(COURSE_NAV_ITEMS),
    provideNavItems(COURSE_PROGRESS_NAV_ITEMS),
    provideNavItems(COMPETENCE_ADMIN_NAV_ITEMS),
    provideNavItems(CERTIFICATE_NAV_ITEMS),
    provideNavItems(CALENDAR_FEED_NAV_ITEMS),
    provideNavItems(NOTIFICATION_NAV_ITEMS),
    provideNavItems(SUPERVISION_NAV_ITEMS),
    provideNavItems(SUPERVISION_REPORT_NAV_ITEMS),
    provideNavItems(SUPERVISOR_NAV_ITEMS),
    provideNavItems(SUPERVISION_SETTINGS_NAV_ITEMS),
    provideNavItems(EVALUATION_NAV_ITEMS),
    provideNavItems(EVALUATION_ADMIN_NAV_ITEMS),
    provideNavItems(EVALUATION_REVIEW_NAV_ITEMS),
    provideNavItems(DEVELOPMENT_NAV_ITEMS),
    provideNavItems(LEADERSHIP_FEEDBACK_NAV_ITEMS),
    provideNavItems(COACHING_NAV_ITEMS),
    provideNavItems(INDICATOR_NAV_ITEMS),
    provideNavItems(PROGRAMME_DASHBOARD_NAV_ITEMS),
    provideNavItems(MY_DATA_NAV_ITEMS),
    provideNavItems(PROCESSING_OVERVIEW_NAV_ITEMS),
    provideNavItems(PERSONAL_DATA_ADMIN_NAV_ITEMS),
  ]);
}
