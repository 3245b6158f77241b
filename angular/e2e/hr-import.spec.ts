import { expect, test } from './support';
import { expectAccessible, openMenuItem, signIn, USERS } from './support';

const HEADER =
  'employeeNumber;firstName;lastName;email;employer;officeName;jobRoleCode;jobRoleStartDate';

function csv(rows: string[]) {
  return {
    name: 'hr-eksport.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([HEADER, ...rows].join('\n') + '\n', 'utf-8'),
  };
}

test('a bad row is shown in the preview; the corrected file is committed', async ({ page }) => {
  const run = Date.now().toString().slice(-7);
  const good = `E2E${run}1;Åse;Ødegård;ase.odegard.${run}@example.no;State;NAV Malvik;Advisor;2024-01-15`;
  const bad = `E2E${run}2;Bjørn;Feilsen;ikke-en-e-post;Municipality;NAV Malvik;Advisor;2024-02-01`;
  const fixed = `E2E${run}2;Bjørn;Feilsen;bjorn.feilsen.${run}@example.no;Municipality;NAV Malvik;Advisor;2024-02-01`;

  await signIn(page, USERS.ksAdmin.userName);
  await openMenuItem(page, 'Import fra HR');
  await expect(page.getByRole('heading', { level: 1, name: 'Import fra HR' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Last ned mal (CSV)' })).toHaveAttribute(
    'href',
    '/hr-import-template.csv',
  );
  await expectAccessible(page, 'HR import page');

  const file = page.getByLabel('CSV-fil fra HR-systemet');
  await file.setInputFiles(csv([good, bad]));
  await page.getByRole('button', { name: 'Kontroller fil' }).click();

  const errors = page.getByTestId('import-errors');
  await expect(errors).toBeVisible();
  await expect(errors.locator('tbody tr')).toHaveCount(1);
  await expect(errors.locator('tbody tr td').first()).toHaveText('3');
  await expect(errors.locator('tbody tr')).toContainText('email');
  await expect(page.getByRole('button', { name: 'Importer' })).toBeDisabled();
  await expectAccessible(page, 'HR import preview with errors');

  await file.setInputFiles(csv([good, fixed]));
  await page.getByRole('button', { name: 'Kontroller fil' }).click();
  await expect(page.getByText('Filen har ingen feil og kan importeres.')).toBeVisible();
  await page.getByRole('button', { name: 'Importer' }).click();

  // The import is written by a background job; the page follows it until it has finished.
  const result = page.getByTestId('import-result');
  await expect(result.getByRole('heading', { name: 'Importen er fullført' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(result.getByRole('alert')).toContainText('2 rader er importert: 2 nye');
  await expect(result.getByRole('status')).toHaveText('2 av 2 rader er skrevet');
  await expect(result.getByText('Opprettet').locator('..')).toContainText('2');
  await expectAccessible(page, 'HR import committed');

  await openMenuItem(page, 'Personer');
  await page.getByRole('searchbox', { name: 'Søk' }).fill(`E2E${run}`);
  await expect(page.locator('table tbody tr')).toHaveCount(2);
});
