import { expect, Page, test } from './support';
import { expectAccessible, openMenuItem, signIn, USERS } from './support';
import { scormPackage } from './scorm-packages';

// The demo SCORM course the seed publishes (ScormDemoDataSeedContributor): fixed ids so that a test can name it.
const COURSE = '0193d2a0-0000-7000-8000-5c0a00000001';
const PACKAGE = '0193d2a0-0000-7000-8000-5c0a00000002';
const PLAYER = `/courses/${COURSE}/scorm/${PACKAGE}`;

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

function commitDone(page: Page) {
  return page.waitForResponse(
    (r) => /\/api\/e-learning\/scorm\/attempts\/[^/]+\/commit$/.test(r.url()) && r.ok(),
  );
}

test('a leader leaves a SCORM course mid-way, resumes where they were, completes it and gets the competence evidence', async ({
  page,
}) => {
  await signIn(page, USERS.leader.userName);
  await page.goto(PLAYER);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Personvern i oppfølgingen' }),
  ).toBeVisible();
  const sco = page.frameLocator('[data-testid=scorm-frame]');
  await expect(sco.locator('#entry')).toHaveText('ab-initio');
  await expect(sco.locator('#learner')).not.toBeEmpty();
  await expectAccessible(page, 'SCORM player, first session');

  await sco.getByLabel('Leder, arbeidstaker og NAV sammen').check();
  let committed = commitDone(page);
  await sco.getByRole('button', { name: 'Svar' }).click();
  await committed;
  committed = commitDone(page);
  await sco.getByRole('button', { name: 'Lagre og gå ut' }).click();
  await expect(sco.locator('#saved')).toHaveText('suspended');
  await committed;
  await expect(sco.locator('#error')).toBeEmpty();

  // Another visit later: the SCO is entered with "resume", its bookmark and its 5,000+ characters of suspend data.
  await page.goto('/');
  await page.goto(PLAYER);
  await expect(sco.locator('#entry')).toHaveText('resume');
  await expect(sco.locator('#location')).toHaveText('question-1-answered');
  await expect(sco.locator('#suspend-length')).toHaveText('5013');
  await expect(sco.locator('#suspend-end')).toHaveText('marker-first');
  await expect(sco.locator('#total-time')).toHaveText(/^0\d:0[2-9]:\d\d/);
  await expect(page.getByTestId('scorm-status')).toContainText('Ikke fullført ennå');

  committed = commitDone(page);
  await sco.getByRole('button', { name: 'Fullfør' }).click();
  await committed;
  await expect(page.getByTestId('scorm-status')).toContainText('Fullført');
  await expect(page.getByTestId('scorm-status')).toContainText('Poengsum 80 %');

  await openMenuItem(page, 'Min kompetanse');
  await expect(page.getByText('Personvern i oppfølgingen').first()).toBeVisible();
});

test('the player reads well in nynorsk and English and on a phone', async ({ page }) => {
  await signIn(page, USERS.courseEditor.userName);
  await page.goto(PLAYER);
  await expect(page.frameLocator('[data-testid=scorm-frame]').locator('#entry')).not.toBeEmpty();
  await chooseLanguage(page, 'Norsk nynorsk');
  await expect(page.getByRole('link', { name: 'Tilbake til kurset' })).toBeVisible();
  await expect(page.getByTestId('scorm-status')).toContainText('Ikkje fullført enno');
  await expectAccessible(page, 'SCORM player, nynorsk');
  await chooseLanguage(page, 'English');
  await expect(page.getByTestId('scorm-status')).toContainText('Not completed yet');
  await expectAccessible(page, 'SCORM player, English');
  await page.setViewportSize({ width: 375, height: 740 });
  await expect(page.locator('[data-testid=scorm-frame]')).toBeVisible();
  const scrollsSideways = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(scrollsSideways).toBe(false);
  await chooseLanguage(page, 'Norsk bokmål');
});

test('a course editor uploads a SCORM 2004 package and a multi-SCO package and runs them in the player', async ({
  page,
}) => {
  await signIn(page, USERS.courseEditor.userName);
  await page.goto(`/courses/${COURSE}/scorm-packages`);
  await expect(page.getByRole('heading', { level: 1, name: 'SCORM-pakker' })).toBeVisible();
  await page.getByTestId('scorm-file').setInputFiles({
    name: 'oppfolging-2004.zip',
    mimeType: 'application/zip',
    buffer: scormPackage('scorm2004'),
  });
  await page.getByRole('button', { name: 'Last opp' }).click();
  await expect(
    page.getByRole('link', { name: 'Oppfølging av sykmeldte (SCORM 2004)' }),
  ).toBeVisible();
  await expectAccessible(page, 'SCORM packages of a course');

  await page.getByRole('link', { name: 'Oppfølging av sykmeldte (SCORM 2004)' }).click();
  const sco = page.frameLocator('[data-testid=scorm-frame]');
  await expect(sco.locator('#entry')).toHaveText('ab-initio');
  const committed = commitDone(page);
  await sco.getByRole('button', { name: 'Fullfør' }).click();
  await committed;
  await expect(sco.locator('#error')).toBeEmpty();
  await expect(page.getByTestId('scorm-status')).toContainText('Fullført');
  await expect(page.getByTestId('scorm-status')).toContainText('Poengsum 80 %');

  await page.goto(`/courses/${COURSE}/scorm-packages`);
  await page.getByTestId('scorm-file').setInputFiles({
    name: 'plan.zip',
    mimeType: 'application/zip',
    buffer: scormPackage('multisco'),
  });
  await page.getByRole('button', { name: 'Last opp' }).click();
  await page.getByRole('link', { name: 'Oppfølgingsplan i to deler' }).click();
  const contents = page.getByRole('navigation', { name: 'Innhold' });
  await expect(contents.getByRole('button')).toHaveCount(2);
  await expect(contents.locator('[aria-current=step]')).toContainText('Del 1: Samtalen');
  await expect(sco.locator('h1')).toHaveText('Del 1: Samtalen');
  await contents.getByRole('button', { name: /Del 2: Planen/ }).click();
  await expect(sco.locator('h1')).toHaveText('Del 2: Planen');
  await expectAccessible(page, 'SCORM player with a table of contents');
});
