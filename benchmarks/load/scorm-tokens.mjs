// Signs in demo users in Chromium and launches the demo SCORM course for each: prints "token attemptId session".
// Run with NODE_PATH=angular/node_modules (Playwright and Chromium as the end-to-end tests use them).
import { createRequire } from 'node:module';
const { chromium } = createRequire(process.env.NODE_PATH + '/').call(null, '@playwright/test');
const base = process.argv[2];
const users = process.argv.slice(3);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
for (const user of users) {
  const page = await browser.newPage();
  await page.goto(base + '/');
  await page.getByRole('main').getByRole('button', { name: 'Logg inn' }).click();
  await page.locator('input[name="UserName"]').fill(user);
  await page.locator('input[name="Password"]').fill('Demo123!');
  await page.locator('form button[type="submit"]').click();
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
  const token = await page.evaluate(() => sessionStorage.getItem('access_token') ?? localStorage.getItem('access_token'));
  const launch = await page.evaluate(async ([b, t]) => (await fetch(b + '/api/e-learning/scorm/packages/0193d2a0-0000-7000-8000-5c0a00000002/launch', { method: 'POST', headers: { Authorization: 'Bearer ' + t } })).json(), [base, token]);
  console.log(`${token} ${launch.attemptId} ${launch.session}`);
  await page.close();
}
await browser.close();
