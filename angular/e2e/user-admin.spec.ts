import { expect, test } from './support';
import type { Page } from './support';
import { expectAccessible, openMenuItem, signIn, signOut } from './support';

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

/** Opens a select by its label and picks the option. */
async function choose(page: Page, label: string, option: string | RegExp) {
  await expect(async () => {
    if ((await page.getByRole('listbox').count()) === 0) {
      await page.getByRole('combobox', { name: label, exact: true }).click();
    }
    await expect(page.getByRole('option', { name: option }).first()).toBeVisible({
      timeout: 2_000,
    });
  }).toPass({ timeout: 15_000 });
  await page.getByRole('option', { name: option }).first().click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

/** The set-password link the SMTP sink (maildev) received for the address, through its REST API. */
async function setPasswordLink(page: Page, port: string, address: string): Promise<string> {
  let link = '';
  await expect(async () => {
    const response = await page.request.get(`http://127.0.0.1:${port}/api/email`);
    expect(response.ok(), `the SMTP sink's REST API on port ${port}`).toBe(true);
    const mails = (await response.json()) as { to: { address: string }[]; text?: string }[];
    const mail = mails.find((m) => m.to.some((t) => t.address.toLowerCase() === address));
    link = /https?:\/\/\S+\/Account\/SetPassword\?\S+/.exec(mail?.text ?? '')?.[0] ?? '';
    expect(link, `the invite to ${address}`).not.toBe('');
  }).toPass({ timeout: 45_000 });
  return link;
}

test('a system administrator invites a user, links them to a person, makes them a regional coordinator and changes a grant; the user sets a password and signs in', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const smtpWeb = process.env['NAVLEDER_TEST_SMTP_WEB'];
  expect(smtpWeb, 'NAVLEDER_TEST_SMTP_WEB: the REST port of the SMTP sink').toBeTruthy();
  const unique = Date.now().toString(36);
  const name = `Ine Invitert ${unique}`;
  const email = `ine.${unique}@test.navlederprogram.no`;
  const userName = `ine${unique}`;

  // 1. The invite.
  await signIn(page, 'sysadmin');
  await openMenuItem(page, 'Brukere');
  await expect(page.getByRole('heading', { level: 1, name: 'Brukere' })).toBeVisible();
  await expect(page.getByTestId('user-table')).toContainText('Sigrun Systemsen');
  await expectAccessible(page, 'the list of users');
  await page.getByRole('link', { name: 'Inviter bruker' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inviter bruker' })).toBeVisible();
  await page.getByLabel('Navn', { exact: true }).fill(name);
  await page.getByLabel('E-post', { exact: true }).fill(email);
  await page.getByLabel('Brukernavn', { exact: true }).fill(userName);
  await expectAccessible(page, 'the invite form');
  await page.getByRole('button', { name: 'Opprett og inviter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  await expect(page.getByTestId('user-status')).toContainText('Invitert');

  // The same address again is refused at the e-mail field.
  await page.getByRole('link', { name: 'Tilbake til brukerne' }).click();
  await page.getByRole('link', { name: 'Inviter bruker' }).click();
  await page.getByLabel('Navn', { exact: true }).fill('Noen Andre');
  await page.getByLabel('E-post', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Opprett og inviter' }).click();
  await expect(
    page.getByText('En bruker med denne e-postadressen finnes allerede.').first(),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Tilbake til brukerne' }).click();
  await page.getByLabel(/Søk/).first().fill(unique);
  await page.getByTestId('user-table').getByRole('link', { name }).click();

  // 2. The person link: a person found by employee number.
  await expect(page.getByTestId('linked-person')).toContainText('Ikke koblet til noen person.');
  await page.getByTestId('person-search').fill('Hansen');
  // The first Hansen no other user has.
  await choose(page, 'Person', /^[^–]*Hansen \(E\d+, NAV [^)]+\)$/);
  await page.getByRole('button', { name: 'Koble til', exact: true }).click();
  await expect(page.getByTestId('linked-person')).toContainText(/Hansen \(E\d+, NAV /);

  // 3. A regional coordinator for Trøndelag.
  await choose(page, 'Rolle', 'Regional koordinator');
  await choose(page, 'Område', 'Trøndelag');
  await page.getByRole('button', { name: 'Gi rolle' }).click();
  await expect(page.getByTestId('user-roles')).toContainText(
    'Regional koordinator – Fylke: Trøndelag',
  );
  await expectAccessible(page, 'a user with a person and a role');

  // 4. A grant: leaders may see the scheduled jobs, and then no longer.
  await openMenuItem(page, 'Tilganger per rolle');
  await expect(page.getByRole('heading', { level: 1, name: 'Tilganger per rolle' })).toBeVisible();
  const jobsForLeaders = page.getByRole('checkbox', {
    name: 'Leder: Se planlagte jobber',
    exact: true,
  });
  await expect(jobsForLeaders).not.toBeChecked();
  await expectAccessible(page, 'the grants');
  await jobsForLeaders.check();
  await expect(page.getByText('Lagret')).toBeVisible();
  await page.reload();
  await expect(jobsForLeaders).toBeChecked();
  await jobsForLeaders.uncheck();
  await page.reload();
  await expect(jobsForLeaders).not.toBeChecked();
  // The grants that keep the system administrable cannot be taken away.
  await expect(
    page.getByRole('checkbox', {
      name: 'Systemadministrator: Bestemme hva hver rolle har tilgang til',
      exact: true,
    }),
  ).toBeDisabled();

  // Both grant changes are in the audit log, under the one who made them.
  await openMenuItem(page, 'Revisjonslogg');
  await page.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Endring av roller og rettigheter', exact: true }).click();
  await page.getByLabel('Handling (begynner med)').fill('PermissionGrant.');
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  const grantEntries = page.getByTestId('audit-entries').locator('tbody tr');
  for (const action of ['PermissionGrant.Created', 'PermissionGrant.Deleted']) {
    await expect(grantEntries.filter({ hasText: action }).first()).toContainText(
      'Sigrun Systemsen',
    );
  }
  await openMenuItem(page, 'Tilganger per rolle');

  // The pages in nynorsk and English.
  await chooseLanguage(page, 'Norsk nynorsk');
  await expect(page.getByRole('heading', { level: 1, name: 'Tilgangar per rolle' })).toBeVisible();
  await expect(
    page.getByRole('checkbox', { name: 'Leiar: Sjå planlagde jobbar', exact: true }),
  ).toBeVisible();
  await expectAccessible(page, 'the grants in nynorsk');
  await openMenuItem(page, 'Brukarar');
  await expect(page.getByRole('heading', { level: 1, name: 'Brukarar' })).toBeVisible();
  await expectAccessible(page, 'the users in nynorsk');
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await page
    .getByLabel(/Search/)
    .first()
    .fill(unique);
  await page.getByTestId('user-table').getByRole('link', { name }).click();
  await expect(page.getByTestId('user-roles')).toContainText(
    'Regional coordinator – Region: Trøndelag',
  );
  await expectAccessible(page, 'a user in English');
  await chooseLanguage(page, 'Norsk bokmål');
  await signOut(page);

  // 5. The invitee's e-mail, the set-password page and the first sign-in.
  const link = await setPasswordLink(page, smtpWeb!, email);
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Velg passord' })).toBeVisible();
  await expectAccessible(page, 'the set-password page');
  await page.getByLabel('Nytt passord').fill('qwerty123456');
  await page.getByLabel('Gjenta passordet').fill('qwerty123456');
  await page.getByRole('button', { name: 'Lagre passord' }).click();
  await expect(
    page.getByText('Passordet er mye brukt eller kjent fra datainnbrudd.'),
  ).toBeVisible();
  await expectAccessible(page, 'the set-password page with an error');
  const passphrase = 'tre små fjellgeiter på tur';
  await page.getByLabel('Nytt passord').fill(passphrase);
  await page.getByLabel('Gjenta passordet').fill(passphrase);
  await page.getByRole('button', { name: 'Lagre passord' }).click();
  await expect(page.getByText('Passordet er lagret. Du kan nå logge inn.')).toBeVisible();

  // The link works once.
  await page.goto(link.replace('culture=nb&ui-culture=nb', 'culture=en&ui-culture=en'));
  await expect(
    page.getByText('The link has expired or has already been used. Nothing was changed.'),
  ).toBeVisible();
  await expectAccessible(page, 'a used link in English');

  await signIn(page, userName, passphrase);
  await openMenuItem(page, 'Brukere');
  await expect(page.getByRole('heading', { level: 1, name: 'Brukere' })).toBeVisible();
});
