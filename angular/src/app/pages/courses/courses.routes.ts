import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { guardedPage } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** The learner's e-learning: the catalogue, a course and its player, and "my courses". */
export const COURSE_ROUTES: Routes = [
  guardedPage('courses', 'Page:Courses.Catalogue.Title', Permissions.ELearningView, () =>
    import('./course-catalogue').then((m) => m.CourseCataloguePage),
  ),
  guardedPage('courses/:courseId', 'Page:Courses.Course.Title', Permissions.ELearningView, () =>
    import('./course-page').then((m) => m.CoursePage),
  ),
  guardedPage('my-courses', 'Page:Courses.Mine.Title', Permissions.ELearningView, () =>
    import('./my-courses').then((m) => m.MyCoursesPage),
  ),
];

export const COURSE_NAV_ITEMS: NavItem[] = [
  {
    path: '/my-courses',
    label: 'Menu:Courses.Mine',
    group: 'mine',
    permission: Permissions.ELearningView,
  },
  {
    path: '/courses',
    label: 'Menu:Courses.Catalogue',
    group: 'mine',
    permission: Permissions.ELearningView,
  },
];
