import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';

/** The programme editor: versions, modules and the joint approval. */
export const PROGRAMME_ROUTES: Routes = [];

export const PROGRAMME_NAV_ITEMS: NavItem[] = [];
