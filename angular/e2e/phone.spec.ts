import { expect, Page, test } from './support';
import { labelsNotInName, rawKeyTooltips, signIn } from './support';

const PHONE = { width: 390, height: 844 };

/** The menu's pages, read from its links (the menu differs per role). */
async function menuPages(page: Page): Promise<{ name: string; path: string }[]> {
  const nav = page.getByRole('navigation');
  if (!(await nav.isVisible())) await page.getByRole('button', { name: 'Meny' }).click();
  const links = nav.getByRole('link');
  await expect(links.first()).toBeVisible();
  const found = await links.evaluateAll((as) =>
    as.map((a) => ({ name: a.textContent!.trim(), path: a.getAttribute('href')! })),
  );
  await page.keyboard.press('Escape');
  return found;
}

/** Opens a page by its address and waits until its data has arrived. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Loading bars are indeterminate; a module's progress bar stays.
  await expect(page.locator('mat-progress-bar[mode=indeterminate]')).toHaveCount(0);
}

/** What a phone user meets on the page: sideways scrolling, key tooltips, misnamed buttons. */
async function problems(page: Page): Promise<string[]> {
  // The page scrolls in the window, or, below the app bar, in the menu's content pane.
  const widths = await page.evaluate(() => {
    const pane = document.querySelector('mat-sidenav-content');
    return [
      { scroll: document.documentElement.scrollWidth, visible: window.innerWidth },
      ...(pane ? [{ scroll: pane.scrollWidth, visible: pane.clientWidth }] : []),
    ];
  });
  return [
    ...widths
      .filter((w) => w.scroll > w.visible)
      .map((w) => `scrolls sideways: ${w.scroll} > ${w.visible}`),
    ...(await rawKeyTooltips(page)).map((t) => `tooltip ${t}`),
    ...(await labelsNotInName(page)),
  ];
}

const ROLES = [
  { userName: 'leder', mustVisit: ['/competence/my', '/cohorts/calendar'] },
  { userName: 'regionkoordinator', mustVisit: ['/competence/gaps', '/cohorts/calendar'] },
  { userName: 'kommunekoordinator', mustVisit: ['/competence/gaps'] },
  { userName: 'kursredaktor', mustVisit: ['/course-editor', '/course-editor/new'] },
];

for (const role of ROLES) {
  test(`no page in the ${role.userName} menu scrolls sideways on a phone`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(PHONE);
    await signIn(page, role.userName);
    const pages = await menuPages(page);
    const paths = [...new Set([...pages.map((p) => p.path), ...role.mustVisit])];
    expect(paths.length).toBeGreaterThan(3);

    const found: string[] = [];
    for (const path of paths) {
      await visit(page, path);
      found.push(...(await problems(page)).map((p) => `${path}: ${p}`));
    }
    expect(found).toEqual([]);
  });
}
