import { expect, Page, test } from './support';
import { expectAccessible, openMenuItem, signIn, signOut } from './support';

const PHONE = { width: 390, height: 844 };

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

/** Opens a select by its label and picks the options; a multiple select is closed again. */
async function choose(page: Page, label: string, ...options: (string | RegExp)[]) {
  for (const option of options) {
    // A select whose options have not arrived yet does not open: try again until it does.
    await expect(async () => {
      if ((await page.getByRole('listbox').count()) === 0) {
        await page.getByRole('combobox', { name: label, exact: true }).click();
      }
      await expect(page.getByRole('option', { name: option })).toBeVisible({ timeout: 2_000 });
    }).toPass();
    await page.getByRole('option', { name: option }).click();
  }
  if ((await page.getByRole('listbox').count()) > 0) await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

test('a coordinator appoints a peer supervisor who holds the competence, and the supervisor finds their page and exports the hours log, in bokmål, nynorsk and English', async ({
  page,
}) => {
  await signIn(page, 'regionkoordinator');
  await openMenuItem(page, 'Kollegaveiledere');
  await expect(page.getByRole('heading', { level: 1, name: 'Kollegaveiledere' })).toBeVisible();
  await expectAccessible(page, 'the register of peer supervisors');

  // The demo seed appoints Kjell Kollega; the coordinator ends that appointment, so that he can be appointed anew.
  await page.getByTestId('supervisor-table').getByRole('link', { name: 'Kjell Kollega' }).click();
  await page.getByRole('button', { name: 'Avslutt oppnevningen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Avslutt oppnevningen' }).click();
  await expect(page.getByText(/Oppnevningen ble avsluttet/)).toBeVisible();
  await page.getByRole('link', { name: 'Tilbake til kollegaveilederne' }).click();

  await page.getByRole('link', { name: 'Oppnevn kollegaveileder' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Oppnevn kollegaveileder' }),
  ).toBeVisible();
  await expect(page.getByTestId('requirement')).toContainText('Veiledningskompetanse på nivå 3');
  await choose(page, 'Fylke', 'Trøndelag');
  await page.getByLabel('Kapasitet (grupper samtidig)').fill('3');
  await choose(page, 'Kontorer hen betjener', 'NAV Malvik');

  // Someone without the supervision competence is refused, and told why.
  await page.getByLabel('Søk etter person').fill('Regionsen');
  await choose(page, 'Person', /Rita Regionsen \(NAV Trondheim\) – mangler veiledningskompetansen/);
  await expectAccessible(page, 'the appointment form');
  await page.getByRole('button', { name: 'Oppnevn', exact: true }).click();
  await expect(
    page.getByText(
      'Personen har ikke Veiledningskompetanse på nivå 3 eller høyere, som en kollegaveileder må ha.',
    ),
  ).toBeVisible();

  await page.getByLabel('Søk etter person').fill('Kollega');
  await choose(page, 'Person', 'Kjell Kollega (NAV Malvik)');
  await page.getByRole('button', { name: 'Oppnevn', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kjell Kollega');
  // He still leads the seeded group and those the earlier tests created.
  await expect(page.getByTestId('read-only-details')).toContainText(/\d av 3/);
  await expect(page.getByTestId('read-only-details')).toContainText('NAV Malvik');
  await expectAccessible(page, 'an appointment');
  await page.getByRole('link', { name: 'Tilbake til kollegaveilederne' }).click();
  await expect(
    page.getByTestId('supervisor-table').getByRole('link', { name: 'Kjell Kollega' }),
  ).toBeVisible();
  await signOut(page);

  await signIn(page, 'kollegaveileder');
  await page.goto('/supervision/supervisor');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Min side som kollegaveileder' }),
  ).toBeVisible();
  await expect(page.getByTestId('supervisor-capacity')).toContainText(/\d av 3/);
  await expect(page.getByTestId('hours-total')).toBeVisible();
  await expectAccessible(page, 'the supervisor’s page');
  for (const [button, extension] of [
    ['Last ned Excel', '.xlsx'],
    ['Last ned CSV', '.csv'],
  ]) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    expect((await download).suggestedFilename()).toMatch(
      new RegExp(`^veiledningstimer-.*\\${extension}$`),
    );
  }

  await chooseLanguage(page, 'Norsk nynorsk');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Mi side som kollegarettleiar' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Rettleiingstimar' })).toBeVisible();
  await expectAccessible(page, 'the supervisor’s page in nynorsk');
  await chooseLanguage(page, 'English');
  await expect(
    page.getByRole('heading', { level: 1, name: 'My page as peer supervisor' }),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^supervision-hours-.*\.csv$/);
  await expectAccessible(page, 'the supervisor’s page in English');
  await chooseLanguage(page, 'Norsk bokmål');
});

test('the directorate sets what a supervisor must hold and what taking part grants', async ({
  page,
}) => {
  await signIn(page, 'diradmin');
  await openMenuItem(page, 'Innstillinger for kollegaveiledning');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Innstillinger for kollegaveiledning' }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Kompetanse en veileder må ha' })).toContainText(
    'Veiledningskompetanse',
  );
  const meetings = page.getByLabel('Antall møter');
  await expect(meetings).toHaveValue('4');
  await expectAccessible(page, 'the supervision settings');

  await meetings.fill('0');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByText('Må være mellom 1 og 50.')).toBeVisible();
  await meetings.fill('5');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByText('Lagret')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Antall møter')).toHaveValue('5');
  await page.getByLabel('Antall møter').fill('4');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByText('Lagret')).toBeVisible();

  await chooseLanguage(page, 'Norsk nynorsk');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Innstillingar for kollegarettleiing' }),
  ).toBeVisible();
  await expectAccessible(page, 'the supervision settings in nynorsk');
  await chooseLanguage(page, 'English');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Peer supervision settings' }),
  ).toBeVisible();
  await expectAccessible(page, 'the supervision settings in English');
  await chooseLanguage(page, 'Norsk bokmål');
});

test('the register, the appointment form, the settings and the supervisor’s page fit a phone', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await signIn(page, 'sysadmin');
  for (const path of [
    '/supervision/supervisors',
    '/supervision/supervisors/new',
    '/supervision/settings',
    '/supervision/supervisor',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
