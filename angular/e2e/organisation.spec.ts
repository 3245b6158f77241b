import { expect, test } from './support';
import { expectAccessible, openMenuItem, signIn, USERS, waitForTable } from './support';

test('the KS admin creates a region and deletes it again after confirming', async ({ page }) => {
  const name = `E2E-fylke ${Date.now()}`;
  await signIn(page, USERS.ksAdmin.userName);
  await openMenuItem(page, 'Fylker');
  await waitForTable(page);
  await page.getByRole('link', { name: 'Trøndelag', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Trøndelag');
  await expect(page.getByRole('textbox', { name: 'Kode' })).not.toHaveValue('');
  await expectAccessible(page, 'region detail');

  await page.getByRole('link', { name: 'Tilbake til fylker' }).click();
  await page.getByRole('link', { name: 'Nytt fylke' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt fylke' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Slett' })).toHaveCount(0);
  await expectAccessible(page, 'new region form');

  await page.getByRole('textbox', { name: 'Navn' }).fill(name);
  await page.getByRole('textbox', { name: 'Kode' }).fill('99');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page).toHaveURL(/\/regions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);

  await page.getByRole('button', { name: 'Slett' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bekreft sletting' });
  await expect(dialog).toContainText(`«${name}»`);
  await expectAccessible(page, 'delete confirmation');
  await dialog.getByRole('button', { name: 'Slett' }).click();
  await expect(page).toHaveURL(/\/regions$/);
  await expect(page.locator('.mdc-snackbar__label', { hasText: 'Slettet' }).last()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Søk' }).fill(name);
  await expect(page.locator('table tbody td.empty')).toHaveText('Ingen treff.');
});

test('the KS admin filters municipalities by region and opens a municipality and a person', async ({
  page,
}) => {
  await signIn(page, USERS.ksAdmin.userName);
  await openMenuItem(page, 'Kommuner');
  await waitForTable(page);
  await page.getByRole('combobox', { name: 'Fylke' }).click();
  await page.getByRole('option', { name: 'Trøndelag', exact: true }).click();
  const regionCells = page.locator('table tbody tr td:nth-child(3)');
  await expect
    .poll(async () => new Set((await regionCells.allInnerTexts()).map((r) => r.trim())))
    .toEqual(new Set(['Trøndelag']));

  const municipality = page.locator('table tbody tr a').first();
  const municipalityName = (await municipality.innerText()).trim();
  await municipality.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(municipalityName);
  await expect(page.getByRole('combobox', { name: 'Fylke' })).toContainText('Trøndelag');
  await expectAccessible(page, 'municipality detail');

  await openMenuItem(page, 'Personer');
  await waitForTable(page);
  await page.locator('table tbody tr a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Person');
  await expect(page.getByRole('textbox', { name: 'Fornavn' })).not.toHaveValue('');
  // The employee number ties the person to the HR system and cannot change.
  await expect(page.getByRole('textbox', { name: 'Ansattnummer' })).toBeDisabled();
  await expect(page.getByRole('textbox', { name: 'Fornavn' })).toBeEnabled();
  await expectAccessible(page, 'person detail');
});

test('a leader sees an office read-only, without save or delete', async ({ page }) => {
  await signIn(page, USERS.leader.userName);
  await openMenuItem(page, 'NAV-kontor');
  await waitForTable(page);
  await expect(page.getByRole('link', { name: 'Nytt NAV-kontor' })).toHaveCount(0);
  const link = page.getByTestId('office-table').locator('tbody tr a').first();
  const office = (await link.innerText()).trim();
  await link.click();
  // Facts as text, not a form with its fields turned off.
  const details = page.getByTestId('read-only-details');
  await expect(details.getByRole('definition').first()).toHaveText(office);
  await expect(details.getByRole('term')).toContainText(['Navn', 'Fylke', 'Kommuner']);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lagre' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Slett' })).toHaveCount(0);
  await expectAccessible(page, 'office detail (read-only)');
});
