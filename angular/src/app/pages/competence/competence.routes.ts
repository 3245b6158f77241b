import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';

/** My competence, evidence approval and the gap dashboards. */
export const COMPETENCE_ROUTES: Routes = [];

export const COMPETENCE_NAV_ITEMS: NavItem[] = [];
