// Performance measure (not a test): a first visit on a cheap phone, as issue 9 sets the
// conditions — a cold cache, Chromium's network emulation at 150 ms latency,
// 1.6 Mbit/s down and 750 kbit/s up, and the CPU slowed four times, 360 px wide.
//
// For each load it records how soon Home is usable (its heading and the new plan's
// title box on the page), then follows the menu's "Plans" link, a page whose code is
// a lazily loaded chunk, and records how many files that fetches, how many bytes,
// and how soon the page's heading is shown. The service worker is blocked so the
// page's own fetches are counted, not the worker's precaching beside them.
//
// Run: `cargo xtask perf`, or against a running server:
//   CARES_BASE_URL=http://127.0.0.1:8080 node tests/e2e/perf/first-visit.perf.mjs
// Options (environment): PERF_FIRST_LOADS (default 3), PERF_CPU (4).

import { launchBrowser, url } from '../browser.mjs';

const LOADS = Number(process.env.PERF_FIRST_LOADS ?? 3);
const CPU = Number(process.env.PERF_CPU ?? 4);
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6e6 / 8),
  uploadThroughput: (750e3 / 8),
};

/** One cold visit: Home's time to usable, then the Plans page's files, bytes and time. */
async function visit(browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  const requests = new Map();
  let counting = false;
  const fetched = [];
  cdp.on('Network.requestWillBeSent', (event) => requests.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => {
    if (counting) fetched.push({ url: requests.get(event.requestId), bytes: event.encodedDataLength });
  });
  await page.addInitScript(() => {
    const seen = (name) => [...document.querySelectorAll('h1')].some((h) => h.textContent.trim() === name);
    new MutationObserver(() => {
      if (window.__homeAt === undefined && seen('Your action plans') && document.querySelector('input')) {
        window.__homeAt = performance.now();
      }
      if (window.__clickedAt !== undefined && window.__plansAt === undefined && seen('Your plans')) {
        window.__plansAt = performance.now();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(url('/'), { timeout: 120_000 });
  await page.waitForFunction(() => window.__homeAt !== undefined, null, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  const home = await page.evaluate(() => window.__homeAt);

  counting = true;
  const link = page.getByRole('navigation').getByRole('link', { name: 'Plans', exact: true });
  await link.evaluate((a) => a.addEventListener('click', () => { window.__clickedAt = performance.now(); }, { once: true }));
  await link.click();
  await page.waitForFunction(() => window.__plansAt !== undefined, null, { timeout: 120_000 });
  const plans = await page.evaluate(() => window.__plansAt - window.__clickedAt);
  await context.close();
  const code = fetched.filter((f) => /\.(wasm|bin)$/.test(new URL(f.url).pathname));
  return { home, plans, files: code.length, bytes: code.reduce((sum, f) => sum + f.bytes, 0) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await launchBrowser();
try {
  const runs = [];
  for (let i = 0; i < LOADS; i += 1) runs.push(await visit(browser));
  console.log(`\nA first visit, cold cache, 150 ms / 1.6 Mbit/s down / 750 kbit/s up, ${CPU}× CPU, 360 px (median of ${LOADS}):`);
  console.log(`  Home usable after ${Math.round(median(runs.map((r) => r.home)))} ms; each: ${runs.map((r) => Math.round(r.home)).join(' ')} ms`);
  console.log(`  then "Plans" (a lazily loaded page) shown ${Math.round(median(runs.map((r) => r.plans)))} ms after the click; each: ${runs.map((r) => Math.round(r.plans)).join(' ')} ms`);
  console.log(`  its code: ${runs[0].files} files, ${(runs[0].bytes / 1000).toFixed(1)} KB on the wire`);
} finally {
  await browser.close();
}
