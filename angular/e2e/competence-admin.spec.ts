import { expect, Page, test } from './support';
import { expectAccessible, openMenuItem, signIn, USERS, waitForTable } from './support';

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  // The panel's backdrop would swallow the next click while the panel closes.
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

/** A day `days` from now, as a date field takes it. */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Adds a competence area through the API, as the signed-in user; returns its id. */
async function createArea(page: Page, code: string, name: string): Promise<string> {
  return page.evaluate(
    async ({ code, name }) => {
      const headers = {
        Authorization: `Bearer ${sessionStorage.getItem('access_token')}`,
        'Content-Type': 'application/json',
      };
      const first = async (url: string) => (await (await fetch(url, { headers })).json()).items[0];
      const category = await first('/api/competence/categories');
      const scale = await first('/api/competence/scales');
      const text = { nb: name, nn: name, en: name };
      const response = await fetch('/api/competence/areas', {
        method: 'POST',
        headers,
        body: JSON.stringify({ code, categoryId: category.id, scaleId: scale.id, name: text }),
      });
      if (!response.ok) throw new Error(`area not created: ${response.status}`);
      return (await response.json()).id as string;
    },
    { code, name },
  );
}

/** Adds a national requirement for the advisor role through the API; returns its id. */
async function createRequirement(page: Page, competenceAreaId: string): Promise<string> {
  return page.evaluate(async (areaId) => {
    const headers = {
      Authorization: `Bearer ${sessionStorage.getItem('access_token')}`,
      'Content-Type': 'application/json',
    };
    const roles = await (await fetch('/api/organisation/job-roles', { headers })).json();
    const advisor = roles.find((r: { code: string }) => r.code === 'Advisor');
    const response = await fetch('/api/competence/requirements', {
      method: 'POST',
      headers,
      body: JSON.stringify({
        jobRoleId: advisor.id,
        competenceAreaId: areaId,
        minimumLevel: 2,
        deadlineMonths: 6,
        renewalMonths: null,
        isMandatory: true,
        validFrom: new Date().toISOString().slice(0, 10),
      }),
    });
    if (!response.ok) throw new Error(`requirement not created: ${response.status}`);
    return (await response.json()).id as string;
  }, competenceAreaId);
}

/** Fills the three language fields of the fieldset named `legend`. */
async function fillTexts(page: Page, legend: string, nb: string, nn: string, en: string) {
  const group = page.getByRole('group', { name: legend, exact: true });
  await group.getByRole('textbox', { name: 'Bokmål' }).fill(nb);
  await group.getByRole('textbox', { name: 'Nynorsk' }).fill(nn);
  await group.getByRole('textbox', { name: 'Engelsk' }).fill(en);
}

