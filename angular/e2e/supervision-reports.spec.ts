import { readFile } from 'node:fs/promises';
import { expect, Page, test } from './support';
import { expectAccessible, openMenuItem, signIn } from './support';

const PHONE = { width: 390, height: 844 };
// The demo group (PeerSupervisionDataSeedContributor) meets in Trøndelag with Kjell Kollega.
const REGION = 'Trøndelag';

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

async function openReport(page: Page) {
  await openMenuItem(page, 'Veiledningsrapporter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Rapporter om kollegaveiledning' }),
  ).toBeVisible();
  await expect(page.getByTestId('by-region-table')).toBeVisible();
}

test('the directorate admin sees supervision activity per region as a chart and a table and exports it as CSV, in bokmål, nynorsk and English', async ({
  page,
}) => {
  await signIn(page, 'diradmin');
  await openReport(page);
  await expect(page.getByTestId('scope-name')).toContainText('Hele landet');
  await expect(page.getByRole('img', { name: /Veiledningsaktivitet per region/ })).toBeVisible();
  const region = page
    .getByTestId('by-region-table')
    .locator('tbody tr')
    .filter({ hasText: REGION });
  await expect(region).toBeVisible();
  expect(Number(await region.locator('[data-column=groups]').innerText())).toBeGreaterThan(0);
  expect(Number(await region.locator('[data-column=meetingsHeld]').innerText())).toBeGreaterThan(0);
  await expectAccessible(page, 'the supervision report');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^kollegaveiledning-rapport-.*\.csv$/);
  const csv = await readFile((await download.path())!, 'utf-8');
  expect(csv).toContain('Gjennomførte møter');
  expect(csv).toContain(REGION);

  await chooseLanguage(page, 'Norsk nynorsk');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Rapportar om kollegarettleiing' }),
  ).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Gjennomførte møte' }).first()).toBeVisible();
  await expectAccessible(page, 'the supervision report in nynorsk');
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'Supervision reports' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Supervision activity per region/ })).toBeVisible();
  await expectAccessible(page, 'the supervision report in English');
  await chooseLanguage(page, 'Norsk bokmål');
});

test('a region coordinator sees their own region only', async ({ page }) => {
  await signIn(page, 'regionkoordinator');
  await openReport(page);
  await expect(page.getByTestId('scope-name')).toContainText(REGION);
  const regions = page.getByTestId('by-region-table').locator('tbody tr');
  await expect(regions).toHaveCount(1);
  await expect(regions.first()).toContainText(REGION);
  await expect(page.getByTestId('by-group-table')).toContainText('Kjell Kollega');
  await expectAccessible(page, 'the supervision report (region coordinator)');
});

test('the report fits a phone', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, 'diradmin');
  await page.goto('/supervision/reports');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('by-region-table')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the report scrolls sideways').toBeLessThanOrEqual(0);
  await expectAccessible(page, 'the supervision report on a phone');
});
