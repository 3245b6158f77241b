import { NavGroup, NavItem } from './navigation-item';

export type { NavGroup, NavItem } from './navigation-item';
export { NAV_ITEMS, provideNavItems } from './navigation-item';

export interface NavSection {
  group: NavGroup;
  label: string;
  items: NavItem[];
}

export interface Navigation {
  /** Entries above the groups. */
  top: NavItem[];
  groups: NavSection[];
}

/**
 * The order of the menu's groups for each role, by what the role does most. A user with several roles gets the order
 * of the first of their roles in this list; the groups of all their permissions are shown.
 */
export const GROUP_ORDER: readonly [role: string, order: readonly NavGroup[]][] = [
  ['SystemAdmin', ['administration', 'organisation', 'programme', 'competence', 'mine']],
  ['KsAdmin', ['programme', 'competence', 'administration', 'organisation', 'mine']],
  ['DirectorateAdmin', ['programme', 'competence', 'administration', 'organisation', 'mine']],
  ['RegionalCoordinator', ['programme', 'competence', 'organisation', 'administration', 'mine']],
  ['MunicipalCoordinator', ['programme', 'competence', 'organisation', 'administration', 'mine']],
  ['Facilitator', ['programme', 'mine', 'competence', 'organisation', 'administration']],
  ['Leader', ['mine', 'competence', 'programme', 'organisation', 'administration']],
  ['PeerSupervisor', ['mine', 'competence', 'programme', 'organisation', 'administration']],
  ['CourseEditor', ['programme', 'mine', 'competence', 'organisation', 'administration']],
];

const DEFAULT_ORDER: readonly NavGroup[] = [
  'mine',
  'programme',
  'competence',
  'organisation',
  'administration',
];

const GROUP_LABELS: Record<NavGroup, string> = {
  mine: 'Menu:Group.Mine',
  programme: 'Menu:Group.Programme',
  competence: 'Menu:Group.Competence',
  organisation: 'Menu:Group.Organisation',
  administration: 'Menu:Group.Administration',
};

export function groupOrder(roles: readonly string[]): readonly NavGroup[] {
  return GROUP_ORDER.find(([role]) => roles.includes(role))?.[1] ?? DEFAULT_ORDER;
}

/** The menu a user sees: the entries their permissions allow, in groups ordered for their main role. */
export function buildNavigation(
  contributed: readonly NavItem[][],
  roles: readonly string[],
  allowed: (item: NavItem) => boolean,
): Navigation {
  const items = contributed.flat().filter(allowed);
  return {
    top: items.filter((item) => !item.group),
    groups: groupOrder(roles)
      .map((group) => ({
        group,
        label: GROUP_LABELS[group],
        items: items.filter((item) => item.group === group),
      }))
      .filter((section) => section.items.length > 0),
  };
}
