import { expect, Page, test } from './support';
import { expectAccessible, signIn, USERS } from './support';

/** The demo course completed by passing its quiz (seeded with fixed ids). */
const COURSE = '3f7c2a10-5d1e-4c3b-9a2f-7e8d9c0b1a01';
const QUIZ = '3f7c2a10-5d1e-4c3b-9a2f-7e8d9c0b1a02';
const PHONE = { width: 375, height: 740 };

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

test('the course editor writes a quiz with questions of several kinds', async ({ page }) => {
  await signIn(page, USERS.courseEditor.userName);
  await page.goto(`/course-editor/${COURSE}/quiz/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ny prøve' })).toBeVisible();
  await expectAccessible(page, 'new quiz');

  // Saving without a title names the field.
  await page.getByLabel('Tittel (bokmål)').fill('');
  await page.getByRole('button', { name: 'Lagre prøven' }).click();
  await expect(page.getByLabel('Tittel (bokmål)')).toBeFocused();

  await page.getByLabel('Tittel (bokmål)').fill('Repetisjon: NAV-loven');
  await page.getByLabel('Tittel (nynorsk)').fill('Repetisjon: NAV-lova');
  await page.getByLabel('Tidsgrense (minutter)').fill('10');
  await page.getByRole('button', { name: 'Lagre prøven' }).click();
  await expect(page).toHaveURL(new RegExp(`/course-editor/${COURSE}/quiz/[0-9a-f-]{36}$`));
  await expect(page.getByRole('heading', { level: 2, name: 'Spørsmål (0)' })).toBeVisible();

  // A single-choice question: a rule broken is shown, then fixed.
  await page.getByRole('button', { name: 'Nytt spørsmål' }).click();
  const form = page.getByTestId('question-form');
  await form.getByLabel('Spørsmål (bokmål)').fill('Hvem eier NAV-kontoret?');
  await form.getByLabel('Svaralternativ 1', { exact: true }).fill('Kommunen og staten');
  await form.getByLabel('Svaralternativ 2', { exact: true }).fill('Bare staten');
  await form.getByRole('button', { name: 'Lagre spørsmålet' }).click();
  await expect(form.getByText('Nøyaktig ett svaralternativ må være riktig.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Spørsmål (0)' })).toBeVisible();
  await form.getByRole('checkbox', { name: 'Riktig' }).first().check();
  await form.getByRole('button', { name: 'Lagre spørsmålet' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Spørsmål (1)' })).toBeVisible();

  // A short answer, accepted in two spellings.
  await page.getByRole('button', { name: 'Nytt spørsmål' }).click();
  await form.getByRole('combobox', { name: 'Spørsmålstype' }).click();
  await page.getByRole('option', { name: 'Kort svar' }).click();
  await form.getByLabel('Spørsmål (bokmål)').fill('Hva heter loven om NAV-kontoret?');
  await form.getByLabel('Svar som godtas').fill('NAV-loven\nArbeids- og velferdsforvaltningsloven');
  await form.getByRole('button', { name: 'Lagre spørsmålet' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Spørsmål (2)' })).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Hva heter loven om NAV-kontoret?' }),
  ).toBeVisible();
  await expect(page.getByText('Hvert forsøk får 2 spørsmål.')).toBeVisible();
  await expectAccessible(page, 'quiz editor with questions');
});

test('a leader takes the quiz, passes it, and sees feedback and the attempt history in three languages', async ({
  page,
}) => {
  await signIn(page, USERS.leader.userName);
  await page.goto(`/courses/${COURSE}/quiz/${QUIZ}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Prøve i taushetsplikt' }),
  ).toBeVisible();
  await expect(page.getByText('Tidsgrense: 15 minutter')).toBeVisible();
  await expectAccessible(page, 'quiz overview');

  await page.getByRole('button', { name: 'Start prøven' }).click();
  const attempt = page.getByTestId('quiz-attempt');
  await expect(page.getByTestId('quiz-timer')).toContainText(/1[45]:\d\d/);
  await attempt.getByRole('radio', { name: 'Sosialtjenesteloven' }).check();
  await attempt.getByRole('checkbox', { name: 'Helseopplysninger om en bruker' }).check();
  await attempt.getByRole('checkbox', { name: 'Brukerens adresse når den er hemmelig' }).check();
  await attempt.getByRole('radio', { name: 'Sant', exact: true }).check();
  await attempt.getByLabel('Ditt svar').fill('  Samtykke ');
  await attempt.getByLabel('Økonomisk sosialhjelp').selectOption({ label: 'Kommunen' });
  await attempt.getByLabel('Dagpenger').selectOption({ label: 'Staten' });
  await expectAccessible(page, 'quiz attempt');

  await attempt.getByRole('button', { name: 'Lever svarene' }).click();
  const result = page.getByTestId('quiz-result');
  await expect(result.getByRole('status')).toContainText('Du fikk 100 %');
  await expect(result.getByRole('status')).toContainText('Bestått');
  await expect(
    result.getByText('Sosialtjenesteloven § 44 viser til forvaltningsloven'),
  ).toBeVisible();
  await expectAccessible(page, 'quiz result');

  await result.getByRole('button', { name: 'Tilbake til prøven' }).click();
  await expect(page.getByText('Du har bestått prøven.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Levert' })).toBeVisible();

  await chooseLanguage(page, 'Nynorsk');
  await expect(page.getByRole('heading', { level: 1, name: 'Prøve i teieplikt' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Forsøka dine' })).toBeVisible();
  await expectAccessible(page, 'quiz overview, nynorsk');

  await chooseLanguage(page, 'English');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Quiz on confidentiality' }),
  ).toBeVisible();
  await page.getByRole('button', { name: /See the result/ }).click();
  await expect(page.getByTestId('quiz-result').getByRole('status')).toContainText(
    'You scored 100 %',
  );
  await expectAccessible(page, 'quiz result, English');

  await page.setViewportSize(PHONE);
  await expect(page.getByTestId('quiz-result')).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow).toBe(false);
  await expectAccessible(page, 'quiz result at phone width');
});
