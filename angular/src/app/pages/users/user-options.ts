import { PersonCandidate } from '../../data/user-admin-api';

/** The languages an invite or reset e-mail can be written in. */
export const CULTURE_OPTIONS = [
  { id: 'nb', name: 'Language:nb' },
  { id: 'nn', name: 'Language:nn' },
  { id: 'en', name: 'Language:en' },
];

/** A person to pick: name, employee number and office, and whether someone else's user has them. */
export function personOption(c: PersonCandidate, hasUser: string): { id: string; name: string } {
  const office = c.officeName ? `, ${c.officeName}` : '';
  return {
    id: c.id,
    name: `${c.name} (${c.employeeNumber}${office})${c.hasUser ? ` – ${hasUser}` : ''}`,
  };
}
