import { expect, Page, test } from './support';
import { expectAccessible, openMenuItem, signIn } from './support';

// A demo course of the seeded catalogue: two text lessons, completed when both are, granting a competence.
const COURSE = 'Profesjonsetikk i møte med brukerne';
// A demo user with a person at NAV Værnes, who takes no course in the other specs.
const LEARNER = 'kommunekoordinator';

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

test('a learner finds a course, takes its lessons, completes it and sees the evidence and the certificate', async ({
  page,
}) => {
  await signIn(page, LEARNER);
  await openMenuItem(page, 'Kurskatalog');
  await expect(page.getByRole('heading', { level: 1, name: 'Kurskatalog' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Søk' }).fill('profesjonsetikk');
  const card = page.getByTestId('catalogue').getByRole('listitem').filter({ hasText: COURSE });
  await expect(card).toHaveCount(1);
  await expect(page.getByTestId('catalogue').getByRole('listitem')).toHaveCount(1);
  await expect(card).toContainText('Ca. 40 min');
  await expectAccessible(page, 'course catalogue');

  await card.getByRole('link', { name: COURSE }).click();
  await expect(page.getByRole('heading', { level: 1, name: COURSE })).toBeVisible();
  await page.getByTestId('enrol').click();

  // The first lesson opens; completing it moves on to the next.
  const lesson = page.getByTestId('lesson');
  await expect(lesson.getByRole('heading', { level: 2, name: 'Skjønn' })).toBeVisible();
  await expect(page.getByTestId('lesson-body')).toContainText('Skjønn er å vurdere');
  await expectAccessible(page, 'course player');
  await page.getByTestId('complete-lesson').click();
  await expect(lesson.getByRole('heading', { level: 2, name: 'Makt og avmakt' })).toBeVisible();
  await expect(page.getByTestId('course-progress')).toContainText('50 %');

  // Leaving and coming back resumes at the lesson left.
  await openMenuItem(page, 'Mine kurs');
  await expect(page.getByTestId('my-courses-inProgress')).toContainText(COURSE);
  await page.getByTestId('my-courses-inProgress').getByRole('link', { name: COURSE }).click();
  await expect(lesson.getByRole('heading', { level: 2, name: 'Makt og avmakt' })).toBeVisible();
  await page.getByTestId('complete-lesson').click();

  const completed = page.getByTestId('course-completed');
  await expect(completed).toContainText('Du har fullført kurset');
  const code = (await page.getByTestId('certificate-code').innerText()).trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expectAccessible(page, 'completed course');

  const download = page.waitForEvent('download');
  await page.getByTestId('course-certificate-nb').click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

  // The competence the course grants is in the profile at once.
  await page.getByTestId('to-competence').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Min kompetanse' })).toBeVisible();
  await expect(page.getByText(COURSE).first()).toBeVisible();

  await openMenuItem(page, 'Mine kurs');
  await expect(page.getByTestId('my-courses-completed')).toContainText(COURSE);
  await expectAccessible(page, 'my courses');

  // Anyone checks the certificate's code.
  await page.goto(`/verify/${code}`);
  await expect(page.getByTestId('verify-course')).toHaveText(COURSE);
});

test('the catalogue and my courses speak nynorsk and English', async ({ page }) => {
  await signIn(page, LEARNER);
  await chooseLanguage(page, 'Norsk nynorsk');
  await openMenuItem(page, 'Kursa mine');
  await expect(page.getByRole('heading', { level: 1, name: 'Kursa mine' })).toBeVisible();
  await expectAccessible(page, 'my courses in nynorsk');
  await openMenuItem(page, 'Kurskatalog');
  await expect(page.getByText('E-læringskurs for leiarar i NAV.')).toBeVisible();
  await expectAccessible(page, 'course catalogue in nynorsk');

  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'Course catalogue' })).toBeVisible();
  await expect(page.getByTestId('catalogue').getByRole('listitem').first()).toBeVisible();
  await expectAccessible(page, 'course catalogue in English');
  await openMenuItem(page, 'My courses');
  await expect(page.getByRole('heading', { level: 1, name: 'My courses' })).toBeVisible();
  await expectAccessible(page, 'my courses in English');
});
