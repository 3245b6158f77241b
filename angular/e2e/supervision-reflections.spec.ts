import { expect, Page, test } from './support';
import { expectAccessible, signIn, signOut } from './support';

/** Calls the API as the signed-in user, with the token the app holds. */
async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const headers: Record<string, string> = {
        Authorization: `Bearer ${sessionStorage.getItem('access_token')}`,
        'Content-Type': 'application/json',
      };
      const response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok)
        throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.status === 204 ? null : await response.json();
    },
    { method, path, body },
  ) as Promise<T>;
}

async function personId(page: Page, lastName: string): Promise<string> {
  const found = await api<{ personId: string; name: string }[]>(
    page,
    'GET',
    `/api/peer-supervision/groups/candidates?filter=${encodeURIComponent(lastName)}`,
  );
  return found.find((c) => c.name.endsWith(lastName))!.personId;
}

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /Velg språk|Vel språk|Choose language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

/** The invitee joins and accepts the agreement version the group shows them. */
async function join(page: Page, userName: string, groupId: string) {
  await signIn(page, userName);
  await api(page, 'POST', `/api/peer-supervision/groups/${groupId}/accept`);
  const group = await api<{ agreement: { version: number } }>(
    page,
    'GET',
    `/api/peer-supervision/groups/${groupId}`,
  );
  await api(page, 'POST', `/api/peer-supervision/groups/${groupId}/agreement/accept`, {
    version: group.agreement.version,
  });
}

test('a member writes a private reflection and shares another; a colleague sees only the shared one, in nb, nn and en', async ({
  page,
}) => {
  // Four sign-ins, three languages and four accessibility checks.
  test.slow();
  const suffix = Date.now().toString(36);
  const firstMeeting = new Date(Date.now() + 7 * 86_400_000);
  const day = firstMeeting.toISOString().slice(0, 10);

  // The peer supervisor sets up a group of three colleagues with a weekly meeting.
  await signIn(page, 'kollegaveileder');
  const members = {
    frida: await personId(page, 'Fasilitatorsen'),
    rita: await personId(page, 'Regionsen'),
    kare: await personId(page, 'Kommunesen'),
  };
  const group = await api<{ id: string }>(page, 'POST', '/api/peer-supervision/groups', {
    name: `Refleksjonsgruppe ${suffix}`,
    kind: 'Group',
    inviteePersonIds: Object.values(members),
    agreement: {
      confidentiality: 'Det som sies i gruppa, blir i gruppa.',
      meetingFrequency: 'Hver uke',
      method: 'Reflekterende team',
      caseAnonymisation: 'Ingen navn eller fødselsnummer.',
    },
    schedule: {
      recurrenceRule: 'FREQ=WEEKLY;COUNT=3',
      firstStartsAt: `${day}T09:00:00`,
      durationMinutes: 120,
      place: 'Møterom 2',
    },
  });
  await signOut(page);
  await join(page, 'regionkoordinator', group.id);
  await signOut(page);
  await join(page, 'fasilitator', group.id);

  // Frida writes one note for herself and one she shares.
  await page.goto(`/supervision/groups/${group.id}`);
  const reflections = page.getByTestId('supervision-reflections');
  await expect(reflections).toContainText('Bare du kan lese refleksjonene dine');
  const text = reflections.getByRole('textbox', { name: 'Refleksjon' });
  const save = reflections.getByRole('button', { name: 'Lagre refleksjon' });
  await text.fill(`Jeg ble stille da det ble vanskelig ${suffix}`);
  await save.click();
  await expect(reflections.getByTestId('my-reflection')).toHaveCount(1);
  await text.fill(`Reflekterende team hjalp meg å se saken på nytt ${suffix}`);
  await save.click();
  const mine = reflections.getByTestId('my-reflection');
  await expect(mine).toHaveCount(2);
  const toShare = mine.filter({ hasText: 'Reflekterende team' });
  await toShare.getByRole('button', { name: 'Del med gruppa' }).click();
  await expect(toShare).toContainText('Delt med gruppa');
  await expectAccessible(page, 'reflections, author, nb');
  await signOut(page);

  // Rita sees the shared note with its author, never the private one.
  await signIn(page, 'regionkoordinator');
  await page.goto(`/supervision/groups/${group.id}`);
  const shared = page.getByTestId('supervision-reflections').getByTestId('shared-reflection');
  await expect(shared).toHaveCount(1);
  await expect(shared).toContainText(`Reflekterende team hjalp meg å se saken på nytt ${suffix}`);
  await expect(shared).toContainText('Delt av Frida Fasilitatorsen');
  await expect(page.getByText(`Jeg ble stille da det ble vanskelig ${suffix}`)).toHaveCount(0);
  await expectAccessible(page, 'reflections, colleague, nb');

  await chooseLanguage(page, 'Norsk nynorsk');
  await expect(page.getByTestId('supervision-reflections')).toContainText(
    'Berre du kan lese refleksjonane dine',
  );
  await expect(shared).toContainText('Delt av Frida Fasilitatorsen');
  await expectAccessible(page, 'reflections, colleague, nn');

  await chooseLanguage(page, 'English');
  await expect(page.getByTestId('supervision-reflections')).toContainText(
    'Only you can read your reflections',
  );
  await expect(shared).toContainText('Shared by Frida Fasilitatorsen');
  await expectAccessible(page, 'reflections, colleague, en');
  await chooseLanguage(page, 'Norsk bokmål');
});