test('the KS admin browses the catalogue, adds a competence area and a proficiency scale', async ({
  page,
}) => {
  test.slow();
  const run = Date.now().toString().slice(-7);
  await signIn(page, USERS.ksAdmin.userName);
  await openMenuItem(page, 'Kompetansekatalog');
  await expect(page.getByRole('heading', { level: 1, name: 'Kompetanseområder' })).toBeVisible();
  await waitForTable(page);
  const areas = page.getByTestId('competence-area-table').locator('tbody tr');
  await expect(areas.first()).toContainText('AEV');
  await expectAccessible(page, 'competence areas list');

  await choose(page, 'Kategori', 'Regelverk, etikk og personvern');
  await expect(areas).toHaveCount(3);
  await page.getByRole('link', { name: 'Profesjonsetikk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Profesjonsetikk (ETIKK)');
  await expect(page.getByRole('textbox', { name: 'Kode' })).toHaveValue('ETIKK');
  await expect(
    page.getByRole('group', { name: 'Navn' }).getByRole('textbox', { name: 'Engelsk' }),
  ).toHaveValue('Professional ethics');
  await expectAccessible(page, 'competence area detail');

  // A new area: the server's error for the missing English name shows at that field.
  await page.getByRole('link', { name: 'Tilbake til kompetanseområder' }).click();
  await page.getByRole('link', { name: 'Nytt kompetanseområde' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Nytt kompetanseområde' }),
  ).toBeVisible();
  await expectAccessible(page, 'new competence area form');
  await page.getByRole('textbox', { name: 'Kode' }).fill(`E2E${run}`);
  await choose(page, 'Kategori', 'Ledelse');
  await choose(page, 'Ferdighetsskala', 'Ferdighetsnivå 1–4');
  await fillTexts(page, 'Navn', `Tillitsbasert ledelse ${run}`, `Tillitsbasert leiing ${run}`, '');
  await page.getByRole('button', { name: 'Lagre' }).click();
  const english = page
    .getByRole('group', { name: 'Navn' })
    .getByRole('textbox', { name: 'Engelsk' });
  await expect(english).toHaveAttribute('aria-invalid', 'true');
  await expect(english.locator('xpath=ancestor::mat-form-field').locator('mat-error')).toHaveText(
    'Må fylles ut.',
  );
  await expect(page.getByRole('alert').filter({ hasText: 'Noen felt må rettes' })).toBeVisible();
  await expect(english).toBeFocused();
  await expectAccessible(page, 'new competence area with a field error');
  await english.fill(`Trust-based leadership ${run}`);
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page).toHaveURL(/\/competence\/admin\/areas\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`(E2E${run})`);

  // Categories and scales are tabs of the same catalogue.
  await page.getByRole('link', { name: 'Tilbake til kompetanseområder' }).click();
  await page.getByRole('tab', { name: 'Kategorier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kategorier' })).toBeVisible();
  await waitForTable(page);
  await expect(page.getByTestId('competence-category-table').locator('tbody tr')).toHaveCount(3);
  await expectAccessible(page, 'competence categories list');
  await page.getByRole('link', { name: 'Ledelse', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ledelse');
  await expectAccessible(page, 'competence category detail');
  await page.goBack();
  await waitForTable(page);

  await page.getByRole('tab', { name: 'Ferdighetsskalaer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ferdighetsskalaer' })).toBeVisible();
  await waitForTable(page);
  await expect(page.getByTestId('proficiency-scale-table')).toContainText(
    '1 Kjennskap · 2 Kunnskap · 3 Ferdighet · 4 Ekspert',
  );
  await expectAccessible(page, 'proficiency scales list');
  await page.getByRole('link', { name: 'Ferdighetsnivå 1–4' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ferdighetsnivå 1–4');
  await expect(page.getByTestId('scale-levels').locator('> li')).toHaveCount(4);
  await expectAccessible(page, 'proficiency scale detail');

  // A new scale: two levels, added in the wrong order and then moved.
  await page.getByRole('link', { name: 'Tilbake til ferdighetsskalaer' }).click();
  await page.getByRole('link', { name: 'Ny ferdighetsskala' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny ferdighetsskala' })).toBeVisible();
  await fillTexts(page, 'Navn', `E2E-skala ${run}`, `E2E-skala ${run}`, `E2E scale ${run}`);
  await fillTexts(page, 'Nivå 1', 'Avansert', 'Avansert', 'Advanced');
  await page.getByRole('button', { name: 'Legg til nivå' }).click();
  await expect(
    page.getByRole('group', { name: 'Nivå 2' }).getByRole('textbox').first(),
  ).toBeFocused();
  await fillTexts(page, 'Nivå 2', 'Grunnleggende', 'Grunnleggjande', 'Basic');
  await page.getByRole('button', { name: 'Flytt opp Nivå 2' }).click();
  await expect(
    page.getByRole('group', { name: 'Nivå 1' }).getByRole('textbox', { name: 'Bokmål' }),
  ).toHaveValue('Grunnleggende');
  await expectAccessible(page, 'new proficiency scale form');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page).toHaveURL(/\/competence\/admin\/scales\/[0-9a-f-]{36}$/);
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Nivå 1' }).getByRole('textbox', { name: 'Engelsk' }),
  ).toHaveValue('Basic');
  await expect(
    page.getByRole('group', { name: 'Nivå 2' }).getByRole('textbox', { name: 'Engelsk' }),
  ).toHaveValue('Advanced');
});

test('the KS admin adds a requirement, corrects the level and adds a version from a date', async ({
  page,
}) => {
  test.slow();
  const run = Date.now().toString().slice(-7);
  const competence = `Veiledningsetikk ${run}`;
  await signIn(page, USERS.ksAdmin.userName);
  // A competence of its own, so the requirement is new however often the test runs.
  await createArea(page, `ETIKK${run}`, competence);

  await openMenuItem(page, 'Kompetansekrav');
  await expect(page.getByRole('heading', { level: 1, name: 'Kompetansekrav' })).toBeVisible();
  await waitForTable(page);
  await expectAccessible(page, 'requirements list');
  await choose(page, 'Rolle', 'Veileder');
  const table = page.getByTestId('competence-requirement-table');
  await expect(table).toContainText('Personvern og GDPR'); // seeded
  await expect(table).not.toContainText(competence);

  await page.getByRole('link', { name: 'Nytt kompetansekrav' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt kompetansekrav' })).toBeVisible();
  await expectAccessible(page, 'new requirement form');
  await choose(page, 'Rolle', 'Veileder');
  await choose(page, 'Kompetanse', `${competence} (ETIKK${run})`);
  await expect(page.getByText('1 Kjennskap · 2 Kunnskap · 3 Ferdighet · 4 Ekspert')).toBeVisible();
  const level = page.getByRole('spinbutton', { name: 'Minstenivå' });
  await level.fill('9');
  await page.getByRole('spinbutton', { name: 'Frist (måneder)' }).fill('6');
  await page.getByRole('spinbutton', { name: 'Fornyes hver (måneder)' }).fill('24');
  await page.getByRole('button', { name: 'Lagre' }).click();

  // The server knows the scale has four levels; its message shows at the level field.
  await expect(level).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.locator('mat-form-field').filter({ has: level }).locator('mat-error'),
  ).toHaveText('Nivået må være mellom 1 og 4 på skalaen til denne kompetansen.');
  await expect(page.getByRole('alert').filter({ hasText: 'Noen felt må rettes' })).toBeVisible();
  await expect(level).toBeFocused();
  await expectAccessible(page, 'new requirement form with a field error');

  await level.fill('2');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page).toHaveURL(/\/competence\/admin\/requirements\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Veileder – ${competence}`);

  // The list shows it, among the role's requirements.
  await page.getByRole('link', { name: 'Tilbake til kompetansekrav' }).click();
  await choose(page, 'Rolle', 'Veileder');
  await choose(page, 'Kompetanse', `${competence} (ETIKK${run})`);
  const row = table.locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Hele landet');
  await expect(row).toContainText('2 Kunnskap');
  await expect(row).toContainText('Obligatorisk');
  await row.getByRole('link', { name: competence }).click();

  // A new version from a future date: the history then has two versions.
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Veileder – ${competence}`);
  const versions = page.getByTestId('requirement-versions').locator('tbody tr');
  await expect(versions).toHaveCount(1);
  await expect(versions.first()).toContainText('Inntil videre');
  await expectAccessible(page, 'requirement detail');

  await page.getByLabel('Gjelder fra', { exact: true }).fill(daysFromNow(30));
  await page.getByRole('spinbutton', { name: 'Minstenivå' }).fill('3');
  await page.getByRole('spinbutton', { name: 'Fornyes hver (måneder)' }).fill('');
  await page.getByRole('button', { name: 'Lagre ny versjon' }).click();
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText('3 Ferdighet');
  await expect(versions.nth(0)).toContainText('Ingen fornyelse');
  await expect(versions.nth(1)).toContainText('2 Kunnskap');
  await expect(versions.nth(1)).toContainText('gjeldende');
  await expectAccessible(page, 'requirement detail with two versions');
});

test('the KS admin retires a requirement from a date after confirming', async ({ page }) => {
  test.slow();
  const run = Date.now().toString().slice(-7);
  const competence = `Avsluttes ${run}`;
  await signIn(page, USERS.ksAdmin.userName);
  const areaId = await createArea(page, `SLUTT${run}`, competence);
  const id = await createRequirement(page, areaId);
  await page.goto(`/competence/admin/requirements/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Veileder – ${competence}`);

  await page.getByLabel('Gjelder ikke lenger fra').fill(daysFromNow(60));
  await page.getByRole('button', { name: 'Avslutt krav' }).click();
  const dialog = page.getByRole('dialog', { name: 'Avslutte kravet?' });
  await expect(dialog).toContainText(`«Veileder – ${competence}»`);
  await expectAccessible(page, 'retire confirmation');
  await dialog.getByRole('button', { name: 'Avslutt krav' }).click();
  await expect(page.getByTestId('requirement-summary')).toContainText('Avsluttes fra');
  await expect(page.getByRole('button', { name: 'Avslutt krav' })).toHaveCount(0);
  await expectAccessible(page, 'retired requirement');
});
