/**
 * What the cases and reflections sections need of a group's meetings; the group page passes its
 * own meeting list, which has these fields and more.
 */
export interface SupervisionMeetingRef {
  id: string;
  startsAt: string;
  endsAt: string;
  status: string;
}

/** Meetings still to come or going on, not cancelled or held: the ones a case can be brought to. */
export function openMeetings(
  meetings: readonly SupervisionMeetingRef[],
  now: Date = new Date(),
): SupervisionMeetingRef[] {
  return meetings
    .filter((m) => (m.status === 'Planned' || m.status === 'Moved') && new Date(m.endsAt) > now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
