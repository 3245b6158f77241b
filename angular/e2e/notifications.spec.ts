import { expect, Page, test } from './support';
import { expectAccessible, signIn, USERS } from './support';

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

test('a leader follows a notification from the bell, chooses what comes by e-mail, and reads it all in nynorsk', async ({
  page,
}) => {
  // Three pages, two languages and six accessibility checks.
  test.slow();
  await signIn(page, USERS.leader.userName);

  // The demo leader has a few unread notifications; the bell says how many.
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAccessibleName(/^Varsler, \d+ uleste$/);
  const unread = Number(/\d+/.exec((await bell.getAttribute('aria-label')) ?? '')![0]);
  expect(unread).toBeGreaterThan(1);

  await bell.click();
  const menu = page.getByRole('menu', { name: 'Siste varsler' });
  await expect(
    menu.getByRole('menuitem', {
      name: /Påmeldingen til Kull .+ er åpen/,
    }),
  ).toBeVisible();
  await expectAccessible(page, 'notification menu');
  await menu.getByRole('menuitem', { name: 'Se alle varsler' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Varsler' })).toBeVisible();
  const list = page.getByTestId('notification-list');
  await expect(list.getByTestId('notification')).toHaveCount(unread);
  await expectAccessible(page, 'notifications page');

  // Opening one marks it read and goes where it leads; the bell follows.
  await list.getByRole('button', { name: /Kompetansen din i .+ utløper/ }).click();
  await expect(page).toHaveURL(/\/competence\/my$/);
  await expect(page.getByRole('heading', { level: 1, name: /Min kompetanse/ })).toBeVisible();
  await expect(bell).toHaveAccessibleName(`Varsler, ${unread - 1} uleste`);

  await bell.click();
  await page.getByRole('menu').getByRole('menuitem', { name: 'Varslingsinnstillinger' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Varslingsinnstillinger' }),
  ).toBeVisible();
  const reminders = page.getByRole('switch', { name: 'Påminnelser' });
  await expect(reminders).toBeChecked();
  await reminders.click();
  await expect(page.getByTestId('preference-status')).toHaveText(
    'E-post om Påminnelser er slått av',
  );
  await expect(reminders).not.toBeChecked();
  await expectAccessible(page, 'notification settings');
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Påminnelser' })).not.toBeChecked();

  // In nynorsk the page, the kinds and the notifications themselves change language; the choice is kept.
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/identity/me/culture') && r.request().method() === 'PUT',
  );
  await chooseLanguage(page, 'Norsk nynorsk');
  expect((await saved).status()).toBe(204);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Varslingsinnstillingar' }),
  ).toBeVisible();
  const nynorskReminders = page.getByRole('switch', { name: 'Påminningar' });
  await expect(nynorskReminders).not.toBeChecked();
  await nynorskReminders.click();
  await expect(page.getByTestId('preference-status')).toHaveText(
    'E-post om Påminningar er slått på',
  );
  await expectAccessible(page, 'notification settings in nynorsk');

  await page.getByRole('link', { name: 'Tilbake til varsla' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Varsel' })).toBeVisible();
  await expect(list.getByRole('button', { name: /Påmeldinga til Kull .+ er open/ })).toBeVisible();
  await expect(bell).toHaveAccessibleName(`Varsel, ${unread - 1} ulesne`);
  await page.getByRole('switch', { name: 'Vis berre ulesne' }).click();
  await expect(list.getByTestId('notification')).toHaveCount(unread - 1);
  await expectAccessible(page, 'notifications page in nynorsk');

  await page.getByRole('button', { name: 'Merk alle som lesne' }).click();
  await expect(page.getByText('Alle varsel er merkte som lesne')).toBeVisible();
  await expect(bell).toHaveAccessibleName('Varsel');
  await expect(list.getByTestId('notification')).toHaveCount(0);

  // Back to bokmål, which is kept for the leader's e-mail again.
  const restored = page.waitForResponse(
    (r) => r.url().endsWith('/api/identity/me/culture') && r.request().method() === 'PUT',
  );
  await chooseLanguage(page, 'Norsk bokmål');
  expect((await restored).status()).toBe(204);
  await expect(page.getByRole('heading', { level: 1, name: 'Varsler' })).toBeVisible();
});
