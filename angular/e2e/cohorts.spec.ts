import { expect, Page, test } from './support';
import { expectAccessible, openMenuItem, signIn, USERS, waitForTable } from './support';

/** A day `days` from today in Oslo, as a date field takes it (yyyy-MM-dd). */
function osloDay(days = 0): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(date);
}

async function choose(page: Page, label: string, option: string) {
  // A select whose options have not arrived yet does not open: try again until it does.
  await expect(async () => {
    if ((await page.getByRole('listbox').count()) === 0) {
      await page.getByRole('combobox', { name: label, exact: true }).click();
    }
    await expect(page.getByRole('option', { name: option, exact: true })).toBeVisible({
      timeout: 2_000,
    });
  }).toPass();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

/** Cohorts the signed-in user can see with this name, asked through the API. */
async function countCohorts(page: Page, name: string): Promise<number> {
  return page.evaluate(async (filter) => {
    const headers = { Authorization: `Bearer ${sessionStorage.getItem('access_token')}` };
    const response = await fetch(`/api/cohorts?filter=${encodeURIComponent(filter)}`, { headers });
    return ((await response.json()) as { totalCount: number }).totalCount;
  }, name);
}

/** Opens the cohort list and the cohort's page through its link. */
async function openCohort(page: Page, name: string) {
  await openMenuItem(page, 'Kull');
  await expect(page.getByRole('heading', { level: 1, name: 'Kull' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Søk' }).fill(name);
  await expect(page.getByTestId('cohort-table').locator('tbody tr')).toHaveCount(1);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
}

test.describe.serial('cohorts', () => {
  const run = Date.now().toString().slice(-7);
  const name = `E2E-kull ${run}`;
  // Coordinators nominate leaders in their own region: a leader in Trøndelag other than `leder`.
  const nominee = 'Magnus Dahl';

  test('the KS admin creates a national cohort, opens enrolment and runs a milestone', async ({
    page,
  }) => {
    // Seven pages and tabs, each checked with axe.
    test.setTimeout(300_000);
    await signIn(page, USERS.ksAdmin.userName);
    await openMenuItem(page, 'Kull');
    await expect(page.getByRole('heading', { level: 1, name: 'Kull' })).toBeVisible();
    await waitForTable(page);
    // The running demo cohort started 60 days before the seed and is named by its term.
    const started = new Date(Date.now() - 60 * 86_400_000);
    await expect(page.getByTestId('cohort-table')).toContainText(
      `Nasjonalt kull ${started.getUTCMonth() < 6 ? 'våren' : 'høsten'} ${started.getUTCFullYear()}`,
    );
    await expectAccessible(page, 'cohort list');

    await page.getByRole('link', { name: 'Nytt kull' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nytt kull' })).toBeVisible();
    await choose(page, 'Programversjon', 'Lederprogrammet 2026');
    await page.getByRole('textbox', { name: 'Navn' }).fill(name);
    await expect(page.getByRole('radio', { name: 'Nasjonalt' })).toBeChecked();
    await page.getByRole('spinbutton', { name: 'Kapasitet' }).fill('2');
    await expect(page.locator('[data-control="enrolmentOpensOn"]')).toHaveValue(osloDay());
    await page.locator('[data-control="enrolmentClosesOn"]').fill(osloDay(-1));
    await page.locator('[data-control="startsOn"]').fill(osloDay(20));
    await page.locator('[data-control="endsOn"]').fill(osloDay(120));

    // Enrolment closing before it opens: the server's error shows at that date, nothing is saved.
    await page.getByRole('button', { name: 'Lagre' }).click();
    const closes = page.locator('[data-control="enrolmentClosesOn"]');
    await expect(closes).toHaveAttribute('aria-invalid', 'true');
    await expect(
      closes.locator('xpath=ancestor::mat-form-field').locator('mat-error'),
    ).toContainText('feil rekkefølge');
    await expect(page.getByRole('alert').filter({ hasText: 'Noen felt må rettes' })).toBeVisible();
    await expect(page).toHaveURL(/\/cohorts\/new$/);
    await expectAccessible(page, 'new cohort form with a field error');
    expect(await countCohorts(page, name)).toBe(0);

    await closes.fill(osloDay(10));
    await page.getByRole('button', { name: 'Lagre' }).click();
    await expect(page).toHaveURL(/\/cohorts\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    // Enrolment opens today: the cohort's own milestone opens it in the background, without anyone pressing a button.
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId('cohort-status')).toHaveText('Påmelding åpen', {
        timeout: 2_000,
      });
    }).toPass({ timeout: 60_000 });
    await expect(page.getByTestId('cohort-summary')).toContainText('Nasjonalt');
    await expect(page.getByTestId('cohort-summary')).toContainText('0 av 2');
    await expectAccessible(page, 'cohort detail');
    await expect(
      page.getByTestId('cohort-actions').getByRole('button', { name: 'Steng påmelding' }),
    ).toBeVisible();

    // Participants (empty so far), the schedule drafted from the version, the milestones.
    await expect(page.getByRole('tab', { name: 'Deltakere' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByRole('heading', { level: 3, name: 'Deltakere (0)' })).toBeVisible();
    await expectAccessible(page, 'cohort participants tab');
    await page.getByRole('tab', { name: 'Timeplan' }).click();
    await expect(page.getByTestId('schedule-modules').locator('tbody tr')).toHaveCount(4);
    await expect(page.getByRole('button', { name: /^Last ned \.ics: / }).first()).toBeVisible();
    await expectAccessible(page, 'cohort schedule tab');

    await page.getByRole('tab', { name: 'Milepæler' }).click();
    const milestones = page.getByTestId('milestones');
    await expect(milestones.locator('tbody tr').first()).toContainText('Påmelding åpner');
    await expectAccessible(page, 'cohort milestones tab');
    const first = milestones.locator('tbody tr').first();
    await first.getByRole('button', { name: /^Kjør nå/ }).click();
    const outcome = page.getByRole('alert').filter({ hasText: 'Påmelding åpner' });
    await expect(outcome).toContainText('Ingenting å gjøre');
    await expect(first).toContainText('kjørt manuelt');
    // Running it again is harmless: the same outcome.
    await first.getByRole('button', { name: /^Kjør nå/ }).click();
    await expect(outcome).toContainText('Ingenting å gjøre');
    await expect(page.getByTestId('cohort-status')).toHaveText('Påmelding åpen');
  });

  test('the regional coordinator nominates a leader from Trøndelag', async ({ page }) => {
    test.slow();
    await signIn(page, USERS.coordinator.userName);
    await openCohort(page, name);
    // Coordinators nominate; they do not manage the cohort.
    await expect(page.getByRole('tab', { name: 'Milepæler' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Nominer leder' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: 'Nominer leder' })).toBeVisible();
    // The API searches first and last names separately.
    await dialog.getByRole('searchbox', { name: 'Søk etter navn' }).fill('Dahl');
    await expect(dialog.getByTestId('nominees')).toContainText(nominee);
    await expectAccessible(page, 'nominate dialog');
    await dialog.getByRole('button', { name: `Nominer ${nominee}` }).click();
    await expect(dialog.getByRole('alert').filter({ hasText: nominee })).toContainText(
      'er nominert og påmeldt',
    );
    await expect(dialog.getByRole('button', { name: `${nominee} er allerede med` })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Lukk' }).click();
    await expect(page.getByTestId('enrolments-participants')).toContainText(nominee);
    await expect(page.getByTestId('cohort-summary')).toContainText('1 av 2');
  });

  test('the leader, already in a running cohort, is told why they cannot sign up for another', async ({
    page,
  }) => {
    test.slow();
    await signIn(page, USERS.leader.userName);
    await openMenuItem(page, 'Kull');
    await page.getByRole('searchbox', { name: 'Søk' }).fill(name);
    const rows = page.getByTestId('cohort-table').locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await rows.getByRole('button', { name: `Meld meg på: ${name}` }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'har allerede en plass i' }),
    ).toContainText('En leder deltar i ett kull av programmet om gangen');
    await expectAccessible(page, 'cohort list after a refused sign-up');
  });

  test('the calendar shows the month with the cohorts, also in nynorsk', async ({ page }) => {
    test.slow();
    await signIn(page, USERS.ksAdmin.userName);
    await openMenuItem(page, 'Kalender');
    await expect(page.getByRole('heading', { level: 1, name: 'Kalender for kull' })).toBeVisible();
    const month = new Intl.DateTimeFormat('nb', {
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Oslo',
    }).format(new Date());
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(month);
    const calendar = page.getByTestId('cohort-calendar');
    await expect(calendar.getByRole('columnheader').nth(1)).toHaveText(/ma/i);
    // The new cohort's enrolment opened today.
    await expect(calendar.locator('td[aria-current="date"]')).toContainText(name);
    await expect(page.getByRole('link', { name: 'Abonner i din kalender' })).toHaveAttribute(
      'href',
      '/calendar/subscription',
    );
    await expectAccessible(page, 'cohort calendar');

    await page.getByRole('button', { name: 'Neste måned' }).click();
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).not.toHaveText(month);
    await expect(page).toHaveURL(/month=\d{4}-\d{2}/);
    await page.getByRole('button', { name: 'Forrige måned' }).click();
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(month);
    await calendar.getByRole('link', { name, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    await page.goBack();

    await page.getByRole('button', { name: 'Velg språk' }).click();
    await page.getByRole('menuitem', { name: 'Norsk nynorsk' }).click();
    await expect(page.getByRole('button', { name: 'Førre månad' })).toBeVisible();
    await expect(calendar.getByRole('columnheader', { name: 'Veke' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Abonner i kalenderen din' })).toBeVisible();
    await expectAccessible(page, 'cohort calendar in nynorsk');
    await page.getByRole('button', { name: 'Vel språk' }).click();
    await page.getByRole('menuitem', { name: 'Norsk bokmål' }).click();
    await expect(page.getByRole('button', { name: 'Forrige måned' })).toBeVisible();
  });
});
