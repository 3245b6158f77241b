import { expect, Page, test } from './support';
import { expectAccessible, openMenuItem, signIn } from './support';

const PHONE = { width: 390, height: 844 };
// A demo course (ELearningDataSeedContributor) and an office in the coordinator's region.
const COURSE = /Profesjonsetikk i møte med brukerne/;
const OFFICE = 'NAV Malvik';

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

async function choose(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function openReport(page: Page) {
  await openMenuItem(page, 'Kursframdrift');
  await expect(page.getByRole('heading', { level: 1, name: 'Kursframdrift' })).toBeVisible();
  await expect(page.getByTestId('by-course-table')).toBeVisible();
}

test('a coordinator assigns a course to an office and finds its people in the report, in bokmål, nynorsk and English', async ({
  page,
}) => {
  await signIn(page, 'regionkoordinator');
  await openReport(page);
  await expect(page.getByTestId('scope-name')).toContainText('Trøndelag');
  await expectAccessible(page, 'the course progress report');

  await page.getByRole('link', { name: 'Tildel kurs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tildel kurs' })).toBeVisible();
  await choose(page, 'Kurs', COURSE);
  await choose(page, 'NAV-kontor', OFFICE);
  await page.getByLabel('Frist').fill(inDays(30));
  await expectAccessible(page, 'the assignment form');
  await page.getByRole('button', { name: 'Tildel kurset' }).click();
  await expect(page.getByTestId('assign-result')).toContainText('Tildelt');

  await page.getByRole('link', { name: 'Tilbake til kursframdrift' }).click();
  await choose(page, 'Kurs', COURSE);
  const malvik = page
    .getByTestId('by-office-table')
    .locator('tbody tr')
    .filter({ hasText: OFFICE });
  await expect(malvik).toBeVisible();
  expect(Number(await malvik.locator('[data-column=enrolled]').innerText())).toBeGreaterThan(0);

  await chooseLanguage(page, 'Norsk nynorsk');
  await expect(page.getByRole('heading', { level: 1, name: 'Kursframdrift' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Påbyrja' }).first()).toBeVisible();
  await expectAccessible(page, 'the course progress report in nynorsk');
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'Course progress' })).toBeVisible();
  await expectAccessible(page, 'the course progress report in English');
  await page.getByRole('link', { name: 'Assign a course' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Assign a course' })).toBeVisible();
  await expectAccessible(page, 'the assignment form in English');
  await chooseLanguage(page, 'Norsk bokmål');
});

test('the leader finds the module’s course with a link to it, and no button to declare it done', async ({
  page,
}) => {
  await signIn(page, 'leder');
  await openMenuItem(page, 'Mitt lederprogram');
  const module = page
    .getByTestId('module')
    .filter({ has: page.getByRole('heading', { level: 3, name: /Lederrollen i NAV-kontoret/ }) })
    .first();
  await expect(module).toBeVisible();
  // A completed module keeps its content behind a disclosure.
  await module.locator('summary').click();
  await expect(module.getByTestId('e-learning-done')).toBeVisible();
  const link = module.getByRole('link', { name: 'Gå til kurset' });
  await expect(link).toHaveAttribute('href', /^\/courses\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('button', { name: /Jeg har fullført e-læringen/ })).toHaveCount(0);
  await expectAccessible(page, 'my programme with the module’s course');
});

test('the report and the assignment form fit a phone', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, 'regionkoordinator');
  for (const path of ['/course-progress', '/course-progress/assign']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
