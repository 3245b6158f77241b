import { expect, Locator, Page, test } from './support';
import { expectAccessible, openMenuItem, signIn, signOut, USERS, waitForTable } from './support';

// The leader's office in the demo data.
const OFFICE = 'NAV Værnes';
const NOT_MET = /Mangler \(innenfor frist\)|Over fristen|Utløpt/;

/** A tiny but real one-page PDF with its cross-reference table: the server opens the document, not only its name. */
function pdf(name: string) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj ${object} endobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer << /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(body, 'latin1') };
}

/** Yesterday, so that "achieved" is never in the future whatever the time zones. */
function yesterday(): string {
  const date = new Date(Date.now() - 24 * 60 * 60 * 1000);
  return date.toISOString().slice(0, 10);
}

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

async function openMyCompetence(page: Page) {
  await openMenuItem(page, 'Min kompetanse');
  await expect(page.getByRole('heading', { level: 1, name: /Min kompetanse/ })).toBeVisible();
  await expect(page.getByTestId('requirements-table').locator('tbody tr').first()).toBeVisible();
}

/** The requirement row of one competence on the profile page. */
function requirementRow(page: Page, competence: string): Locator {
  return page
    .getByTestId('requirements-table')
    .locator('tbody tr')
    .filter({ has: page.locator('td strong', { hasText: competence }) });
}

async function openGaps(page: Page) {
  await openMenuItem(page, 'Kompetansegap');
  await expect(page.getByRole('heading', { level: 1, name: 'Kompetansegap' })).toBeVisible();
  await expect(page.getByTestId('heatmap')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
}

function heatmapCell(page: Page, competence: string): Locator {
  return page.locator(
    `[data-testid=heatmap-cell][data-office="${OFFICE}"][data-competence="${competence}"]`,
  );
}

test('a leader uploads a diploma, a coordinator approves it, and the gap closes', async ({
  page,
}) => {
  // Three sign-ins and nine accessibility scans.
  test.setTimeout(240_000);

  // 1. The leader finds a mandatory requirement that is not met.
  await signIn(page, USERS.leader.userName);
  await openMyCompetence(page);
  await expectAccessible(page, 'my competence');
  const unmet = page
    .getByTestId('requirements-table')
    .locator('tbody tr')
    .filter({ has: page.getByTestId('status-chip').filter({ hasText: NOT_MET }) })
    .filter({ has: page.locator('td', { hasText: /^\s*Ja\s*$/ }) })
    .first();
  await expect(unmet).toBeVisible();
  const competence = (await unmet.locator('td strong').first().innerText()).trim();
  const requiredLevel = (await unmet.getByTestId('required-level').innerText()).trim();
  const personName = (await page.locator('h1 .subtitle').innerText()).split(',')[0].trim();
  await expect(page.getByTestId('next-list')).toContainText(competence);

  // 2. The office heatmap shows the gap; its cell opens the people behind it.
  await openGaps(page);
  await expect(page.getByTestId('single-office')).toContainText(OFFICE);
  await expect(page.getByRole('img', { name: /Dekning per kompetanse/ })).toBeVisible();
  const cell = heatmapCell(page, competence);
  const before = (await cell.locator('.percent').innerText()).trim();
  await expectAccessible(page, 'gap dashboard (leader)');

  // The same report as a spreadsheet and as CSV.
  for (const [button, extension] of [
    ['Last ned Excel', '.xlsx'],
    ['Last ned CSV', '.csv'],
  ]) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    expect((await download).suggestedFilename()).toMatch(
      new RegExp(`^kompetansegap-.*\\${extension}$`),
    );
  }

  await cell.focus();
  await page.keyboard.press('Enter');
  const drill = page.getByTestId('drill-down');
  await expect(drill.getByRole('heading', { level: 2 })).toContainText(competence);
  await expect(drill.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(drill.locator('tbody tr').first()).toBeVisible();
  await expect(drill.getByRole('link', { name: personName })).toBeVisible();
  await expectAccessible(page, 'gap drill-down');

  await drill.getByRole('link', { name: personName }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Kompetanseprofil/ })).toContainText(
    personName,
  );
  await expect(requirementRow(page, competence)).toContainText(NOT_MET);
  await expectAccessible(page, 'person competence profile');

  // 3. The leader uploads a diploma for it at the required level.
  await openMyCompetence(page);
  await requirementRow(page, competence)
    .getByRole('button', { name: `Last opp bevis: ${competence}` })
    .click();
  const form = page.getByTestId('upload-form');
  await expect(form.getByRole('combobox', { name: 'Kompetanse' })).toContainText(competence);
  await expect(form.getByRole('combobox', { name: 'Nivå' })).toContainText(requiredLevel);
  const title = `Diplom ${competence} ${Date.now()}`;
  await form.getByLabel('Tittel').fill(title);
  await form.getByLabel('Dato oppnådd').fill(yesterday());
  await form.getByLabel(/Dokumentasjon/).setInputFiles(pdf('diplom.pdf'));
  await form.getByRole('button', { name: 'Send til godkjenning' }).click();
  await expect(page.getByText('Kompetansebeviset er sendt til godkjenning')).toBeVisible();
  const uploaded = page.getByTestId('evidence-table').locator('tbody tr', { hasText: title });
  await expect(uploaded).toContainText('Venter på godkjenning');
  await expect(requirementRow(page, competence)).toContainText(NOT_MET);
  await expectAccessible(page, 'my competence after upload');
  await signOut(page);

  // 4. The regional coordinator approves it, after looking at the reject dialog.
  await signIn(page, USERS.coordinator.userName);
  await openMenuItem(page, 'Godkjenning av kompetansebevis');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Godkjenning av kompetansebevis' }),
  ).toBeVisible();
  await waitForTable(page);
  const pending = page.getByTestId('approval-table').locator('tbody tr', { hasText: title });
  await expect(pending).toContainText(personName);
  await expect(pending).toContainText(OFFICE);
  await expect(pending.getByRole('button', { name: /Last ned dokument/ })).toBeVisible();
  await expectAccessible(page, 'approval queue');

  await pending.getByRole('button', { name: /^Avvis/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Avvis kompetansebevis' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Avvis' }).click();
  await expect(dialog.getByText('Skriv en begrunnelse for avvisningen.')).toBeVisible();
  await expectAccessible(page, 'reject dialog with a missing reason');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();

  await pending.getByRole('button', { name: /^Godkjenn/ }).click();
  await expect(page.getByText(`«${title}» fra ${personName} er godkjent`)).toBeVisible();
  await expect(
    page.getByTestId('approval-table').locator('tbody tr', { hasText: title }),
  ).toHaveCount(0);
  await signOut(page);

  // 5. The leader's requirement is met, and the office heatmap has moved.
  await signIn(page, USERS.leader.userName);
  await openMyCompetence(page);
  await expect(async () => {
    await page.reload();
    await expect(requirementRow(page, competence)).toContainText('Oppfylt', { timeout: 3000 });
  }).toPass({ timeout: 20_000 });
  await expect(
    page.getByTestId('evidence-table').locator('tbody tr', { hasText: title }),
  ).toContainText('Godkjent');

  await openGaps(page);
  const after = (await heatmapCell(page, competence).locator('.percent').innerText()).trim();
  expect(after).not.toBe(before);
  expect(parseInt(after, 10)).toBeGreaterThan(parseInt(before, 10));

  // 6. The same page in nynorsk.
  await openMyCompetence(page);
  await chooseLanguage(page, 'Norsk nynorsk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(page.getByRole('heading', { level: 2, name: 'Mine kompetanseprov' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Last opp kompetanseprov' }),
  ).toBeVisible();
  await expect(
    page.getByTestId('evidence-table').locator('tbody tr', { hasText: title }),
  ).toContainText('Godkjend');
  await expectAccessible(page, 'my competence in nynorsk');
});

