import { expect, Page, test } from './support';
import { expectAccessible, openMenuItem, signIn, USERS } from './support';

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

test('the user switches to nynorsk and English, and the choice is remembered', async ({ page }) => {
  await signIn(page, USERS.ksAdmin.userName);
  await openMenuItem(page, 'Personer');
  await expect(page.getByRole('heading', { level: 1, name: 'Personer' })).toBeVisible();

  await chooseLanguage(page, 'Norsk nynorsk');
  await expect(page.getByRole('heading', { level: 1, name: 'Personar' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Framside' })).toBeVisible();
  await expect(page).toHaveTitle(/Personar/);
  await expectAccessible(page, 'people list in nynorsk');

  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expectAccessible(page, 'people list in English');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The server-rendered login page follows the language chosen in the app.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto('/');
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Username')).toBeVisible();
  await expect(page.getByLabel('Password')).toBeVisible();
});
