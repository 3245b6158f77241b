import { expect, test } from './support';
import { expectAccessible, menuItems, openMenuItem, signIn, signOut, USERS } from './support';

test('an anonymous visitor sees the landing page and the not-found page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'NavLederprogram' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: 'Logg inn' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expectAccessible(page, 'landing page');

  await page.goto('/finnes-ikke');
  await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
  await expectAccessible(page, 'not-found page');
});

test('the KS admin signs in, reaches every page and signs out', async ({ page }) => {
  await signIn(page, USERS.ksAdmin.userName);
  await expect(page.getByTestId('user-name')).toContainText(USERS.ksAdmin.name);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Velkommen');
  await expectAccessible(page, 'home page');

  // The programme owners' own work comes first: the programme, then competence, administration and the organisation.
  expect(await menuItems(page)).toEqual([
    'Forside',
    'Fasilitering',
    'Kull',
    'Kalender',
    'Lederprogram',
    'Kursredigering',
    'Kollegaveiledere',
    'Coaching',
    'Programdashbord',
    'Godkjenning av kompetansebevis',
    'Kompetansegap',
    'Kursframdrift',
    'Kompetansekatalog',
    'Kompetansekrav',
    'Veiledningsrapporter',
    'Import fra HR',
    'Bakgrunnsjobber',
    'Innstillinger for kollegaveiledning',
    'Evalueringer og spørsmålssett',
    'Fritekstsvar',
    'Resultatindikatorer',
    'Fylker',
    'Kommuner',
    'NAV-kontor',
    'Personer',
    'Mitt lederprogram',
    'Min kompetanse',
    'Mine kurs',
    'Kurskatalog',
    'Mine kursbevis',
    'Kalenderabonnement',
    'Varsler',
    'Kollegaveiledning',
    'Evalueringer',
    'Min utvikling',
    '360°-tilbakemelding',
    'Mine data',
    'Behandlingsoversikt',
  ]);

  const pages: [string, string][] = [
    ['Fylker', 'Fylker'],
    ['Kommuner', 'Kommuner'],
    ['NAV-kontor', 'NAV-kontor'],
    ['Personer', 'Personer'],
    ['Import fra HR', 'Import fra HR'],
    ['Bakgrunnsjobber', 'Bakgrunnsjobber'],
  ];
  for (const [item, heading] of pages) {
    await openMenuItem(page, item);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await expectAccessible(page, `${heading} page`);
  }
  await expect(page.getByTestId('job-list').getByRole('listitem').first()).toBeVisible();

  await signOut(page);
  await page.goto('/');
  await expect(page.getByRole('main').getByRole('button', { name: 'Logg inn' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Logg ut' })).toHaveCount(0);
});

test('a deep link asks for sign-in and then opens the page asked for', async ({ page }) => {
  await page.goto('/offices');
  await page.locator('input[name="UserName"]').fill(USERS.ksAdmin.userName);
  await page.locator('input[name="Password"]').fill('Demo123!');
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByRole('heading', { level: 1, name: 'NAV-kontor' })).toBeVisible();
  await expect(page).toHaveURL(/\/offices$/);
});
