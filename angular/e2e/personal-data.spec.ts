import { expect, Page, test } from './support';
import { expectAccessible, openMenuItem, signIn, USERS } from './support';

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

/** A person of the spec's own in NAV Værnes, made through the API, so that no demo person other specs need is erased. */
async function createPerson(page: Page, employeeNumber: string, lastName: string): Promise<void> {
  const status = await page.evaluate(
    async ({ employeeNumber, lastName }) => {
      const headers = {
        Authorization: `Bearer ${sessionStorage.getItem('access_token')}`,
        'Content-Type': 'application/json',
      };
      const offices = await fetch('/api/organisation/offices?filter=V%C3%A6rnes', { headers });
      const officeId = ((await offices.json()) as { items: { id: string }[] }).items[0].id;
      const response = await fetch('/api/organisation/people', {
        method: 'POST',
        headers,
        body: JSON.stringify({
          employeeNumber,
          firstName: 'Eva',
          lastName,
          email: `${employeeNumber.toLowerCase()}@e2e.navlederprogram.no`,
          employer: 'Municipality',
          officeId,
          jobRoles: [],
        }),
      });
      return response.status;
    },
    { employeeNumber, lastName },
  );
  expect(status).toBe(201);
}

test('a leader sees their data in every part of the system and downloads it as JSON and PDF', async ({
  page,
}) => {
  await signIn(page, USERS.leader.userName);
  await openMenuItem(page, 'Mine data');
  await expect(page.getByRole('heading', { level: 1, name: 'Mine data' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Organisasjon/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Lederprogram/ })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 3, name: 'Person i organisasjonsregisteret' }),
  ).toBeVisible();
  await expectAccessible(page, 'my data');

  const json = page.waitForEvent('download');
  await page.getByTestId('my-data-json').click();
  const file = await json;
  expect(file.suggestedFilename()).toBe('personal-data.json');
  const exported = JSON.parse(
    await new Promise<string>((resolve, reject) => {
      file
        .createReadStream()
        .then((stream) => {
          let text = '';
          stream.on('data', (d: Buffer) => (text += d.toString('utf8')));
          stream.on('end', () => resolve(text));
          stream.on('error', reject);
        })
        .catch(reject);
    }),
  ) as { sections: { module: string }[] };
  expect(exported.sections.map((s) => s.module)).toContain('Programmes');

  const pdf = page.waitForEvent('download');
  await page.getByTestId('my-data-pdf').click();
  expect((await pdf).suggestedFilename()).toMatch(/^personal-data-.*\.pdf$/);

  await chooseLanguage(page, 'Norsk nynorsk');
  await expect(page.getByRole('heading', { level: 2, name: /^Leiarprogram/ })).toBeVisible();
  await expect(page.getByTestId('my-data-pdf')).toContainText('Last ned samandrag (PDF)');
  await expectAccessible(page, 'my data in nynorsk');

  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'My data' })).toBeVisible();
  await page.getByRole('link', { name: 'Why we store this and for how long' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Processing overview' })).toBeVisible();
  const kinds = page.getByTestId('processing-kinds');
  await expect(kinds.getByRole('rowheader', { name: 'Programme certificates' })).toBeVisible();
  await expect(kinds).toContainText('Kept as a record for 10 years after erasure, without a name');
  await expectAccessible(page, 'processing overview in English');
  await chooseLanguage(page, 'Norsk bokmål');
});

test('a system admin runs a dry run for a person and erases them after typing the employee number', async ({
  page,
}) => {
  const run = Date.now().toString().slice(-7);
  const employeeNumber = `E2E${run}`;
  const lastName = `Sletteby${run}`;
  await signIn(page, 'sysadmin');
  await createPerson(page, employeeNumber, lastName);

  await openMenuItem(page, 'Personopplysninger');
  await expect(page.getByRole('heading', { level: 1, name: 'Personopplysninger' })).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Søk etter navn, e-post eller ansattnummer' })
    .fill(lastName);
  await page.getByTestId('pd-search').click();
  const people = page.getByTestId('pd-people');
  await expect(people.getByRole('rowheader', { name: `Eva ${lastName}` })).toBeVisible();
  await expectAccessible(page, 'personal data admin, search');

  await page.getByTestId(`pd-dry-run-${employeeNumber}`).click();
  const plan = page.getByTestId('pd-plan');
  await expect(plan).toContainText(`Dette skjer om Eva ${lastName} slettes.`);
  await expect(plan.getByRole('cell', { name: 'Anonymiseres' }).first()).toBeVisible();
  await expectAccessible(page, 'erasure dry run');

  // A wrong confirmation is refused, and the person is still there.
  await plan.getByRole('textbox', { name: 'Ansattnummer' }).fill('feil');
  await page.getByTestId('pd-erase').click();
  await expect(plan).toContainText('Skriv ansattnummeret til personen for å bekrefte slettingen.');

  await plan.getByRole('textbox', { name: 'Ansattnummer' }).fill(employeeNumber);
  await page.getByTestId('pd-erase').click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Personopplysningene er slettet.' }),
  ).toBeVisible();
  await expect(page.getByTestId('pd-erasures').locator('tbody tr').first()).not.toContainText(
    lastName,
  );
  await expectAccessible(page, 'erasure records');

  // The person is no longer found by their name.
  await page
    .getByRole('textbox', { name: 'Søk etter navn, e-post eller ansattnummer' })
    .fill(lastName);
  await page.getByTestId('pd-search').click();
  await expect(page.getByText('Ingen treff.')).toBeVisible();

  await chooseLanguage(page, 'Norsk nynorsk');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Registrerte slettingar' }),
  ).toBeVisible();
  await expectAccessible(page, 'personal data admin in nynorsk');
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 2, name: 'Erasure records' })).toBeVisible();
  await expectAccessible(page, 'personal data admin in English');
  await chooseLanguage(page, 'Norsk bokmål');
});
