import { readFile } from 'node:fs/promises';
import { expect, Page, test } from './support';
import { expectAccessible, openMenuItem, signIn } from './support';

const PHONE = { width: 390, height: 844 };

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

/** The system admin changes an office's size through its page, as an admin change to record. */
async function changeOfficeSize(page: Page, office: string): Promise<string> {
  await openMenuItem(page, 'NAV-kontor');
  await page.getByRole('searchbox', { name: 'Søk' }).fill(office);
  await expect(page.getByTestId('office-table').locator('tbody tr')).toHaveCount(1);
  await page.getByRole('link', { name: office }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(office);
  const size = String(100 + (Date.now() % 800));
  await page.getByLabel('Antall ansatte').fill(size);
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.locator('.mdc-snackbar__label', { hasText: 'Lagret' }).last()).toBeVisible();
  return size;
}

test('the system admin finds their own change in the audit log with filters, opens it and exports the log, in bokmål, nynorsk and English', async ({
  page,
}) => {
  await signIn(page, 'sysadmin');
  const size = await changeOfficeSize(page, 'NAV Steinkjer');

  await openMenuItem(page, 'Revisjonslogg');
  await expect(page.getByRole('heading', { level: 1, name: 'Revisjonslogg' })).toBeVisible();
  await expect(page.getByTestId('chain-status')).toBeVisible();
  await expectAccessible(page, 'the audit log');

  await page.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Endring', exact: true }).click();
  await page.getByLabel('Handling (begynner med)').fill('Office.');
  await page.getByLabel('Utført av (navn, e-post eller ansattnummer)').fill('Systemsen');
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  const rows = page.getByTestId('audit-entries').locator('tbody tr');
  await expect(rows.first()).toContainText('Office.Updated');
  await expect(rows.first()).toContainText('Sigrun Systemsen');
  await expect(rows.first()).toContainText('Endring');
  await expectAccessible(page, 'the audit log filtered');

  // Someone else's changes do not match the actor filter.
  await page.getByLabel('Utført av (navn, e-post eller ansattnummer)').fill('Kari KS-Nordmann');
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(rows.first()).not.toContainText('Sigrun Systemsen');
  await page.getByLabel('Utført av (navn, e-post eller ansattnummer)').fill('Systemsen');
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(rows.first()).toContainText('Sigrun Systemsen');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksporter CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^revisjonslogg-.*\.csv$/);
  const csv = await readFile((await download.path())!, 'utf-8');
  expect(csv).toContain('Office.Updated');
  expect(csv).toContain('Sigrun Systemsen');

  await rows.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Oppføring nr\. \d+$/ })).toBeVisible();
  const values = page.getByTestId('audit-values');
  await expect(values.getByRole('columnheader', { name: 'Før' })).toBeVisible();
  await expect(values.getByRole('columnheader', { name: 'Etter' })).toBeVisible();
  await expect(
    values.locator('tbody tr').filter({ has: page.getByText('Size', { exact: true }) }),
  ).toContainText(size);
  await expectAccessible(page, 'an audit entry');

  await chooseLanguage(page, 'Norsk nynorsk');
  await expect(page.getByRole('heading', { level: 1, name: /^Oppføring nr\. \d+$/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Før' })).toBeVisible();
  await expectAccessible(page, 'an audit entry in nynorsk');
  await page.getByRole('link', { name: 'Tilbake til revisjonsloggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Revisjonslogg' })).toBeVisible();
  await expect(page.getByLabel('Utført av (namn, e-post eller tilsettnummer)')).toBeVisible();
  await expectAccessible(page, 'the audit log in nynorsk');

  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await page.getByLabel('Action (starts with)').fill('Office.Updated');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(rows.first()).toContainText('Change');
  await expectAccessible(page, 'the audit log in English');
  await rows.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Entry no\. \d+$/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Before' })).toBeVisible();
  await expectAccessible(page, 'an audit entry in English');
  await chooseLanguage(page, 'Norsk bokmål');
});

test('the audit log fits a phone and is not offered to other admins', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, 'sysadmin');
  await openMenuItem(page, 'Revisjonslogg');
  await expect(page.getByRole('heading', { level: 1, name: 'Revisjonslogg' })).toBeVisible();
  await expect(page.getByTestId('audit-entries')).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, 'the audit log at phone width');

  await page.getByRole('button', { name: 'Logg ut' }).click();
  await signIn(page, 'ksadmin');
  await page.goto('/audit-log');
  await expect(page.getByRole('heading', { level: 1, name: 'Revisjonslogg' })).toHaveCount(0);
});
