import { CDPSession, expect, Page, signIn, test, USERS } from './support';

/** What a page load fetched over the network: every request, its bytes on the wire and whether the cache answered. */
interface Fetched {
  url: string;
  bytes: number;
  fromCache: boolean;
}

/** Records the network traffic of one load of the app's start page, as Chromium itself counts it. */
async function load(page: Page, cdp: CDPSession): Promise<Fetched[]> {
  const fetched = new Map<string, Fetched>();
  const onResponse = (e: {
    requestId: string;
    response: { url: string; fromDiskCache?: boolean; fromPrefetchCache?: boolean };
  }) => {
    fetched.set(e.requestId, {
      url: e.response.url,
      bytes: 0,
      fromCache: !!(e.response.fromDiskCache || e.response.fromPrefetchCache),
    });
  };
  const onFromCache = (e: { requestId: string }) => {
    const f = fetched.get(e.requestId);
    if (f) f.fromCache = true;
  };
  const onFinished = (e: { requestId: string; encodedDataLength: number }) => {
    const f = fetched.get(e.requestId);
    if (f) f.bytes = e.encodedDataLength;
  };
  // From a blank page, so that nothing the previous page still had under way is counted.
  await page.goto('about:blank');
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.requestServedFromCache', onFromCache);
  cdp.on('Network.loadingFinished', onFinished);
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  cdp.off('Network.responseReceived', onResponse);
  cdp.off('Network.requestServedFromCache', onFromCache);
  cdp.off('Network.loadingFinished', onFinished);
  return [...fetched.values()];
}

const path = (url: string) => new URL(url).pathname;
/** Calls to the API and to the sign-in server: answers about the user's data, never cached by the app. */
const isApiCall = (pathname: string) => /^\/(api|connect|\.well-known)\//.test(pathname);

test("a leader's start page transfers under 200 kB, and a returning leader's only index.html and API calls", async ({
  page,
}) => {
  await signIn(page, USERS.leader.userName);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');

  await cdp.send('Network.clearBrowserCache');
  const fresh = await load(page, cdp);
  const total = fresh.reduce((sum, f) => sum + f.bytes, 0);
  const listing = fresh.map((f) => `${path(f.url)} ${f.bytes}`).join('\n');
  console.log(
    `First load of / for a signed-in leader: ${fresh.length} requests, ${total} bytes\n${listing}`,
  );
  expect(
    fresh.some((f) => /\/main-[^/]+\.js$/.test(f.url)),
    'the app itself was fetched',
  ).toBe(true);
  expect(total, `bytes of the first load:\n${listing}`).toBeLessThan(200 * 1024);

  const again = await load(page, cdp);
  const fromNetwork = again.filter((f) => !f.fromCache).map((f) => path(f.url));
  expect(fromNetwork.filter((p) => !isApiCall(p))).toEqual(['/']);
  expect(again.some((f) => f.fromCache && /\/main-[^/]+\.js$/.test(f.url))).toBe(true);
});
