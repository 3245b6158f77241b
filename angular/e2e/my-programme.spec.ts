import { expect, Locator, Page, test } from './support';
import { expectAccessible, openMenuItem, signIn, signOut, USERS } from './support';

/** The demo names a cohort by its term, counted from the day the seed ran: "høsten 2026". */
function term(daysFromToday: number): string {
  const day = new Date(Date.now() + daysFromToday * 86_400_000);
  return `${day.getUTCMonth() < 6 ? 'våren' : 'høsten'} ${day.getUTCFullYear()}`;
}

// The running demo cohort (started 60 days before the seed): modules 1–3 are behind everyone, module 4 is open.
const COHORT = `Nasjonalt kull ${term(-60)}`;
const MODULE = 'Endringsledelse og kollegaveiledning';
const ASSIGNMENT = 'Endringsprosjekt';
const GATHERING = 'Avslutningssamling';
const FACILITATOR = 'fasilitator';
// The subject of Notification:Cohort.CertificateIssued.Subject in Notifications/nb.json.
const CERTIFICATE_SUBJECT = 'Kursbeviset ditt er klart';

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

async function openMyProgramme(page: Page): Promise<Locator> {
  await openMenuItem(page, 'Mitt lederprogram');
  await expect(page.getByRole('heading', { level: 1, name: /Mitt lederprogram/ })).toBeVisible();
  const cohort = myCohort(page);
  await expect(cohort).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Laster' })).toHaveCount(0);
  return cohort;
}

function myCohort(page: Page): Locator {
  return page
    .getByTestId('my-cohort')
    .filter({ has: page.getByRole('heading', { level: 2, name: COHORT }) });
}

function lastModule(cohort: Locator): Locator {
  return cohort
    .getByTestId('module')
    .filter({ has: cohort.page().getByRole('heading', { level: 3, name: new RegExp(MODULE) }) });
}

/** The mail the SMTP sink (maildev, started by etc/scripts/test.sh) received, through its REST API. */
async function receivedMail(
  page: Page,
  port: string,
): Promise<{ subject: string; to: string[] }[]> {
  const response = await page.request.get(`http://127.0.0.1:${port}/api/email`);
  expect(response.ok(), `the SMTP sink's REST API on port ${port}`).toBe(true);
  const mails = (await response.json()) as {
    subject?: string;
    to?: { address?: string }[] | { address?: string };
  }[];
  return mails.map((mail) => ({
    subject: mail.subject ?? '',
    to: (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).map((t) =>
      (t.address ?? '').toLowerCase(),
    ),
  }));
}

