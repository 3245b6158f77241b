import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, Page } from '@playwright/test';

export { expect };
export type { CDPSession, Locator, Page } from '@playwright/test';

/**
 * Every spec takes `test` from here: it fails a test whose pages had anything refused by the
 * Content-Security-Policy (an inline script, a style, a connection), as the browser reports it.
 */
export const test = base.extend<{ contentSecurityPolicy: string[] }>({
  contentSecurityPolicy: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.exposeBinding('__reportCspViolation', (_source, violation: string) => {
        violations.push(violation);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCspViolation?: (v: string) => void })
            .__reportCspViolation;
          report?.(
            `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on ${e.documentURI}`,
          );
        });
      });
      // The console also tells of violations found before a listener could be attached.
      context.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/.test(message.text()))
          violations.push(message.text());
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations reported by the browser').toEqual([]);
    },
    { auto: true },
  ],
});

export const PASSWORD = 'Demo123!';

export const USERS = {
  ksAdmin: { userName: 'ksadmin', name: 'Kari KS-Nordmann' },
  coordinator: { userName: 'regionkoordinator', name: 'Rita Regionsen', scope: 'Trøndelag' },
  leader: { userName: 'leder' },
  courseEditor: { userName: 'kursredaktor', name: 'Kristin Kursredaktør' },
} as const;

/** Signs in through the host's own server-rendered login page, starting from the landing page. */
export async function signIn(page: Page, userName: string, password = PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByRole('main').getByRole('button', { name: 'Logg inn' }).click();
  await page.locator('input[name="UserName"]').fill(userName);
  await page.locator('input[name="Password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Logg ut|Sign out/ }).click();
}

/** Navigates inside the app through its menu, as a user would. */
export async function openMenuItem(page: Page, name: string): Promise<void> {
  // The shell's menu, not a page's own navigation (a course's lesson list).
  const nav = page.getByRole('navigation', { name: /^(Hovedmeny|Hovudmeny|Main menu)$/ });
  if (!(await nav.isVisible())) await page.getByRole('button', { name: /Meny|Menu/ }).click();
  await nav.getByRole('link', { name, exact: true }).click();
}

export async function menuItems(page: Page): Promise<string[]> {
  const links = page.getByRole('navigation').getByRole('link');
  await expect(links.first()).toBeVisible();
  return (await links.allInnerTexts()).map((t) => t.trim());
}

/** Fails on serious or critical WCAG 2.1 A/AA violations on the page as it is now. */
export async function expectAccessible(page: Page, context: string): Promise<void> {
  // Check the page at rest: a snackbar fading in has, for a moment, a contrast it never keeps.
  // Only running ones, and not for ever: an animation the browser has paused never finishes.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter(
            (a) =>
              a.playState === 'running' &&
              Number.isFinite(Number(a.effect?.getComputedTiming().endTime)),
          )
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 3_000)),
    ]),
  );
  const results = await new AxeBuilder({ page })
    // Label in name (WCAG 2.5.3) is switched on by name: older axe versions ship it as experimental.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(blocking, `axe violations on ${context}`).toEqual([]);
  expect(await rawKeyTooltips(page), `tooltips showing translation keys on ${context}`).toEqual([]);
  expect(
    await labelsNotInName(page),
    `buttons and links named without their label on ${context}`,
  ).toEqual([]);
}

/** `title` attributes (tooltips) that show a translation key, e.g. "Page:Offices.Edit". */
export async function rawKeyTooltips(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[title]')]
      .map((e) => e.getAttribute('title') ?? '')
      .filter((title) => /^[A-Z][A-Za-z]+:[A-Za-z.]+$/.test(title)),
  );
}

/**
 * Buttons and links whose accessible name (aria-label) does not contain the label they show
 * (WCAG 2.5.3): a speech-input user says what they see. Axe checks this too, but leaves out names
 * it cannot judge; this check is plain text.
 */
export async function labelsNotInName(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
    const visibleText = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof HTMLElement) && !(node instanceof SVGElement)) return '';
      if (node instanceof SVGElement || node.getAttribute('aria-hidden') === 'true') return '';
      if (node.matches('mat-icon, .visually-hidden, .cdk-visually-hidden')) return '';
      if (getComputedStyle(node).display === 'none') return '';
      return [...node.childNodes].map(visibleText).join(' ');
    };
    return [...document.querySelectorAll<HTMLElement>('button[aria-label], a[aria-label]')]
      .filter((e) => e.getClientRects().length > 0)
      .flatMap((e) => {
        const label = normalise(visibleText(e));
        const name = normalise(e.getAttribute('aria-label') ?? '');
        return label && !name.includes(label) ? [`"${label}" named "${name}"`] : [];
      });
  });
}

/** Waits until a list page has its first answer from the server. */
export async function waitForTable(page: Page): Promise<void> {
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.locator('table tbody tr').first()).toBeVisible();
}
