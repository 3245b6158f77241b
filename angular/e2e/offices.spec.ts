import { expect, Page, test } from './support';
import { expectAccessible, openMenuItem, signIn, USERS } from './support';

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('the KS admin creates an office, corrects a field error and edits the partnership', async ({
  page,
}) => {
  const name = `NAV E2E ${Date.now()}`;
  await signIn(page, USERS.ksAdmin.userName);
  await openMenuItem(page, 'NAV-kontor');
  await page.getByRole('link', { name: 'Nytt NAV-kontor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt NAV-kontor' })).toBeVisible();
  await expectAccessible(page, 'new office form');

  await choose(page, 'Fylke', 'Trøndelag');
  await page.getByLabel('Antall ansatte').fill('15');
  await choose(page, 'Kommuner kontoret betjener', 'Frosta');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Lagre' }).click();

  // The server rejects the empty name; its message appears at the name field.
  const nameInput = page.getByRole('textbox', { name: 'Navn' });
  await expect(nameInput).toHaveAttribute('aria-invalid', 'true');
  const nameField = page.locator('mat-form-field').filter({ has: nameInput });
  await expect(nameField.locator('mat-error')).not.toBeEmpty();
  await expect(page.getByRole('alert').filter({ hasText: 'Noen felt må rettes' })).toBeVisible();
  await expect(nameInput).toBeFocused();
  await expectAccessible(page, 'office form with a field error');

  await nameInput.fill(name);
  await expect(nameField.locator('mat-error')).toHaveCount(0);
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page).toHaveURL(/\/offices\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);

  // Edit: two leaders, more municipalities, a new size.
  await page.getByRole('radio', { name: /To ledere/ }).check();
  await choose(page, 'Kommuner kontoret betjener', 'Meråker');
  await page.keyboard.press('Escape');
  await page.getByLabel('Antall ansatte').fill('23');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.locator('.mdc-snackbar__label', { hasText: 'Lagret' }).last()).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Antall ansatte')).toHaveValue('23');
  await expect(page.getByRole('radio', { name: /To ledere/ })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Kommuner kontoret betjener' })).toContainText(
    'Frosta',
  );
  await expect(page.getByRole('combobox', { name: 'Kommuner kontoret betjener' })).toContainText(
    'Meråker',
  );
  await expectAccessible(page, 'office detail');

  // The list finds the new office through the server-side filter.
  await openMenuItem(page, 'NAV-kontor');
  await page.getByRole('searchbox', { name: 'Søk' }).fill(name);
  await expect(page.getByTestId('office-table').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('office-table')).toContainText('To ledere');
});

test('saving a record someone else changed meanwhile explains the conflict and reloads', async ({
  page,
}) => {
  await signIn(page, USERS.ksAdmin.userName);
  await openMenuItem(page, 'NAV-kontor');
  await page.getByRole('searchbox', { name: 'Søk' }).fill('NAV Steinkjer');
  await expect(page.getByTestId('office-table').locator('tbody tr')).toHaveCount(1);
  await page.getByRole('link', { name: 'NAV Steinkjer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('NAV Steinkjer');
  const id = page.url().split('/').pop()!;

  // Another user saves the office through the API while this form is open.
  const otherSize = await page.evaluate(async (officeId) => {
    const headers = {
      Authorization: `Bearer ${sessionStorage.getItem('access_token')}`,
      'Content-Type': 'application/json',
    };
    const url = `/api/organisation/offices/${officeId}`;
    const office = await (await fetch(url, { headers })).json();
    const size = office.size + 1;
    await fetch(url, { method: 'PUT', headers, body: JSON.stringify({ ...office, size }) });
    return size;
  }, id);

  await page.getByLabel('Antall ansatte').fill('99');
  await page.getByRole('button', { name: 'Lagre' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Noen andre har endret dette' });
  await expect(alert).toBeVisible();
  await expectAccessible(page, 'office form with a conflict');

  await alert.getByRole('button', { name: 'Last inn på nytt' }).click();
  await expect(page.getByLabel('Antall ansatte')).toHaveValue(String(otherSize));
  await expect(alert).toHaveCount(0);
});
