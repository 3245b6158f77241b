import { expect, Page, test } from './support';
import { expectAccessible, openMenuItem, signIn, USERS } from './support';

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

test('anyone checks a certificate code without signing in, and an unknown code is not found', async ({
  page,
}) => {
  await page.goto('/verify/AAAA-BBBB-CCCC');
  await expect(page.getByRole('heading', { level: 1, name: 'Kontroller kursbevis' })).toBeVisible();
  const notFound = page.getByTestId('verify-not-found');
  await expect(notFound).toBeVisible();
  await expect(notFound.getByRole('heading', { name: 'Fant ikke kursbeviset' })).toBeVisible();
  await expect(notFound).toContainText('AAAA-BBBB-CCCC');
  await expect(page.getByRole('button', { name: 'Logg inn' }).first()).toBeVisible();
  await expectAccessible(page, 'certificate verification, unknown code');

  // A code typed as people read it aloud is checked at its own address.
  await page.goto('/verify');
  await expect(page.getByTestId('verify-not-found')).toHaveCount(0);
  await page.getByLabel('Verifiseringskode').fill('zzzz zzzz zzzz');
  await page.getByRole('button', { name: 'Kontroller', exact: true }).click();
  await expect(page).toHaveURL(/\/verify\/ZZZZ-ZZZZ-ZZZZ$/);
  await expect(page.getByTestId('verify-not-found')).toBeVisible();
  await expectAccessible(page, 'certificate verification form');
});

test('the leader subscribes to their calendar: the address serves iCalendar, and renewing replaces it', async ({
  page,
}) => {
  await signIn(page, USERS.leader.userName);
  await openMenuItem(page, 'Kalenderabonnement');
  await expect(page.getByRole('heading', { level: 1, name: 'Kalenderabonnement' })).toBeVisible();

  const address = page.getByTestId('calendar-feed-url');
  await expect(address).toHaveValue(/\/api\/calendar\/feeds\/[A-Za-z0-9_-]+\.ics$/);
  const url = await address.inputValue();
  await expectAccessible(page, 'calendar subscription');

  // Calendar apps fetch it without signing in.
  const feed = await page.request.get(new URL(url).pathname);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const body = await feed.text();
  expect(body).toContain('BEGIN:VCALENDAR');
  expect(body).toContain('TZID:Europe/Oslo');

  await page.getByTestId('calendar-feed-renew').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Lag ny adresse' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Du har fått en ny adresse' }),
  ).toBeVisible();
  await expect(address).not.toHaveValue(url);
  expect((await page.request.get(new URL(url).pathname)).status()).toBe(404);
  expect((await page.request.get(new URL(await address.inputValue()).pathname)).status()).toBe(200);
});

test('the calendar subscription and certificate pages speak nynorsk', async ({ page }) => {
  await signIn(page, USERS.leader.userName);
  await chooseLanguage(page, 'Norsk nynorsk');
  await openMenuItem(page, 'Kalenderabonnement');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Samlingar og fristar i kalenderen din' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kopier adressa' })).toBeVisible();
  await expect(page.getByText('Adressa er personleg.')).toBeVisible();
  await expectAccessible(page, 'calendar subscription in nynorsk');

  await openMenuItem(page, 'Mine kursbevis');
  await expect(page.getByRole('heading', { level: 1, name: 'Mine kursbevis' })).toBeVisible();
  await expect(page.getByTestId('certificates-empty')).toContainText(
    'Du har ingen kursbevis enno.',
  );
  await expectAccessible(page, 'my certificates in nynorsk');
});
