import { expect, test } from './support';
import { expectAccessible } from './support';

test('the server sign-in page shows its errors and switches language', async ({ page }) => {
  await page.goto('/Account/Login');
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expectAccessible(page, 'sign-in page');

  await page.locator('form button[type="submit"]').click();
  await expect(page.getByRole('alert')).toContainText('Fyll ut feltene som mangler.');
  await expect(page.getByLabel('Brukernavn')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'sign-in page with errors');

  const languages = page.getByRole('navigation', { name: 'Språk' });
  await languages.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Username')).toBeVisible();
  await expectAccessible(page, 'sign-in page in English');

  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: 'Nynorsk' })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(page.getByLabel('Brukarnamn')).toBeVisible();
  await expectAccessible(page, 'sign-in page in nynorsk');
});

test('the server sign-out page asks first and then confirms', async ({ page }) => {
  await page.goto('/Account/Logout');
  await expect(page.getByRole('heading', { level: 1, name: 'Logg ut' })).toBeVisible();
  await expectAccessible(page, 'sign-out page');

  await page.getByRole('main').getByRole('button', { name: 'Logg ut' }).click();
  await expect(page).toHaveURL(/\/Account\/SignedOut$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Du er logget ut' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Til forsiden' })).toHaveAttribute('href', '/');
  await expectAccessible(page, 'signed-out page');
});
