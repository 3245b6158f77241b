import { Routes } from '@angular/router';
import { withPageTexts } from './core/page-texts';
import { permissionGuard } from './core/permission.guard';
import { Permissions } from './core/permissions';
import { ForbiddenPage } from './pages/forbidden/forbidden';
import { HomePage } from './pages/home/home';
import { NotFoundPage } from './pages/not-found/not-found';
import { AUDIT_LOG_ROUTES } from './pages/audit-log/audit-log.routes';
import { COMPETENCE_ADMIN_ROUTES } from './pages/competence-admin/competence-admin.routes';
import { COMPETENCE_ROUTES } from './pages/competence/competence.routes';
import { COURSE_PROGRESS_ROUTES } from './pages/course-progress/course-progress.routes';
import { COHORT_ROUTES } from './pages/cohorts/cohorts.routes';
import { MY_PROGRAMME_ROUTES } from './pages/my-programme/my-programme.routes';
import { SCORM_ROUTES } from './pages/scorm/scorm.routes';
import { PROGRAMME_ROUTES } from './pages/programme/programme.routes';
import { COURSE_EDITOR_ROUTES } from './pages/course-editor/course-editor.routes';
import { QUIZ_ROUTES } from './pages/quiz/quiz.routes';
import { CERTIFICATE_ROUTES } from './pages/certificates/certificates.routes';
import { CALENDAR_FEED_ROUTES } from './pages/calendar-feed/calendar-feed.routes';
import { NOTIFICATION_ROUTES } from './pages/notifications/notifications.routes';
import { COURSE_ROUTES } from './pages/courses/courses.routes';
import { SUPERVISION_ROUTES } from './pages/supervision/supervision.routes';
import { SUPERVISION_GROUP_ROUTES } from './pages/supervision-group/supervision-group.routes';
import { SUPERVISION_REPORT_ROUTES } from './pages/supervision-reports/supervision-reports.routes';
import { SUPERVISOR_ROUTES } from './pages/supervisors/supervisors.routes';
import { SUPERVISOR_PAGE_ROUTES } from './pages/supervision/supervisor-page.routes';
import { SUPERVISION_SETTINGS_ROUTES } from './pages/supervision-settings/supervision-settings.routes';
import { EVALUATION_ROUTES } from './pages/evaluations/evaluations.routes';
import { EVALUATION_ADMIN_ROUTES } from './pages/evaluation-admin/evaluation-admin.routes';
import { EVALUATION_REVIEW_ROUTES } from './pages/evaluation-review/evaluation-review.routes';
import { COACHING_ROUTES } from './pages/coaching/coaching.routes';
import { DEVELOPMENT_ROUTES } from './pages/development/development.routes';
import { MY_DATA_ROUTES } from './pages/my-data/my-data.routes';
import { PERSONAL_DATA_ADMIN_ROUTES } from './pages/personal-data-admin/personal-data-admin.routes';
import { PROCESSING_OVERVIEW_ROUTES } from './pages/processing-overview/processing-overview.routes';
import { INDICATOR_ROUTES } from './pages/indicators/indicators.routes';
import { LEADERSHIP_FEEDBACK_ROUTES } from './pages/leadership-feedback/leadership-feedback.routes';
import { PROGRAMME_DASHBOARD_ROUTES } from './pages/programme-dashboard/programme-dashboard.routes';
import { USER_ROUTES } from './pages/users/users.routes';
import { GRANT_ROUTES } from './pages/grants/grants.routes';

const view = Permissions.OrganisationView;
const manage = Permissions.OrganisationManage;