test('a leader finishes the last module, the facilitator registers and assesses, and the certificate is issued', async ({
  page,
}) => {
  // Three sign-ins, a language switch and seven accessibility scans.
  test.setTimeout(480_000);

  // 1. The leader sees the open module and does the work in it.
  await signIn(page, USERS.leader.userName);
  let cohort = await openMyProgramme(page);
  const leaderName = (await page.getByTestId('participant-name').innerText()).trim();
  expect(leaderName).not.toBe('');
  await expect(cohort.getByTestId('my-status')).toHaveText('Påmeldt');
  await expect(cohort.getByTestId('progress-text')).toHaveText('3 av 4 moduler fullført');
  let module = lastModule(cohort);
  await expect(module).toHaveAttribute('data-state', 'open');
  await expect(module.getByTestId('my-attendance')).toHaveText('Ikke registrert');
  await expect(module.getByTestId('checklist')).toContainText('Oppgaver godkjent: 0 av 1');
  await expectAccessible(page, 'my programme');

  const reflection = module.getByTestId('reflection');
  await expect(reflection).toContainText('Privat – bare du kan lese refleksjonene dine');
  await reflection
    .getByRole('textbox', { name: 'Din refleksjon' })
    .fill(
      'Jeg tar med meg at endring tar tid, og at kollegaveiledning gir rom for å lære av hverandre.',
    );
  await reflection.getByRole('button', { name: 'Lagre refleksjonen' }).click();
  await expect(reflection).toContainText('Sist lagret');
  await expect(module.getByTestId('checklist')).toContainText('Refleksjoner skrevet: 1 av 1');

  const assignment = module.getByTestId('assignment').filter({ hasText: ASSIGNMENT });
  await assignment
    .getByRole('textbox', { name: 'Svar' })
    .fill('Vi har samlet mottaket og oppfølgingen i ett team. Jeg lærte å involvere tidlig.');
  await assignment.getByRole('button', { name: 'Lever oppgaven' }).click();
  await expect(assignment.getByTestId('status-chip')).toHaveText('Levert – venter på vurdering');
  await expect(assignment.getByRole('button', { name: 'Lever på nytt' })).toBeVisible();

  // The same page in nynorsk.
  await chooseLanguage(page, 'Norsk nynorsk');
  await expect(page.getByRole('heading', { level: 1, name: /Mitt leiarprogram/ })).toBeVisible();
  await expect(lastModule(myCohort(page)).getByTestId('reflection')).toContainText(
    'Privat – berre du kan lese refleksjonane dine',
  );
  await expect(myCohort(page).getByTestId('progress-text')).toHaveText('3 av 4 modular fullførte');
  await expectAccessible(page, 'my programme in nynorsk');
  await chooseLanguage(page, 'Norsk bokmål');
  await expect(page.getByRole('heading', { level: 1, name: /Mitt lederprogram/ })).toBeVisible();
  await signOut(page);

  // 2. The facilitator registers the leader at the gathering.
  await signIn(page, FACILITATOR);
  await openMenuItem(page, 'Fasilitering');
  await expect(page.getByRole('heading', { level: 1, name: 'Fasilitering' })).toBeVisible();
  const cohortLink = page
    .getByTestId('facilitation-table')
    .getByRole('link', { name: COHORT, exact: true });
  await expect(cohortLink).toBeVisible();
  await expectAccessible(page, 'facilitation list');
  await cohortLink.click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(COHORT) })).toBeVisible();

  await page.getByRole('combobox', { name: 'Samling' }).click();
  await page.getByRole('option', { name: new RegExp(GATHERING) }).click();
  const sheet = page.getByTestId('attendance-table');
  const leaderRow = sheet.locator('tbody tr').filter({ hasText: leaderName });
  await expect(leaderRow).toHaveCount(1);
  await expect(leaderRow.getByTestId('registered')).toHaveText('Ikke registrert');
  await page
    .getByRole('radiogroup', { name: leaderName })
    .getByRole('radio', { name: 'Til stede', exact: true })
    .check();
  await expect(page.getByTestId('unsaved')).toBeVisible();
  await expectAccessible(page, 'attendance tab');
  await page.getByRole('button', { name: 'Lagre oppmøte' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /er lagret/ })).toBeVisible();
  await expect(leaderRow.getByTestId('registered')).toHaveText('Til stede');
  await expect(page.getByTestId('unsaved')).toHaveCount(0);

  // 3. Assessment: returning needs feedback; then the leader's answer is approved.
  await page.getByRole('tab', { name: 'Vurdering' }).click();
  await expect(page.getByText('Refleksjoner er private og vises ikke her')).toBeVisible();
  const submission = page
    .getByTestId('submission')
    .filter({ hasText: leaderName })
    .filter({ hasText: ASSIGNMENT });
  await expect(submission).toHaveCount(1);
  await submission.getByText('Vis svaret').click();
  await expect(submission).toContainText('Vi har samlet mottaket');
  await submission.getByRole('button', { name: 'Send tilbake' }).click();
  await expect(submission.getByTestId('feedback-error')).toHaveText(
    'Skriv en tilbakemelding når oppgaven sendes tilbake.',
  );
  await expectAccessible(page, 'assessment tab with a field error');
  await submission
    .getByRole('textbox', { name: 'Tilbakemelding' })
    .fill('Godt beskrevet, og en tydelig plan videre.');
  await submission.getByRole('button', { name: 'Godkjenn' }).click();
  await expect(submission).toHaveCount(0);
  await expect(page.getByTestId('reviewed')).toContainText(leaderName);
  await signOut(page);

  // 4. The leader has completed the programme and gets the certificate.
  await signIn(page, USERS.leader.userName);
  cohort = await openMyProgramme(page);
  await expect(cohort.getByTestId('my-status')).toHaveText('Fullført');
  await expect(cohort.getByTestId('progress-text')).toHaveText('4 av 4 moduler fullført');
  module = lastModule(cohort);
  await expect(module).toHaveAttribute('data-state', 'completed');
  const certificate = cohort.getByTestId('certificate');
  await expect(certificate.getByRole('button', { name: 'Last ned (bokmål)' })).toBeVisible();
  await expect(certificate.getByRole('button', { name: 'Last ned (nynorsk)' })).toBeVisible();
  await expect(certificate.getByRole('button', { name: 'Last ned (engelsk)' })).toBeVisible();
  await expectAccessible(page, 'my programme, completed');

  const downloading = page.waitForEvent('download');
  await certificate.getByRole('button', { name: 'Last ned (bokmål)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^kursbevis-nb\.pdf$/);

  // 5. The certificate mail reached the leader.
  const smtpWeb = process.env['NAVLEDER_TEST_SMTP_WEB'];
  expect(
    smtpWeb,
    'NAVLEDER_TEST_SMTP_WEB: the REST port of the SMTP sink the e2e host sends to (see etc/scripts/test.sh)',
  ).toBeTruthy();
  const me = await page.evaluate(async () => {
    const token = sessionStorage.getItem('access_token') ?? localStorage.getItem('access_token');
    const response = await fetch('/api/identity/me', {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
    return (await response.json()) as { email: string | null };
  });
  const address = (me.email ?? '').toLowerCase();
  expect(address).not.toBe('');
  await expect
    .poll(
      async () =>
        (await receivedMail(page, smtpWeb!)).some(
          (mail) => mail.subject.includes(CERTIFICATE_SUBJECT) && mail.to.includes(address),
        ),
      { timeout: 60_000, message: `a mail "${CERTIFICATE_SUBJECT}" to ${address}` },
    )
    .toBe(true);
});
