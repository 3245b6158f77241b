import { buildNavigation, groupOrder, NavItem } from './navigation';

const items: NavItem[][] = [
  [
    { path: '/', label: 'Home' },
    { path: '/offices', label: 'Offices', group: 'organisation' },
    { path: '/admin/jobs', label: 'Jobs', group: 'administration', permission: 'Jobs' as never },
  ],
  [
    { path: '/my-programme', label: 'My programme', group: 'mine' },
    { path: '/cohorts', label: 'Cohorts', group: 'programme' },
  ],
  [
    { path: '/competence/my', label: 'My competence', group: 'mine' },
    { path: '/competence/gaps', label: 'Gaps', group: 'competence' },
  ],
];

const everything = () => true;
const groupsOf = (roles: string[], allowed: (item: NavItem) => boolean = everything) =>
  buildNavigation(items, roles, allowed).groups.map((g) => g.group);

describe('navigation', () => {
  it("puts a leader's own pages first", () => {
    expect(groupsOf(['Leader'])).toEqual([
      'mine',
      'competence',
      'programme',
      'organisation',
      'administration',
    ]);
  });

  it('puts administration first for a system admin and the programme first for the programme owners', () => {
    expect(groupsOf(['SystemAdmin'])[0]).toBe('administration');
    expect(groupsOf(['KsAdmin'])[0]).toBe('programme');
    expect(groupsOf(['DirectorateAdmin'])[0]).toBe('programme');
    expect(groupsOf(['Facilitator'])[0]).toBe('programme');
  });

  it('orders by the main role of a user with several roles', () => {
    expect(groupOrder(['Leader', 'RegionalCoordinator'])).toEqual(
      groupOrder(['RegionalCoordinator']),
    );
    expect(groupOrder(['PeerSupervisor', 'SystemAdmin'])[0]).toBe('administration');
  });

  it('keeps the order items were contributed in within a group, and the home page above the groups', () => {
    const navigation = buildNavigation(items, ['Leader'], everything);
    expect(navigation.top.map((i) => i.label)).toEqual(['Home']);
    expect(navigation.groups[0].items.map((i) => i.label)).toEqual([
      'My programme',
      'My competence',
    ]);
    expect(navigation.groups[0].label).toBe('Menu:Group.Mine');
  });

  it('leaves out what the user may not open, and groups left empty', () => {
    const groups = groupsOf(['Leader'], (item) => !item.permission);
    expect(groups).not.toContain('administration');
    expect(groups).toContain('organisation');
  });
});
