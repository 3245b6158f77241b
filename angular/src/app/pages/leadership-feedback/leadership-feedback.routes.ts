import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/**
 * 360° feedback: the leader's rounds, and the answer page a colleague reaches from the e-mail. The
 * answer page is public: the personal link is the only credential, and no sign-in would keep the
 * answer anonymous anyway.
 */
export const LEADERSHIP_FEEDBACK_ROUTES: Routes = [
  {
    path: 'development/feedback',
    canActivate: [permissionGuard],
    data: { permission: Permissions.DevelopmentView },
    title: 'Page:LeadershipFeedback.Title',
    loadComponent: () => import('./leadership-feedback').then((m) => m.LeadershipFeedbackPage),
  },
  {
    path: 'feedback/answer/:token',
    title: 'Page:LeadershipFeedback.Answer.Title',
    loadComponent: () => import('./feedback-answer').then((m) => m.FeedbackAnswerPage),
  },
];

export const LEADERSHIP_FEEDBACK_NAV_ITEMS: NavItem[] = [
  {
    path: '/development/feedback',
    label: 'Menu:Development.Feedback',
    group: 'mine',
    permission: Permissions.DevelopmentView,
  },
];
