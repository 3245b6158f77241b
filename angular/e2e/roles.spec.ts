import { expect, test } from './support';
import { expectAccessible, menuItems, openMenuItem, signIn, USERS, waitForTable } from './support';

test('a leader sees neither people, HR import nor jobs, and is told when access is missing', async ({
  page,
}) => {
  await signIn(page, USERS.leader.userName);
  const items = await menuItems(page);
  expect(items).toContain('NAV-kontor');
  expect(items).not.toContain('Personer');
  expect(items).not.toContain('Import fra HR');
  expect(items).not.toContain('Bakgrunnsjobber');

  await page.goto('/admin/jobs');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeVisible();
  await expect(page.getByText('Du har ikke tilgang til denne siden')).toBeVisible();
  await expectAccessible(page, 'forbidden page');

  await page.goto('/people');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeVisible();
});

test('the regional coordinator sees people, and offices in Trøndelag only', async ({ page }) => {
  await signIn(page, USERS.coordinator.userName);
  await expect(page.getByTestId('user-scope')).toHaveText(USERS.coordinator.scope);
  const items = await menuItems(page);
  expect(items).toContain('Personer');
  expect(items).not.toContain('Bakgrunnsjobber');

  await openMenuItem(page, 'NAV-kontor');
  await waitForTable(page);
  // The table says "no match" while its first answer is on the way; wait for the offices themselves.
  const regionCells = page.getByTestId('office-table').locator('tbody tr td:nth-child(2)');
  await expect(regionCells.first()).toBeVisible();
  const regions = await regionCells.allInnerTexts();
  expect(regions.length).toBeGreaterThan(0);
  expect(new Set(regions.map((r) => r.trim()))).toEqual(new Set(['Trøndelag']));
  await expectAccessible(page, 'office list (coordinator)');

  await openMenuItem(page, 'Personer');
  await waitForTable(page);
  await expectAccessible(page, 'people list (coordinator)');
});

test('on a phone the menu is an overlay that closes after choosing a page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, USERS.leader.userName);
  const nav = page.getByRole('navigation');
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: 'Meny' }).click();
  await expect(nav).toBeVisible();
  await expectAccessible(page, 'phone menu');
  await nav.getByRole('link', { name: 'NAV-kontor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'NAV-kontor' })).toBeVisible();
  await expect(nav).toBeHidden();
  await expectAccessible(page, 'office list on a phone');
});
