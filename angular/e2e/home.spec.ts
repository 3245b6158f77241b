import { expect, Page, test } from './support';
import { expectAccessible, signIn, signOut, USERS } from './support';

/** Calls the API as the signed-in user, as the app itself does. */
async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: {
          Authorization: `Bearer ${sessionStorage.getItem('access_token')}`,
          'Content-Type': 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok)
        throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    { method, path, body },
  );
}

/** No page content wider than a phone's screen. */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test("the KS admin's home shows what awaits approval, the leader's their next gathering", async ({
  page,
}) => {
  // Two sign-ins and four accessibility scans.
  test.setTimeout(120_000);

  await signIn(page, USERS.ksAdmin.userName);
  const approvals = page.getByTestId('home-approvals');
  await expect(
    approvals.getByRole('heading', { level: 2, name: 'Venter på din godkjenning' }),
  ).toBeVisible();
  await expect(approvals).toContainText('Dokumentasjon som venter på godkjenning');
  await expect(
    page.getByTestId('home-cohorts').getByRole('heading', { level: 2, name: 'Kull' }),
  ).toBeVisible();
  await expectAccessible(page, 'home page of the KS admin');

  await signOut(page);

  // The demo leader is midway through a running cohort, with its next gathering ahead.
  await signIn(page, USERS.leader.userName);
  const mine = await api<{
    cohorts: { cohortName: string; status: string; nextSession: unknown }[];
  }>(page, 'GET', '/api/my-programme');
  const running = mine.cohorts.find((c) => c.status === 'Enrolled' && c.nextSession != null);
  expect(running, 'a cohort with a gathering ahead').toBeDefined();
  const name = running!.cohortName;
  const programme = page.getByTestId('home-programme');
  await expect(programme.getByRole('heading', { level: 2, name: 'Mitt program' })).toBeVisible();
  const card = programme.locator('.card').filter({ hasText: name });
  await expect(card.getByRole('link', { name })).toHaveAttribute('href', '/my-programme');
  await expect(card.getByRole('heading', { level: 4, name: 'Neste samling' })).toBeVisible();
  await expect(card.getByTestId('home-next-gathering')).toContainText(/samling/i);
  await expect(page.getByTestId('home-competence')).toBeVisible();
  // The menu starts with the leader's own pages.
  await expect(page.getByRole('navigation').getByRole('heading', { level: 2 }).first()).toHaveText(
    'Mine sider',
  );
  await expectAccessible(page, 'home page of a leader');

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(card.getByTestId('home-next-gathering')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, 'home page of a leader on a phone');
});
