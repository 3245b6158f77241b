import { Routes } from '@angular/router';
import { guardedPage } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** The SCORM player for learners and the package list of a course for its editors. */
export const SCORM_ROUTES: Routes = [
  guardedPage(
    'courses/:courseId/scorm/:packageId',
    'Page:Scorm.Title',
    Permissions.ELearningView,
    () => import('./scorm-player').then((m) => m.ScormPlayerPage),
  ),
  guardedPage(
    'courses/:courseId/scorm-packages',
    'Page:ScormPackages.Title',
    Permissions.ELearningEdit,
    () => import('./scorm-packages').then((m) => m.ScormPackagesPage),
  ),
];
