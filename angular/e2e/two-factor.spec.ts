import { expect, expectAccessible, PASSWORD, signIn, signOut, test } from './support';
import type { Page } from './support';
import { totp } from './totp';

// A coordinator: a role for which production requires two-step sign-in (the demo settings leave it to the user).
const user = 'kommunekoordinator';

async function passwordStep(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('main').getByRole('button', { name: 'Logg inn' }).click();
  await page.locator('input[name="UserName"]').fill(user);
  await page.locator('input[name="Password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
}

test('a coordinator sets up an authenticator, signs in with a code and then with a recovery code', async ({
  page,
}) => {
  await signIn(page, user);
  await page.getByRole('link', { name: 'Sikkerhet ved innlogging' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sikkerhet ved innlogging' }),
  ).toBeVisible();
  await expect(page.getByText('Totrinnsinnlogging er slått av.')).toBeVisible();
  await expectAccessible(page, 'sign-in security page');

  await page.getByRole('link', { name: 'Slå på totrinnsinnlogging' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sett opp en autentiseringsapp' }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR-kode for autentiseringsappen' })).toBeVisible();
  await expectAccessible(page, 'authenticator enrolment page');
  const key = (await page.locator('#shared-key').innerText()).replace(/\s/g, '');

  await page.getByLabel('Kode').fill('000000');
  await page.getByRole('button', { name: 'Slå på totrinnsinnlogging' }).click();
  await expect(page.getByRole('alert')).toContainText('Koden er feil eller utløpt.');
  await expectAccessible(page, 'enrolment page with a wrong code');

  await page.getByLabel('Kode').fill(totp(key));
  await page.getByRole('button', { name: 'Slå på totrinnsinnlogging' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gjenopprettingskoder' })).toBeVisible();
  const codes = await page.locator('.recovery-codes code').allInnerTexts();
  expect(codes).toHaveLength(10);
  await expectAccessible(page, 'recovery codes');
  await page.getByRole('link', { name: 'Fortsett' }).click();
  await expect(page.getByText('Totrinnsinnlogging er slått på')).toBeVisible();
  await expect(page.getByText('Gjenopprettingskoder igjen: 10.')).toBeVisible();

  // The page in the other languages.
  await page
    .getByRole('navigation', { name: 'Språk' })
    .getByRole('link', { name: 'English' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign-in security' })).toBeVisible();
  await expectAccessible(page, 'sign-in security page in English');
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: 'Nynorsk' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Tryggleik ved innlogging' }),
  ).toBeVisible();
  await expectAccessible(page, 'sign-in security page in nynorsk');
  await page
    .getByRole('navigation', { name: 'Språk' })
    .getByRole('link', { name: 'Bokmål' })
    .click();

  // Signed out, the password alone is no longer enough: the code from the app is asked for.
  await page.goto('/');
  await signOut(page);
  await passwordStep(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Totrinnsinnlogging' })).toBeVisible();
  await expectAccessible(page, 'code step of sign-in');
  await page.getByLabel('Kode').fill(totp(key));
  await page.getByRole('button', { name: 'Bekreft' }).click();
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();

  // Without the phone: a recovery code, good once.
  await signOut(page);
  await passwordStep(page);
  await page.getByRole('link', { name: /Bruk en gjenopprettingskode/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Logg inn med gjenopprettingskode' }),
  ).toBeVisible();
  await expectAccessible(page, 'recovery code step of sign-in');
  await page.getByLabel('Gjenopprettingskode').fill(codes[0]);
  await page.getByRole('button', { name: 'Bekreft' }).click();
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();

  // A lost phone: a new authenticator replaces the old one (and leaves the demo user as it was for other tests).
  await page.getByRole('link', { name: 'Sikkerhet ved innlogging' }).click();
  await expect(page.getByText('Gjenopprettingskoder igjen: 9.')).toBeVisible();
  await page.getByRole('button', { name: 'Sett opp ny autentiseringsapp' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sett opp en autentiseringsapp' }),
  ).toBeVisible();
  // Set up on a phone: nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.goto('/Account/Security');
  await expect(page.getByText('Totrinnsinnlogging er slått av.')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
