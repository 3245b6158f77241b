import { Routes } from '@angular/router';
import { guardedPage } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** Quizzes: the editor inside the course editor, and taking one as a lesson of a course. */
export const QUIZ_ROUTES: Routes = [
  guardedPage(
    'course-editor/:courseId/quiz/:quizId',
    'Page:Quiz.Editor.Title',
    Permissions.ELearningEdit,
    () => import('./quiz-editor').then((m) => m.QuizEditorPage),
  ),
  guardedPage(
    'courses/:courseId/quiz/:quizId',
    'Page:Quiz.Take.Title',
    Permissions.ELearningView,
    () => import('./quiz-take').then((m) => m.QuizTakePage),
  ),
];
