import { groupOrder, NavGroup } from '../../core/navigation';
import type { Home, HomeMyCohort } from '../../data/home-api';
import type { Language } from '../../core/language.service';
import { formatDate } from '../../shared/date-format';
import type { Text } from '../../shared/text';

export type HomePart = Exclude<keyof Home, 'hasPersonProfile'>;

/** The menu group each part of the home page belongs to, so that the page follows the menu's order for the role. */
const PART_GROUPS: [HomePart, NavGroup][] = [
  ['programme', 'mine'],
  ['competence', 'mine'],
  ['facilitation', 'programme'],
  ['enrolments', 'programme'],
  ['approvals', 'programme'],
  ['cohorts', 'programme'],
  ['gaps', 'competence'],
  ['system', 'administration'],
];

/** The parts the server sent, in the order the user's main role works in. */
export function homeParts(home: Home, roles: readonly string[]): HomePart[] {
  const order = groupOrder(roles);
  return PART_GROUPS.filter(([part]) => home[part] != null)
    .map(([part, group], index) => ({ part, rank: order.indexOf(group) * 100 + index }))
    .sort((a, b) => a.rank - b.rank)
    .map((p) => p.part);
}

/** The assignments a participant has still to hand in, soonest first. */
export function assignmentSteps(home: Home, language: Language): Text[] {
  const steps: Text[] = [];
  for (const cohort of home.programme?.cohorts ?? []) {
    for (const deadline of cohort.upcomingDeadlines) {
      if (deadline.status == null || deadline.status === 'Returned') {
        steps.push({
          key: 'Page:Home.Next.Submit',
          params: { title: deadline.title.text, date: formatDate(deadline.dueOn, language) },
        });
      }
    }
  }
  return steps;
}

export function isParticipant(cohort: HomeMyCohort): boolean {
  return cohort.status === 'Enrolled' || cohort.status === 'Completed';
}
