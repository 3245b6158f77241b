import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';

/** A leader's own programme, and the facilitator's attendance and assessment pages. */
export const MY_PROGRAMME_ROUTES: Routes = [];

export const MY_PROGRAMME_NAV_ITEMS: NavItem[] = [];
