import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { permissionGuard } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

/** My competence, evidence approval and the gap dashboards. */
export const COMPETENCE_ROUTES: Routes = [
  {
    // Everyone signed in has their own competence; the guard without a permission asks only that.
    path: 'competence/my',
    canActivate: [permissionGuard],
    title: 'Page:Competence.My.Title',
    loadComponent: () => import('./my-competence').then((m) => m.MyCompetencePage),
  },
  {
    path: 'competence/approvals',
    canActivate: [permissionGuard],
    data: { permission: Permissions.CompetenceApproveEvidence },
    title: 'Page:Competence.Approvals.Title',
    loadComponent: () => import('./evidence-approvals').then((m) => m.EvidenceApprovalsPage),
  },
  {
    path: 'competence/gaps',
    canActivate: [permissionGuard],
    data: { permission: Permissions.CompetenceViewGaps },
    title: 'Page:Competence.Gaps.Title',
    loadComponent: () => import('./competence-gaps').then((m) => m.CompetenceGapsPage),
  },
  {
    path: 'competence/people/:personId',
    canActivate: [permissionGuard],
    data: { permission: Permissions.CompetenceViewGaps },
    title: 'Page:Competence.Person.Title',
    loadComponent: () => import('./person-competence').then((m) => m.PersonCompetencePage),
  },
];

/** Items without a permission show to every signed-in user (the menu is hidden from others). */
export const COMPETENCE_NAV_ITEMS: NavItem[] = [
  { path: '/competence/my', label: 'Menu:Competence.My', group: 'mine' },
  {
    path: '/competence/approvals',
    label: 'Menu:Competence.Approvals',
    group: 'competence',
    permission: Permissions.CompetenceApproveEvidence,
  },
  {
    path: '/competence/gaps',
    label: 'Menu:Competence.Gaps',
    group: 'competence',
    permission: Permissions.CompetenceViewGaps,
  },
];
