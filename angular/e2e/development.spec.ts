import { expect, test } from './support';
import type { Page } from './support';
import { expectAccessible, signIn, signOut, USERS } from './support';

const LANGUAGES: [string, string][] = [
  ['Norsk nynorsk', 'nynorsk'],
  ['English', 'English'],
];

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

/** Scans the page in bokmål, nynorsk and English, and leaves it in bokmål. */
async function expectAccessibleInEveryLanguage(page: Page, context: string) {
  await expectAccessible(page, `${context}, bokmål`);
  for (const [language, name] of LANGUAGES) {
    await chooseLanguage(page, language);
    await expect(page.locator('html')).toHaveAttribute(
      'lang',
      language === 'English' ? 'en' : 'nn',
    );
    await expectAccessible(page, `${context}, ${name}`);
  }
  await chooseLanguage(page, 'Norsk bokmål');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
}

test('a leader sets a goal tied to an indicator, the coach agrees it and gives feedback, the leader reads it', async ({
  page,
}) => {
  // Three sign-ins and seven accessibility scans.
  test.setTimeout(300_000);
  const title = `Flere unge i aktivitet ${Date.now()}`;
  const feedback = `Godt valgt mål – ${Date.now()}`;

  // 1. The leader adds a goal to the plan the coach follows, tied to an office result with a target.
  await signIn(page, USERS.leader.userName);
  await page.goto('/development');
  await expect(page.getByRole('heading', { level: 1, name: 'Min utvikling' })).toBeVisible();
  await expect(page.getByTestId('plan-facts')).toBeVisible();
  await expect(page.getByTestId('private-notice')).toContainText('Bare du kan lese');
  await page.getByTestId('goal-new').click();
  await page.getByRole('textbox', { name: 'Mål', exact: true }).fill(title);
  await page.getByRole('combobox', { name: 'Resultatindikator' }).click();
  await page.getByRole('option', { name: /Andel unge brukere i aktivitet/ }).click();
  await page.getByLabel('Målverdi').fill('45');
  await page.getByTestId('goal-save').click();
  const goal = page.getByTestId('goal').filter({ hasText: title });
  await expect(goal).toBeVisible();
  await expect(goal.getByTestId('goal-indicator')).toContainText('Målverdi: 45');
  await expect(goal.getByTestId('goal-agreed')).toHaveText('Ikke avtalt med coachen ennå');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expectAccessibleInEveryLanguage(page, 'development plan');
  await signOut(page);

  // 2. The coach finds the leader among those they facilitate, agrees the goal and gives feedback.
  await signIn(page, 'fasilitator');
  await page.goto('/development/coaching');
  await expect(page.getByRole('heading', { level: 1, name: 'Coaching' })).toBeVisible();
  const row = page
    .getByTestId('coached-leaders')
    .getByRole('row')
    .filter({ hasText: 'NAV Værnes' });
  await row.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Utviklingsplanen til/ })).toBeVisible();
  const coached = page.getByTestId('goal').filter({ hasText: title });
  await coached.getByTestId('goal-agree').click();
  await expect(coached.getByTestId('goal-agreed')).toContainText('Avtalt med coachen');
  await page.getByTestId('feedback-text').fill(feedback);
  await page.getByTestId('feedback-give').click();
  await expect(page.getByTestId('plan-feedback')).toContainText(feedback);
  await expectAccessibleInEveryLanguage(page, 'coached plan');
  await page.goto('/development/coaching');
  await expect(page.getByTestId('coached-leaders')).toBeVisible();
  await expectAccessible(page, 'coaching list');
  await signOut(page);

  // 3. The leader sees the goal agreed and the feedback.
  await signIn(page, USERS.leader.userName);
  await page.goto('/development');
  await expect(page.getByTestId('plan-feedback')).toContainText(feedback);
  await expect(
    page.getByTestId('goal').filter({ hasText: title }).getByTestId('goal-agreed'),
  ).toContainText('Avtalt med coachen');
});
