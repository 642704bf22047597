// The size budget as a phone meets it (a measure that `cargo xtask budget` checks, not a
// test): what Chromium receives from the running cares-server, with a cold cache, for
// three paths until each is usable:
//   - home: the first visit to Home, until "Start a new plan" can be filled in;
//   - actions: a plan's actions page (a plan of a few actions already on the device),
//     until its list shows;
//   - join: a phone scanning the board's QR code (`/join?code=…` of a real session),
//     until the join form can be used.
// Service workers are blocked so the background precache (every chunk, for offline use)
// is not counted: it is not on the way to a usable page.
//
// Prints on stdout one tab-separated line per response: the path measured, the address,
// the status, the content encoding, the body's bytes as sent (compressed) and the
// response head's bytes, as Playwright reads them from Chromium's network events.
//
// Run: `cargo xtask budget`, or against a running `cargo xtask serve`:
//   CARES_BASE_URL=http://127.0.0.1:8080 node tests/e2e/perf/budget.mjs

import { hasText, launchBrowser, mainHeading, url } from '../browser.mjs';
import { jsonFile, sampleDocument, SAMPLE_ACTIONS } from '../documents.mjs';

/** A fresh context (cold cache, no service worker) and a page in it at phone width. */
async function coldPage(browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
  context.setDefaultTimeout(120_000);
  const page = await context.newPage();
  return { context, page };
}

/** Records every response the page receives from now on. */
function recordResponses(page) {
  const finished = [];
  page.on('requestfinished', (request) => {
    finished.push(
      (async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        const address = new URL(request.url());
        return {
          path: address.pathname + address.search,
          status: response?.status() ?? 0,
          encoding: (await response?.headerValue('content-encoding')) ?? 'identity',
          body: sizes.responseBodySize,
          headers: sizes.responseHeadersSize,
        };
      })(),
    );
  });
  page.on('requestfailed', (request) => {
    finished.push(Promise.reject(new Error(`${request.url()} failed: ${request.failure()?.errorText}`)));
  });
  return async () => {
    // Anything still loading once the page is usable is part of its load too.
    await page.waitForLoadState('networkidle');
    return Promise.all(finished);
  };
}

async function home(browser) {
  const { context, page } = await coldPage(browser);
  const responses = recordResponses(page);
  await page.goto(url('/'));
  await mainHeading(page, 'Your action plans');
  await page.getByLabel('Locality name', { exact: true }).waitFor();
  const result = await responses();
  await context.close();
  return result;
}

async function actions(browser) {
  const { context, page } = await coldPage(browser);
  const doc = sampleDocument('Maltby');
  await page.goto(url('/'));
  await mainHeading(page, 'Your action plans');
  await page.getByLabel('Open a plan file', { exact: true }).setInputFiles(jsonFile('maltby.cares.json', doc));
  await page.waitForURL(url(`/plan/${doc.id}`));
  await hasText(page.getByRole('status').filter({ hasText: /Saved on this device|Saving…/ }), 'Saved on this device');
  await page.goto(url('/about'));

  // The plan stays in IndexedDB; the browser's cache is emptied, as on a new visit.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  const fresh = await context.newPage();
  await page.close();
  const responses = recordResponses(fresh);
  await fresh.goto(url(`/plan/${doc.id}`));
  await fresh.getByRole('link', { name: SAMPLE_ACTIONS[0].what, exact: true }).waitFor();
  const result = await responses();
  await context.close();
  return result;
}

async function join(browser) {
  const created = await fetch(url('/api/sessions'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Budget', locality: 'Maltby', date: '2024-05-14', votes_per_person: 3 }),
  });
  if (created.status !== 201) throw new Error(`creating a session: ${created.status} ${await created.text()}`);
  const { code } = await created.json();
  const { context, page } = await coldPage(browser);
  const responses = recordResponses(page);
  await page.goto(url(`/join?code=${code}`));
  await mainHeading(page, 'Join a session');
  await page.getByLabel('Join code', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Join', exact: true }).waitFor();
  const result = await responses();
  await context.close();
  return result;
}

const browser = await launchBrowser();
try {
  for (const [name, measure] of [['home', home], ['actions', actions], ['join', join]]) {
    for (const r of await measure(browser)) {
      process.stdout.write(`${[name, r.path, r.status, r.encoding, r.body, r.headers].join('\t')}\n`);
    }
  }
} finally {
  await browser.close();
}
