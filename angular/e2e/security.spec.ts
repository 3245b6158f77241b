import { expect, test } from './support';

test('the app and the login page are served with a strict policy and without naming the server', async ({
  request,
}) => {
  for (const path of ['/', '/Account/Login', '/api/no-such-thing']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['server'], path).toBeUndefined();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    const scriptSrc = /script-src ([^;]*)/.exec(headers['content-security-policy'] ?? '')?.[1];
    expect(scriptSrc, path).toMatch(/^'self'/);
    expect(scriptSrc, path).not.toContain('unsafe');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
});

// Proves the guard every spec runs under: a script the policy refuses fails the test.
test('a script refused by the Content-Security-Policy fails the test', async ({ page }) => {
  test.fail();
  await page.goto('/');
  const refused = page.waitForEvent('console', (m) => /Content Security Policy/.test(m.text()));
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "injected"';
    document.head.append(script);
  });
  await refused;
  await expect(page).not.toHaveTitle('injected');
});
