import { expect, Page, test } from './support';
import { expectAccessible, signIn, signOut } from './support';

// Kjell Kollega (demo user "kollegaveileder") is an appointed peer supervisor in Trøndelag in the demo seed;
// the leader of NAV Værnes ("leder") works in his region.
const SUPERVISOR = 'kollegaveileder';
const MEMBER = 'leder';
const PHONE = { width: 390, height: 844 };

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

/** Oslo wall-clock day and time a few minutes from now, for a first meeting that starts soon. */
function osloSoon(minutes: number): { day: string; time: string; startsAt: Date } {
  const startsAt = new Date(Date.now() + minutes * 60_000);
  startsAt.setSeconds(0, 0);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Oslo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(startsAt)
      .map((p) => [p.type, p.value]),
  );
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    startsAt,
  };
}

test('a supervisor creates a group, a member accepts the agreement, attendance at the held meeting becomes evidence in the member’s competence profile', async ({
  page,
}) => {
  test.setTimeout(420_000);
  await signIn(page, MEMBER);
  const memberName = (await page.getByTestId('user-name').innerText()).trim();
  await signOut(page);

  // The supervisor creates the group, with a first meeting a few minutes from now.
  await signIn(page, SUPERVISOR);
  await page.goto('/supervision');
  await expect(page.getByRole('heading', { level: 1, name: 'Kollegaveiledning' })).toBeVisible();
  await page.getByTestId('create-group').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny veiledningsgruppe' })).toBeVisible();
  const groupName = `Veiledningsgruppe ${Date.now().toString(36)}`;
  await page.getByLabel('Navn på gruppen').fill(groupName);
  await page.getByLabel('Søk etter kollega (navn)').fill(memberName.split(' ').at(-1)!);
  await page.getByRole('button', { name: 'Søk', exact: true }).click();
  await page.getByRole('button', { name: `Legg til ${memberName}` }).click();
  await page.getByLabel('Søk etter kollega (navn)').fill('');
  await page.getByRole('button', { name: 'Søk', exact: true }).click();
  const others = page.getByTestId('candidates').getByRole('button', { name: /^Legg til / });
  let added = 0;
  for (let i = 0; added < 2 && i < (await others.count()); i++) {
    if (await others.nth(i).isDisabled()) continue;
    await others.nth(i).click();
    added++;
  }
  await expect(page.getByRole('heading', { name: 'Invitert (3)' })).toBeVisible();
  await page.getByLabel('Taushet').fill('Det som sies i gruppen, blir i gruppen.');
  await page.getByLabel('Hvor ofte gruppen møtes').fill('Annenhver uke');
  await page.getByLabel('Metode').fill('Reflekterende team');
  await page.getByLabel('Anonymisering av saker').fill('Ingen navn, alder eller bosted.');
  await page.getByLabel('Møter som gir kompetanse').fill('1');
  const soon = osloSoon(2);
  await page.getByLabel('Første møte').fill(soon.day);
  await page.getByLabel('Klokkeslett').fill(soon.time);
  await page.getByLabel('Antall møter').fill('3');
  await page.getByLabel('Sted', { exact: true }).fill('Møterom Fjorden');
  await expectAccessible(page, 'the new group form');
  await page.getByRole('button', { name: 'Opprett og inviter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: groupName })).toBeVisible();
  await expect(page.getByTestId('meetings').locator('[data-meeting]')).toHaveCount(3);
  await signOut(page);

  // The member accepts the invitation, then the agreement; only then the meetings show.
  await signIn(page, MEMBER);
  await page.goto('/supervision');
  const invitation = page.getByTestId('invitations');
  await expect(invitation).toContainText(groupName);
  await expectAccessible(page, 'my supervision with an invitation');
  await invitation.getByRole('button', { name: `Takk ja til ${groupName}` }).click();
  await invitation.waitFor({ state: 'detached' });
  await page.getByRole('link', { name: groupName }).first().click();
  await expect(page.getByTestId('meetings')).toHaveCount(0);
  await page.getByTestId('accept-agreement').click();
  await expect(page.getByTestId('meetings').locator('[data-meeting]')).toHaveCount(3);
  await expectAccessible(page, 'the group page');
  for (const [language, heading] of [
    ['Norsk nynorsk', 'Gruppeavtale'],
    ['English', 'Group agreement'],
  ]) {
    await chooseLanguage(page, language);
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(heading) })).toBeVisible();
    await expectAccessible(page, `the group page in ${language}`);
  }
  await page.setViewportSize(PHONE);
  await expectAccessible(page, 'the group page at phone width');
  await chooseLanguage(page, 'Norsk bokmål');
  await signOut(page);

  // The meeting is held: once it has started, the supervisor registers who attended.
  await page.waitForTimeout(Math.max(0, soon.startsAt.getTime() - Date.now() + 2_000));
  await signIn(page, SUPERVISOR);
  await page.goto('/supervision');
  await page.getByTestId('leading').getByRole('link', { name: groupName }).click();
  await page.getByTestId('register-attendance').first().click();
  await page.getByTestId('attendance').getByLabel(memberName).check();
  await page.getByRole('button', { name: 'Lagre oppmøte' }).click();
  await expect(page.getByText('Oppmøtet er registrert')).toBeVisible();
  await expect(page.getByTestId('meetings').locator('[data-meeting]').first()).toContainText(
    'Gjennomført',
  );
  await expectAccessible(page, 'the group page after attendance');
  await signOut(page);

  // The evidence is in the member's competence profile at once.
  await signIn(page, MEMBER);
  await page.goto('/competence/my');
  await expect(page.getByText('Deltakelse i kollegaveiledning').first()).toBeVisible();
});
