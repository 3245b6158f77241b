import { readFile } from 'node:fs/promises';
import { expect, Page, test } from './support';
import { expectAccessible, openMenuItem, signIn } from './support';

const PHONE = { width: 390, height: 844 };

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

async function openDashboard(page: Page) {
  await openMenuItem(page, 'Programdashbord');
  await expect(page.getByRole('heading', { level: 1, name: 'Programdashbord' })).toBeVisible();
  await expect(page.getByTestId('by-cohort-table')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
}

test('the directorate admin sees the programme per cohort, region and employer with tables and exports them, in bokmål, nynorsk and English', async ({
  page,
}) => {
  await signIn(page, 'diradmin');
  await openDashboard(page);
  await expect(page.getByTestId('scope-name')).toContainText('Hele landet');
  // The demo cohorts have participants: the key figures and the cohort table say how many.
  const enrolled = Number(
    await page.getByTestId('dashboard-total').locator('[data-column=enrolled]').innerText(),
  );
  expect(enrolled).toBeGreaterThan(0);
  const cohorts = page.getByTestId('by-cohort-table').locator('tbody tr');
  await expect(cohorts.first()).toBeVisible();
  const perCohort = await page
    .getByTestId('by-cohort-table')
    .locator('tbody [data-column=enrolled]')
    .allInnerTexts();
  expect(perCohort.reduce((sum, n) => sum + Number(n), 0)).toBe(enrolled);
  await expect(page.getByRole('img', { name: /^Per kull\./ })).toBeVisible();
  await expect(page.getByTestId('partnership-table')).toBeVisible();
  await expectAccessible(page, 'the programme dashboard');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^programdashbord-.*\.csv$/);
  const csv = await readFile((await download.path())!, 'utf-8');
  expect(csv).toContain('Påmeldt');
  expect(csv).toContain('Stat og kommune');

  await chooseLanguage(page, 'Norsk nynorsk');
  await expect(page.getByRole('heading', { level: 1, name: 'Programdashbord' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Påmeld' }).first()).toBeVisible();
  await expectAccessible(page, 'the programme dashboard in nynorsk');
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'Programme dashboard' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^By cohort\./ })).toBeVisible();
  await expectAccessible(page, 'the programme dashboard in English');
  await chooseLanguage(page, 'Norsk bokmål');
});

test('a region coordinator sees their own region only, and narrows to municipal leaders', async ({
  page,
}) => {
  await signIn(page, 'regionkoordinator');
  await openDashboard(page);
  await expect(page.getByTestId('scope-name')).toContainText('Trøndelag');
  const regions = page.getByTestId('by-region-table').locator('tbody tr');
  await expect(regions).toHaveCount(1);
  await expect(regions.first()).toContainText('Trøndelag');

  await page.getByRole('combobox', { name: 'Arbeidsgiver' }).click();
  await page.getByRole('option', { name: 'Kommunal' }).click();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  const employers = await page
    .getByTestId('by-employer-table')
    .locator('tbody tr td:first-child')
    .allInnerTexts();
  expect(employers.filter((e) => e.trim() === 'Statlig')).toEqual([]);
  await expectAccessible(page, 'the programme dashboard (region coordinator)');
});

test('the dashboard fits a phone', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, 'ksadmin');
  await page.goto('/reports/programme');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('by-cohort-table')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the dashboard scrolls sideways').toBeLessThanOrEqual(0);
  await expectAccessible(page, 'the programme dashboard on a phone');
});
