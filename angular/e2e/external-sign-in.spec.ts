import { expect, expectAccessible, test } from './support';

test('the sign-in page offers the organisation provider in every language', async ({ page }) => {
  await page.goto('/Account/Login');
  await expect(page.getByRole('link', { name: 'Logg inn med Test-ID' })).toBeVisible();
  await expectAccessible(page, 'sign-in page with an external provider');

  await page
    .getByRole('navigation', { name: 'Språk' })
    .getByRole('link', { name: 'English' })
    .click();
  await expect(page.getByRole('link', { name: 'Sign in with Test-ID' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Or sign in with username and password' }),
  ).toBeVisible();
  await expectAccessible(page, 'sign-in page with an external provider in English');

  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: 'Nynorsk' })
    .click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Eller logg inn med brukarnamn og passord' }),
  ).toBeVisible();
  await expectAccessible(page, 'sign-in page with an external provider in nynorsk');
  await page
    .getByRole('navigation', { name: 'Språk' })
    .getByRole('link', { name: 'Bokmål' })
    .click();
});

test('someone new signs in through the provider and gets into the app', async ({ page }) => {
  const email = `ekstern.${Date.now()}@example.no`;
  await page.goto('/');
  await page.getByRole('main').getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('link', { name: 'Logg inn med Test-ID' }).click();

  // The provider's own page: it vouches for whoever is typed in.
  await expect(page.getByRole('heading', { name: 'Test identity provider' })).toBeVisible();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Name').fill('Eva Ekstern');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
  await expect(page.getByTestId('user-name')).toContainText('Eva Ekstern');
  await expectAccessible(page, 'the app after an external sign-in');
});

test('an existing user is found by e-mail address when they first sign in through the provider', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('link', { name: 'Logg inn med Test-ID' }).click();
  await page.getByLabel('E-mail').fill('kristin.kursredaktor@nav.no');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('user-name')).toContainText('Kristin Kursredaktør');
});
