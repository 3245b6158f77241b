import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// Specs take `test` from e2e/support.ts, whose fixture fails a test on any Content-Security-Policy violation.
for (const spec of readdirSync(join(__dirname, 'e2e')).filter((f) => f.endsWith('.spec.ts'))) {
  if (/from '@playwright\/test'/.test(readFileSync(join(__dirname, 'e2e', spec), 'utf8')))
    throw new Error(
      `e2e/${spec} must import test and expect from './support', not '@playwright/test'.`,
    );
}

// E2E_PORT lets several checkouts run their end-to-end tests side by side.
const port = Number(process.env['E2E_PORT'] ?? 5199);
// E2E_BASE_URL points the tests at a host that is already running, e.g. while developing.
const existingHost = process.env['E2E_BASE_URL'];
const baseURL = existingHost ?? `http://127.0.0.1:${port}`;
// The test identity provider: E2E_PROVIDER_PORT, or the host's port + 10 (etc/scripts/e2e-host.sh points the host at it).
const providerPort = Number(process.env['E2E_PROVIDER_PORT'] ?? port + 10);

export default defineConfig({
  testDir: './e2e',
  // One real host with one database: tests run one after another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // Its own folder: Playwright empties it at start, and test-results/ also holds the unit report.
  outputDir: 'test-results/e2e-artifacts',
  use: {
    baseURL,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: existingHost
    ? undefined
    : [
        {
          command: `bash ../etc/scripts/e2e-host.sh ${port}`,
          url: `${baseURL}/health/ready`,
          timeout: 180_000,
          reuseExistingServer: false,
          // SIGTERM lets the host stop cleanly and the script remove its throwaway database.
          gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
          stdout: 'ignore',
          stderr: 'pipe',
        },
        {
          // The organisation's identity provider, as a small real OpenID Connect server (e2e/external-sign-in.spec.ts).
          command: `bash ../etc/scripts/e2e-external-provider.sh ${providerPort} ${port}`,
          url: `http://127.0.0.1:${providerPort}/.well-known/openid-configuration`,
          timeout: 180_000,
          reuseExistingServer: false,
          gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
          stdout: 'ignore',
          stderr: 'pipe',
        },
      ],
});
