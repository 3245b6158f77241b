import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { guardedPage } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

const edit = Permissions.ELearningEdit;

/** Writing e-learning courses: the list, a new course, the course editor and the lesson editor. */
export const COURSE_EDITOR_ROUTES: Routes = [
  guardedPage('course-editor', 'Page:CourseEditor.List.Title', edit, () =>
    import('./course-list').then((m) => m.CourseListPage),
  ),
  guardedPage('course-editor/new', 'Page:CourseEditor.New.Title', edit, () =>
    import('./course-new').then((m) => m.CourseNewPage),
  ),
  guardedPage('course-editor/:courseId', 'Page:CourseEditor.Course.Title', edit, () =>
    import('./course-page').then((m) => m.CoursePage),
  ),
  guardedPage('course-editor/:courseId/lessons/new', 'Page:CourseEditor.Lesson.New', edit, () =>
    import('./lesson-edit').then((m) => m.LessonEditPage),
  ),
  guardedPage(
    'course-editor/:courseId/lessons/:lessonId',
    'Page:CourseEditor.Lesson.Edit',
    edit,
    () => import('./lesson-edit').then((m) => m.LessonEditPage),
  ),
];

export const COURSE_EDITOR_NAV_ITEMS: NavItem[] = [
  { path: '/course-editor', label: 'Menu:CourseEditor', group: 'programme', permission: edit },
];
