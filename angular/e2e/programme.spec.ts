import { expect, Page, test } from './support';
import { expectAccessible, openMenuItem, signIn, signOut, USERS, waitForTable } from './support';

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

/**
 * The API allows one draft at a time. A run that stopped halfway leaves its draft behind; remove
 * such a leftover (never one a cohort uses) so that this run can start its own.
 */
async function deleteLeftoverDrafts(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const headers = { Authorization: `Bearer ${sessionStorage.getItem('access_token')}` };
    const versions = await (await fetch('/api/programme/versions', { headers })).json();
    for (const v of versions as { id: string; status: string }[]) {
      if (v.status === 'Draft') {
        await fetch(`/api/programme/versions/${v.id}`, { method: 'DELETE', headers });
      }
    }
  });
}

async function approve(page: Page, button: string) {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('nullstilles begge godkjenningene');
  await dialog.getByRole('button', { name: 'Godkjenn', exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

test('KS and the directorate make a new programme version together, and it is published', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const run = Date.now().toString();
  const versionName = `Lederprogrammet e2e ${run}`;
  const moduleTitle = `Lederrollen i NAV (${run.slice(-6)})`;
  const moduleTitleNn = `Leiarrolla i NAV (${run.slice(-6)})`;

  await signIn(page, USERS.ksAdmin.userName);
  await deleteLeftoverDrafts(page);
  await openMenuItem(page, 'Lederprogram');
  await expect(page.getByRole('heading', { level: 1, name: 'Lederprogram' })).toBeVisible();
  await waitForTable(page);
  const versions = page.getByTestId('programme-versions');
  await expect(versions.getByRole('row', { name: /Lederprogrammet 2026/ })).toContainText(
    'Publisert',
  );
  await expectAccessible(page, 'programme versions');

  // A published version is read only: no edits, no approvals left to give.
  await versions.getByRole('link', { name: 'Lederprogrammet 2026' }).click();
  await expect(page.getByTestId('published-banner')).toContainText('versjonen kan ikke endres');
  await expect(page.getByTestId('party-Ks')).toContainText('Godkjent av');
  await expect(page.getByTestId('party-Directorate')).toContainText('Godkjent av');
  await expect(page.getByRole('heading', { level: 3, name: /^Modul 1:/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Endre/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Flytt|Godkjenn|Lagre|Slett/ })).toHaveCount(0);
  await expectAccessible(page, 'published version 1');
  await page.getByRole('link', { name: 'Tilbake til versjonene' }).click();
  await waitForTable(page);

  // A new draft, copied from version 1.
  await page.getByRole('button', { name: 'Ny versjon' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Navn' }).fill(versionName);
  await dialog.getByRole('combobox', { name: 'Kopier moduler fra' }).click();
  await page.getByRole('option', { name: /^Versjon 1: Lederprogrammet 2026/ }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expectAccessible(page, 'new version dialog');
  await dialog.getByRole('button', { name: 'Opprett utkast' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(versionName) }),
  ).toBeVisible();
  const ks = page.getByTestId('party-Ks');
  const directorate = page.getByTestId('party-Directorate');
  await expect(ks).toContainText('Venter på godkjenning');
  await expect(directorate).toContainText('Venter på godkjenning');
  await expect(page.getByRole('heading', { level: 3, name: /^Modul 1:/ })).toBeVisible();

  // Only one draft at a time: a second one is refused, and the dialog says why.
  await page.getByRole('link', { name: 'Tilbake til versjonene' }).click();
  await waitForTable(page);
  await expect(versions.getByRole('row', { name: new RegExp(versionName) })).toContainText(
    'Utkast',
  );
  await page.getByRole('button', { name: 'Ny versjon' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Opprett utkast' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Det finnes allerede et utkast');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await versions.getByRole('link', { name: versionName }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(versionName) }),
  ).toBeVisible();
  await expectAccessible(page, 'draft version');

  // A module's title changes in the module form, in bokmål and in nynorsk.
  await page.getByRole('link', { name: /^Endre Modul 1:/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Endre modul/ })).toBeVisible();
  const titleGroup = page.getByRole('group', { name: 'Tittel' }).first();
  const title = titleGroup.getByRole('textbox', { name: 'Bokmål (påkrevd)' });
  await expect(title).not.toHaveValue('');
  await expect(titleGroup.getByRole('textbox', { name: 'Nynorsk' })).toHaveValue(
    'Leiarrolla i NAV-kontoret',
  );
  await expectAccessible(page, 'module form');
  await title.fill(moduleTitle);
  await titleGroup.getByRole('textbox', { name: 'Nynorsk' }).fill(moduleTitleNn);
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 3, name: `Modul 1: ${moduleTitle}` }),
  ).toBeVisible();

  // KS approves; the directorate is still awaited.
  await approve(page, 'Godkjenn for KS');
  await expect(ks).toContainText('Godkjent av Kari KS-Nordmann');
  await expect(directorate).toContainText('Venter på godkjenning');
  await expect(page.getByTestId('reset-warning')).toContainText(
    'Endringer nullstiller godkjenningene',
  );
  await expect(page.getByRole('button', { name: 'Godkjenn for KS' })).toHaveCount(0);

  // Any edit afterwards withdraws the approval.
  await page
    .getByRole('group', { name: 'Beskrivelse' })
    .getByRole('textbox', { name: 'Bokmål (påkrevd)' })
    .fill(`Endret i test ${run}`);
  await page.getByRole('button', { name: 'Lagre navn og beskrivelse' }).click();
  await expect(ks).toContainText('Venter på godkjenning');
  await expect(page.getByTestId('version-history')).toContainText('Godkjenninger nullstilt');
  await expect(page.getByTestId('reset-warning')).toHaveCount(0);

  await approve(page, 'Godkjenn for KS');
  await expect(ks).toContainText('Godkjent av Kari KS-Nordmann');

  // The page speaks nynorsk too.
  await chooseLanguage(page, 'Norsk nynorsk');
  await expect(directorate).toContainText('Ventar på godkjenning');
  await expect(page.getByRole('heading', { level: 2, name: /^Modular \(\d+\)$/ })).toBeVisible();
  // So does the content: the module's nynorsk title, and bokmål marked where there is no nynorsk.
  await expect(
    page.getByRole('heading', { level: 3, name: `Modul 1: ${moduleTitleNn}` }),
  ).toBeVisible();
  const untranslated = page.locator('.description [lang="nb"]').last();
  await expect(untranslated).toHaveText(
    'Lede endring, og bruke kollegaveiledning for å lære av egen praksis.',
  );
  await expect(page.locator('.bokmal-only').last()).toHaveAttribute(
    'title',
    'Teksten finst berre på bokmål',
  );
  await chooseLanguage(page, 'Norsk bokmål');
  await expect(
    page.getByRole('heading', { level: 3, name: `Modul 1: ${moduleTitle}` }),
  ).toBeVisible();
  await expect(directorate).toContainText('Venter på godkjenning');

  // The directorate's admin gives the second approval, which publishes the version.
  await signOut(page);
  await signIn(page, 'diradmin');
  await openMenuItem(page, 'Lederprogram');
  await waitForTable(page);
  await versions.getByRole('link', { name: versionName }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(versionName) }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Godkjenn for KS' })).toHaveCount(0);
  await approve(page, 'Godkjenn for direktoratet');

  await expect(page.getByTestId('published-banner')).toContainText('versjonen kan ikke endres');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Publisert');
  await expect(directorate).toContainText('Godkjent av');
  await expect(ks).toContainText('Godkjent av Kari KS-Nordmann');
  await expect(page.getByRole('link', { name: /^Endre/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Legg til modul' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Flytt|Godkjenn|Lagre|Slett/ })).toHaveCount(0);
  await expect(page.getByTestId('version-history')).toContainText('Publisert');
  await expectAccessible(page, 'published version');
});
