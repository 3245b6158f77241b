import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';

/** Catalogue, scales and role requirements: the pages of those who define the competence model. */
export const COMPETENCE_ADMIN_ROUTES: Routes = [];

export const COMPETENCE_ADMIN_NAV_ITEMS: NavItem[] = [];
