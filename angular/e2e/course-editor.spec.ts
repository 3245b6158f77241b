import { expect, Page, test } from './support';
import { expectAccessible, menuItems, openMenuItem, signIn, USERS } from './support';

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

/** A 1×1 PNG, as an editor's picture would be. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==',
  'base64',
);

test('the course editor writes a course with a rich-text lesson and a picture, and publishes it', async ({
  page,
}) => {
  test.slow();
  const code = `EL-E2E-${Date.now().toString().slice(-6)}`;
  await signIn(page, USERS.courseEditor.userName);
  await openMenuItem(page, 'Kursredigering');
  await expect(page.getByRole('heading', { level: 1, name: 'E-læringskurs' })).toBeVisible();
  await expectAccessible(page, 'course list');

  await page.getByRole('link', { name: 'Nytt kurs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt kurs' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Kurskode' }).fill(code);
  const title = page.getByRole('group', { name: 'Tittel', exact: true });
  await title.getByRole('textbox', { name: 'Bokmål' }).fill('NAV-loven for ledere');
  await expectAccessible(page, 'new course');
  await page.getByRole('button', { name: 'Opprett kurset' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /NAV-loven for ledere/ })).toBeVisible();
  await page
    .getByRole('group', { name: 'Tittel', exact: true })
    .getByRole('textbox', { name: 'Nynorsk' })
    .fill('NAV-lova for leiarar');
  await page.getByRole('spinbutton', { name: 'Beregnet tid (minutter)' }).fill('30');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Endringene er lagret.')).toBeVisible();
  await expectAccessible(page, 'course editor with a draft');

  await page.getByRole('link', { name: 'Legg til leksjon' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Ny leksjon/ })).toBeVisible();
  await page
    .getByRole('group', { name: 'Tittel', exact: true })
    .getByRole('textbox', { name: 'Bokmål' })
    .fill('Innledning');
  const editor = page.getByRole('textbox', { name: 'Leksjonstekst' });
  await editor.click();
  await page.getByRole('button', { name: 'Overskrift', exact: true }).click();
  await page.keyboard.type('Velkommen');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Fet', exact: true }).click();
  await page.keyboard.type('Loven gjelder alle.');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Sett inn bilde' }).click();
  await (await chooser).setFiles({ name: 'figur.png', mimeType: 'image/png', buffer: PNG });
  // The picture is shown from the course's own file address, under the app's CSP.
  const picture = editor.locator('img');
  await expect(picture).toHaveAttribute('src', /\/api\/e-learning\/files\/[0-9a-f-]+\?access=/);
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  await expectAccessible(page, 'lesson editor');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: /NAV-loven for ledere/ })).toBeVisible();
  const lessons = page.getByTestId('lessons');
  await expect(lessons.getByRole('link', { name: 'Innledning' })).toBeVisible();

  await page.getByRole('button', { name: 'Publiser' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Publiser' }).click();
  await expect(page.getByText('Kurset er publisert.')).toBeVisible();
  await expect(
    page.getByText('Denne versjonen er publisert og kan ikke endres.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByTestId('course-versions').getByRole('row')).toHaveCount(2);

  // What the server kept is the sanitized text with the picture by its own address.
  const body = await page.evaluate(async (courseCode) => {
    const headers = { Authorization: `Bearer ${sessionStorage.getItem('access_token')}` };
    const list = await (
      await fetch(`/api/e-learning/courses?filter=${courseCode}`, { headers })
    ).json();
    const course = await (
      await fetch(`/api/e-learning/courses/${list.items[0].id}`, { headers })
    ).json();
    return course.version.lessons[0].body as string;
  }, code);
  expect(body).toContain('<h2>Velkommen</h2>');
  expect(body).toContain('<strong>Loven gjelder alle.</strong>');

  // A new draft starts from the published version, in every language.
  await page.getByRole('button', { name: 'Lag nytt utkast' }).click();
  await expect(page.getByRole('button', { name: 'Publiser' })).toBeVisible();
  await chooseLanguage(page, 'Norsk nynorsk');
  await expect(page.getByRole('heading', { level: 2, name: 'Leksjonar' })).toBeVisible();
  await expectAccessible(page, 'course editor in nynorsk');
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 2, name: 'Lessons' })).toBeVisible();
  await expectAccessible(page, 'course editor in English');
  await page.getByRole('link', { name: 'Innledning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Edit lesson/ })).toBeVisible();
  await expectAccessible(page, 'lesson editor in English');
});

test('a leader has no course editor in the menu and is told so at its address', async ({
  page,
}) => {
  await signIn(page, USERS.leader.userName);
  expect(await menuItems(page)).not.toContain('Kursredigering');
  await page.goto('/course-editor');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeVisible();
});
