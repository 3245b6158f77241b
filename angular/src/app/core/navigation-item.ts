import { InjectionToken, Provider } from '@angular/core';
import { Permission } from './permissions';

/** The areas the menu is grouped in. */
export type NavGroup = 'mine' | 'programme' | 'competence' | 'organisation' | 'administration';

export interface NavItem {
  path: string;
  label: string;
  permission?: Permission;
  /** Without a group the item stands above the groups (the home page). */
  group?: NavGroup;
}

/**
 * The menu entries, contributed by each feature with {@link provideNavItems}, so that the shell knows no feature.
 * Within a group, entries keep the order they were provided in.
 */
export const NAV_ITEMS = new InjectionToken<readonly NavItem[][]>('NAV_ITEMS');

export function provideNavItems(items: NavItem[]): Provider {
  return { provide: NAV_ITEMS, useValue: items, multi: true };
}