test('a file that only pretends to be a PDF is refused at the file field', async ({ page }) => {
  await signIn(page, USERS.leader.userName);
  await openMyCompetence(page);
  const form = page.getByTestId('upload-form');
  // The upload form below the requirements, for any competence, whether a requirement asks for it or not.
  await form.getByRole('combobox', { name: 'Kompetanse' }).click();
  await page.getByRole('option').first().click();
  await form.getByRole('combobox', { name: 'Nivå' }).click();
  await page.getByRole('option').first().click();
  await form.getByLabel('Tittel').fill('Falskt diplom');
  await form.getByLabel('Dato oppnådd').fill(yesterday());
  const file = form.getByLabel(/Dokumentasjon/);
  const fileError = 'Filen må være PDF, PNG eller JPEG, og innholdet må stemme med filtypen.';

  // PNG bytes under a .pdf name.
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
  await file.setInputFiles({ name: 'diplom.pdf', mimeType: 'application/pdf', buffer: png });
  await form.getByRole('button', { name: 'Send til godkjenning' }).click();
  await expect(form.getByText(fileError)).toBeVisible();
  await expect(file).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('alert')).toContainText('Noen felt må rettes');
  await expectAccessible(page, 'upload refused');

  // Plain text under a .pdf name.
  await file.setInputFiles({
    name: 'diplom.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('Dette er ikke en PDF', 'utf-8'),
  });
  await expect(form.getByText(fileError)).toHaveCount(0);
  await form.getByRole('button', { name: 'Send til godkjenning' }).click();
  await expect(form.getByText(fileError)).toBeVisible();
  await expect(
    page.getByTestId('evidence-table').locator('tbody tr', { hasText: 'Falskt diplom' }),
  ).toHaveCount(0);
});
