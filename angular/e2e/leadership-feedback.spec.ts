import { expect, test } from './support';
import type { Page } from './support';
import { expectAccessible, signIn, signOut, USERS } from './support';

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

/** The answer links the SMTP sink (maildev) received for the round, through its REST API. */
async function answerLinks(page: Page, port: string, title: string): Promise<string[]> {
  const response = await page.request.get(`http://127.0.0.1:${port}/api/email`);
  expect(response.ok(), `the SMTP sink's REST API on port ${port}`).toBe(true);
  const mails = (await response.json()) as { text?: string }[];
  return mails
    .map((mail) => mail.text ?? '')
    .filter((text) => text.includes(title))
    .map((text) => /\/feedback\/answer\/[A-Za-z0-9_-]{43}/.exec(text)?.[0] ?? '')
    .filter((link) => link !== '');
}

test('a leader runs a 360° round: five colleagues answer by their e-mailed links, the leader sees the result and asks for evidence', async ({
  page,
}) => {
  // Two sign-ins, five answers in three languages and four accessibility scans.
  test.setTimeout(480_000);
  const smtpWeb = process.env['NAVLEDER_TEST_SMTP_WEB'];
  expect(smtpWeb, 'NAVLEDER_TEST_SMTP_WEB: the REST port of the SMTP sink').toBeTruthy();
  const title = `Lederskap ${Date.now()}`;

  // 1. The leader builds the round: two areas with their own rating, five colleagues from the region.
  await signIn(page, USERS.leader.userName);
  await page.goto('/development/feedback');
  await expect(page.getByRole('heading', { level: 1, name: '360°-tilbakemelding' })).toBeVisible();
  await page.getByTestId('feedback-new').click();
  await page.getByLabel('Navn på runden').fill(title);
  const selfRatings = page.locator('table.areas select');
  await expect(selfRatings.first()).toBeVisible();
  const areaCount = await selfRatings.count();
  for (let i = 0; i < areaCount; i++) await selfRatings.nth(i).selectOption(i < 2 ? '4' : '');
  await page.getByTestId('feedback-find').click();
  const candidates = page.getByTestId('feedback-candidates').getByRole('button');
  await expect(candidates.nth(4)).toBeVisible();
  for (let i = 0; i < 5; i++) await candidates.nth(i).click();
  await expect(page.getByTestId('feedback-chosen').getByRole('listitem')).toHaveCount(5);
  await expectAccessible(page, 'new 360° round');
  await page.getByTestId('feedback-create').click();
  await expect(page.getByTestId('feedback-answered')).toHaveText('0 av 5 har svart');
  await expect(page.getByTestId('feedback-hidden')).toBeVisible();

  // 2. Five colleagues answer without signing in, through the links their e-mails carry.
  await expect
    .poll(async () => (await answerLinks(page, smtpWeb!, title)).length, {
      timeout: 60_000,
      message: `five invitations for ${title}`,
    })
    .toBe(5);
  const links = await answerLinks(page, smtpWeb!, title);
  await signOut(page);
  const languages = ['Norsk bokmål', 'Norsk nynorsk', 'English'];
  for (const [i, link] of links.entries()) {
    await page.goto(link);
    const areas = page.locator('fieldset.area');
    await expect(areas.first()).toBeVisible();
    if (i < 3) {
      if (i > 0) await chooseLanguage(page, languages[i]);
      await expectAccessible(page, `360° answer page, ${languages[i]}`);
    }
    const count = await areas.count();
    // Each colleague rates every area; the last cannot judge the second one.
    for (let a = 0; a < count; a++)
      await areas
        .nth(a)
        .getByRole('radio')
        .nth(i === 4 && a === 1 ? 5 : 2 + (i % 3))
        .check();
    if (i === 0) await page.getByRole('textbox').fill('Gir tydelig retning og lytter.');
    await page.getByTestId('feedback-send').click();
    await expect(page.getByTestId('feedback-thanks')).toBeVisible();
  }
  // A second answer on the same link is refused.
  await page.goto(links[0]);
  await expect(page.getByTestId('feedback-answered')).toBeVisible();
  await chooseLanguage(page, languages[0]);

  // 3. The leader closes the round and sees their own rating beside the others' average.
  await signIn(page, USERS.leader.userName);
  await page.goto('/development/feedback');
  await page.getByTestId('feedback-rounds').getByRole('button', { name: title }).click();
  await expect(page.getByTestId('feedback-answered')).toHaveText('5 av 5 har svart');
  await page.getByTestId('feedback-close').click();
  const result = page.getByTestId('feedback-result');
  await expect(result).toBeVisible();
  await expect(page.getByTestId('feedback-comments')).toContainText(
    'Gir tydelig retning og lytter.',
  );
  const firstArea = result.locator('tbody tr').first();
  await expect(firstArea.locator('td').nth(0)).toContainText('4');
  await expect(firstArea.locator('td').nth(1)).toContainText('5 vurderte');
  // Only four could judge the second area: below five, no average.
  await expect(result.locator('tbody tr').nth(1)).toContainText('For få vurderinger til å vise');
  await expectAccessible(page, '360° result');

  // 4. The first area's result becomes a pending manager-assessed evidence request.
  await firstArea.getByRole('button').click();
  await expect(firstArea).toContainText('Bedt om på nivå 1');
});
