import { expect, test } from './support';
import type { Page } from './support';
import { expectAccessible, signIn, signOut, USERS } from './support';

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

async function choose(page: Page, label: string, option: string | RegExp) {
  // A select whose options have not arrived yet does not open: try again until it does.
  await expect(async () => {
    if ((await page.getByRole('listbox').count()) === 0) {
      await page.getByRole('combobox', { name: label }).click();
    }
    await expect(page.getByRole('option', { name: option }).first()).toBeVisible({
      timeout: 2_000,
    });
  }).toPass({ timeout: 30_000 });
  await page.getByRole('option', { name: option }).first().click();
}

/** A moment some days from now as the text of a datetime-local field. */
function localInput(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);
}

/** A leader of the running national cohort answers the evaluation: the scale and a free text. */
async function answer(page: Page, userName: string, title: string, rating: number, axe = false) {
  await signIn(page, userName);
  await page.goto('/evaluations');
  await expect(page.getByRole('heading', { level: 1, name: 'Mine evalueringer' })).toBeVisible();
  const open = page
    .getByTestId('evaluations-open')
    .getByRole('listitem')
    .filter({ hasText: title });
  await open.getByRole('link').click();
  const scale = page.getByTestId('question-0');
  await expect(scale).toBeVisible();
  if (axe) {
    const languages = ['Norsk bokmål', 'Norsk nynorsk', 'English'];
    for (const [i, language] of languages.entries()) {
      if (i > 0) await chooseLanguage(page, language);
      await expect(page.getByTestId('question-0')).toBeVisible();
      await expectAccessible(page, `evaluation answer page, ${language}`);
    }
    await chooseLanguage(page, 'Norsk bokmål');
  }
  await page
    .getByTestId('question-0')
    .getByRole('radio')
    .nth(rating - 1)
    .check();
  await page.getByTestId('question-1').getByRole('textbox').fill('Nyttige samlinger.');
  await page.getByTestId('evaluation-send').click();
  await expect(page.getByTestId('evaluation-thanks')).toBeVisible();
  await page.goto('/evaluations');
  await expect(
    page.getByTestId('evaluations-answered').getByRole('listitem').filter({ hasText: title }),
  ).toContainText('Besvart');
  await signOut(page);
}

test('an administrator builds a question set and an evaluation on a cohort; results appear once five leaders have answered', async ({
  page,
}) => {
  // Seven sign-ins, five answers and six accessibility scans.
  test.setTimeout(600_000);
  const stamp = Date.now();
  const setName = `Samlingsevaluering ${stamp}`;
  const title = `Evaluering av kullet ${stamp}`;

  // 1. The administrator builds a question set: a scale of 1–5 and a free text.
  await signIn(page, USERS.ksAdmin.userName);
  await page.goto('/evaluations/manage');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Evalueringer og spørsmålssett' }),
  ).toBeVisible();
  await page.getByTestId('new-question-set').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt spørsmålssett' })).toBeVisible();
  await page.locator('#name-nb').fill(setName);
  await page.locator('#name-nn').fill(setName);
  await page.locator('#name-en').fill(`Gathering evaluation ${stamp}`);
  await page.locator('#add-question').click();
  await page.locator('#question-0-text-nb').fill('Var samlingen nyttig?');
  await page.locator('#question-0-text-nn').fill('Var samlinga nyttig?');
  await page.locator('#question-0-text-en').fill('Was the gathering useful?');
  await page.locator('#add-question').click();
  await page.locator('#question-1-kind').click();
  await page.getByRole('option', { name: 'Fritekst' }).click();
  await page.locator('#question-1-text-nb').fill('Hva bør bli bedre?');
  await page.locator('#question-1-text-nn').fill('Kva bør bli betre?');
  await page.locator('#question-1-text-en').fill('What should improve?');
  await expectAccessible(page, 'question-set builder');
  await page.getByTestId('save-question-set').click();

  // 2. … and opens an evaluation of the running national cohort with it.
  await expect(page.getByTestId('question-sets')).toContainText(setName);
  await page.getByRole('textbox', { name: 'Tittel' }).fill(title);
  await choose(page, 'Spørsmålssett', setName);
  const started = new Date(Date.now() - 60 * 86_400_000);
  const cohort = `Nasjonalt kull ${started.getUTCMonth() < 6 ? 'våren' : 'høsten'} ${started.getUTCFullYear()}`;
  await choose(page, 'Hva evalueres', cohort);
  await page.locator('input[name="opensAt"]').fill(localInput(-1));
  await page.locator('input[name="closesAt"]').fill(localInput(7));
  await expectAccessible(page, 'evaluation management');
  await page.getByTestId('create-evaluation').click();
  const row = page.getByTestId('evaluations').getByRole('listitem').filter({ hasText: title });
  await expect(row).toContainText('0 av');
  await signOut(page);

  // 3. Four leaders answer: too few to show anything.
  await answer(page, 'leder', title, 4, true);
  for (const [i, user] of ['leder2', 'leder3', 'leder4'].entries())
    await answer(page, user, title, 3 + (i % 3));
  await signIn(page, USERS.ksAdmin.userName);
  await page.goto('/evaluations/manage');
  await row.getByRole('link').click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Evalueringsresultater' }),
  ).toBeVisible();
  await expect(page.getByTestId('results-too-few')).toContainText('For få svar til å vise');
  await expect(page.getByTestId('result-0')).toHaveCount(0);
  const results = page.url();
  await signOut(page);

  // 4. A fifth answers: the results appear, the chart with its table and the average.
  await answer(page, 'leder5', title, 5);
  await signIn(page, USERS.ksAdmin.userName);
  await page.goto(results);
  await expect(page.getByTestId('result-0')).toBeVisible();
  await expect(page.getByTestId('results-too-few')).toHaveCount(0);
  await expect(page.getByTestId('results-answered')).toContainText('5 av');
  await expect(page.getByTestId('result-0').getByTestId('average')).toHaveText('4,2');
  const languages = ['Norsk bokmål', 'Norsk nynorsk', 'English'];
  for (const [i, language] of languages.entries()) {
    if (i > 0) await chooseLanguage(page, language);
    await expect(page.getByTestId('result-0')).toBeVisible();
    await expectAccessible(page, `evaluation results, ${language}`);
  }
});