const ORGANISATION_ROUTES: Routes = [
  {
    path: 'regions',
    canActivate: [permissionGuard],
    data: { permission: view },
    title: 'Page:Regions.Title',
    loadComponent: () => import('./pages/regions/region-list').then((m) => m.RegionListPage),
  },
  {
    path: 'regions/new',
    canActivate: [permissionGuard],
    data: { permission: manage },
    title: 'Page:Regions.New',
    loadComponent: () => import('./pages/regions/region-edit').then((m) => m.RegionEditPage),
  },
  {
    path: 'regions/:id',
    canActivate: [permissionGuard],
    data: { permission: view },
    title: 'Page:Regions.Edit',
    loadComponent: () => import('./pages/regions/region-edit').then((m) => m.RegionEditPage),
  },
  {
    path: 'municipalities',
    canActivate: [permissionGuard],
    data: { permission: view },
    title: 'Page:Municipalities.Title',
    loadComponent: () =>
      import('./pages/municipalities/municipality-list').then((m) => m.MunicipalityListPage),
  },
  {
    path: 'municipalities/new',
    canActivate: [permissionGuard],
    data: { permission: manage },
    title: 'Page:Municipalities.New',
    loadComponent: () =>
      import('./pages/municipalities/municipality-edit').then((m) => m.MunicipalityEditPage),
  },
  {
    path: 'municipalities/:id',
    canActivate: [permissionGuard],
    data: { permission: view },
    title: 'Page:Municipalities.Edit',
    loadComponent: () =>
      import('./pages/municipalities/municipality-edit').then((m) => m.MunicipalityEditPage),
  },
  {
    path: 'offices',
    canActivate: [permissionGuard],
    data: { permission: view },
    title: 'Page:Offices.Title',
    loadComponent: () => import('./pages/offices/office-list').then((m) => m.OfficeListPage),
  },
  {
    path: 'offices/new',
    canActivate: [permissionGuard],
    data: { permission: manage },
    title: 'Page:Offices.New',
    loadComponent: () => import('./pages/offices/office-edit').then((m) => m.OfficeEditPage),
  },
  {
    path: 'offices/:id',
    canActivate: [permissionGuard],
    data: { permission: view },
    title: 'Page:Offices.Edit',
    loadComponent: () => import('./pages/offices/office-edit').then((m) => m.OfficeEditPage),
  },
  {
    path: 'people',
    canActivate: [permissionGuard],
    data: { permission: Permissions.PeopleView },
    title: 'Page:People.Title',
    loadComponent: () => import('./pages/people/person-list').then((m) => m.PersonListPage),
  },
  {
    path: 'people/new',
    canActivate: [permissionGuard],
    data: { permission: Permissions.PeopleManage },
    title: 'Page:People.New',
    loadComponent: () => import('./pages/people/person-edit').then((m) => m.PersonEditPage),
  },
  {
    path: 'people/:id',
    canActivate: [permissionGuard],
    data: { permission: Permissions.PeopleView },
    title: 'Page:People.Edit',
    loadComponent: () => import('./pages/people/person-edit').then((m) => m.PersonEditPage),
  },
  {
    path: 'hr-import',
    canActivate: [permissionGuard],
    data: { permission: Permissions.PeopleImport },
    title: 'Page:HrImport.Title',
    loadComponent: () => import('./pages/hr-import/hr-import').then((m) => m.HrImportPage),
  },
];

const JOB_ROUTES: Routes = [
  {
    path: 'admin/jobs',
    canActivate: [permissionGuard],
    data: { permission: Permissions.JobsView },
    title: 'Page:Jobs.Title',
    loadComponent: () => import('./pages/jobs/jobs').then((m) => m.JobsPage),
  },
];

export const routes: Routes = [
  { path: '', component: HomePage, title: 'Page:Home.Title' },
  ...withPageTexts('Organisation', ORGANISATION_ROUTES),
  ...withPageTexts('Scheduling', JOB_ROUTES),
  ...withPageTexts('Audit', AUDIT_LOG_ROUTES),
  ...withPageTexts('Identity', USER_ROUTES),
  ...withPageTexts('Identity', GRANT_ROUTES),
  ...withPageTexts('Competence', COMPETENCE_ROUTES),
  ...withPageTexts('ELearning', COURSE_PROGRESS_ROUTES),
  ...withPageTexts('Competence', COMPETENCE_ADMIN_ROUTES),
  ...withPageTexts('Programmes', MY_PROGRAMME_ROUTES),
  ...withPageTexts('Programmes', COHORT_ROUTES),
  ...withPageTexts('Programmes', PROGRAMME_ROUTES),
  ...withPageTexts('ELearning', COURSE_EDITOR_ROUTES),
  ...withPageTexts('Programmes', CERTIFICATE_ROUTES),
  ...withPageTexts('Programmes', CALENDAR_FEED_ROUTES),
  ...withPageTexts('Notifications', NOTIFICATION_ROUTES),
  ...withPageTexts('ELearning', COURSE_ROUTES),
  ...withPageTexts('ELearning', QUIZ_ROUTES),
  ...withPageTexts('ELearning', SCORM_ROUTES),
  ...withPageTexts('PeerSupervision', SUPERVISION_ROUTES),
  ...withPageTexts('PeerSupervision', SUPERVISION_GROUP_ROUTES),
  ...withPageTexts('PeerSupervision', SUPERVISION_REPORT_ROUTES),
  ...withPageTexts('PeerSupervision', SUPERVISOR_ROUTES),
  ...withPageTexts('PeerSupervision', SUPERVISOR_PAGE_ROUTES),
  ...withPageTexts('PeerSupervision', SUPERVISION_SETTINGS_ROUTES),
  ...withPageTexts('Evaluations', EVALUATION_REVIEW_ROUTES),
  ...withPageTexts('Evaluations', EVALUATION_ADMIN_ROUTES),
  ...withPageTexts('Evaluations', EVALUATION_ROUTES),
  ...withPageTexts('Development', DEVELOPMENT_ROUTES),
  ...withPageTexts('Development', COACHING_ROUTES),
  ...withPageTexts('Development', INDICATOR_ROUTES),
  ...withPageTexts('Development', LEADERSHIP_FEEDBACK_ROUTES),
  ...withPageTexts('Reporting', PROGRAMME_DASHBOARD_ROUTES),
  ...withPageTexts('PersonalData', MY_DATA_ROUTES),
  ...withPageTexts('PersonalData', PERSONAL_DATA_ADMIN_ROUTES),
  ...withPageTexts('PersonalData', PROCESSING_OVERVIEW_ROUTES),
  { path: 'forbidden', component: ForbiddenPage, title: 'Page:Forbidden.Title' },
  { path: '**', component: NotFoundPage, title: 'Page:NotFound.Title' },
];
