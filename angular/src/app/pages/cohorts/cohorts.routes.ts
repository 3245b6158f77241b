import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';

/** Cohorts: list, calendar, detail, enrolment, nomination and milestones. */
export const COHORT_ROUTES: Routes = [];

export const COHORT_NAV_ITEMS: NavItem[] = [];
