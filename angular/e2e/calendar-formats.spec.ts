import ICAL from 'ical.js';
import { expect, test } from './support';
import { signIn, USERS } from './support';

type Session = { id: string; startsAt: string };
type Cohort = { cohortId: string; modules: { sessions: { session: Session }[] }[] };

/** The Oslo wall-clock time of an instant, from Node's own time-zone data rather than the feed's. */
function osloWallClock(utcMillis: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(utcMillis);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/**
 * Parses with Mozilla's ical.js (not the library that wrote it) and converts every gathering's
 * DTSTART through the feed's own VTIMEZONE rules; returns gathering id → UTC milliseconds.
 */
function gatheringsInUtc(text: string): Map<string, number> {
  expect(text).not.toContain('\u2212');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone')!;
  expect(zone.getFirstPropertyValue('tzid')).toBe('Europe/Oslo');
  const oslo = new ICAL.Timezone(zone);
  const at = (year: number, month: number, day: number, hour: number) =>
    ICAL.Time.fromData({ year, month, day, hour, minute: 0 }, oslo).toUnixTime() * 1000;
  // The rules themselves: noon in Oslo is 10:00 UTC in summer (CEST) and 11:00 UTC in winter (CET).
  expect(new Date(at(2027, 7, 1, 12)).toISOString()).toBe('2027-07-01T10:00:00.000Z');
  expect(new Date(at(2027, 1, 15, 12)).toISOString()).toBe('2027-01-15T11:00:00.000Z');

  const result = new Map<string, number>();
  for (const event of calendar.getAllSubcomponents('vevent')) {
    const uid = String(event.getFirstPropertyValue('uid'));
    if (!uid.startsWith('session-')) continue;
    const property = event.getFirstProperty('dtstart')!;
    expect(property.getParameter('tzid'), uid).toBe('Europe/Oslo');
    const start = property.getFirstValue() as ICAL.Time;
    const { year, month, day, hour, minute, second } = start;
    const utc = ICAL.Time.fromData({ year, month, day, hour, minute, second }, oslo).toUnixTime();
    const wallClock = `${start.year}-${String(start.month).padStart(2, '0')}-${String(start.day).padStart(2, '0')} ${String(start.hour).padStart(2, '0')}:${String(start.minute).padStart(2, '0')}`;
    expect(osloWallClock(utc * 1000), uid).toBe(wallClock);
    result.set(uid.slice('session-'.length).split('@')[0], utc * 1000);
  }
  return result;
}

test('the calendar feed and a gathering download parse with ical.js in every language, at the right Oslo and UTC times', async ({
  page,
}) => {
  const token = page
    .waitForRequest((r) => r.url().includes('/api/') && !!r.headers()['authorization'])
    .then((r) => r.headers()['authorization']);
  await signIn(page, USERS.leader.userName);
  const authorization = await token;

  const feedUrl: string = (
    await (await page.request.get('/api/calendar/my-feed', { headers: { authorization } })).json()
  ).url;
  const mine: { cohorts: Cohort[] } = await (
    await page.request.get('/api/my-programme', { headers: { authorization } })
  ).json();
  const sessions = mine.cohorts.flatMap((c) =>
    c.modules.flatMap((m) => m.sessions.map((s) => ({ cohortId: c.cohortId, ...s.session }))),
  );
  expect(sessions.length).toBeGreaterThan(0);
  const utcOf = (s: Session) =>
    Date.parse(s.startsAt.endsWith('Z') ? s.startsAt : `${s.startsAt}Z`);

  for (const language of ['nb', 'nn', 'en']) {
    const feed = await page.request.get(new URL(feedUrl).pathname, {
      headers: { 'accept-language': language },
    });
    expect(feed.status()).toBe(200);
    const inFeed = gatheringsInUtc(await feed.text());
    for (const session of sessions) expect(inFeed.get(session.id), language).toBe(utcOf(session));

    const chosen = sessions[sessions.length - 1];
    const single = await page.request.get(
      `/api/cohorts/${chosen.cohortId}/sessions/${chosen.id}.ics`,
      { headers: { authorization, 'accept-language': language } },
    );
    expect(single.status()).toBe(200);
    expect(single.headers()['content-disposition']).toMatch(
      /filename=samling-\d{4}-\d{2}-\d{2}\.ics/,
    );
    expect([...gatheringsInUtc(await single.text()).values()]).toEqual([utcOf(chosen)]);
  }
});
