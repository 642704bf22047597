// Performance measure (not a test): a first visit on a cheap phone, as issue 9 sets the
// conditions — a cold cache, Chromium's network emulation at 150 ms latency,
// 1.6 Mbit/s down and 750 kbit/s up, and the CPU slowed four times, 360 px wide.
//
// Each visit records how soon Home is usable (its heading and the new plan's title
// box on the page), then opens a page whose code is lazily loaded and records how
// many files that fetches, how many bytes, and how soon the page's heading is shown:
// "Start plan" then "Add an action" (what a new person does first) in one visit, and
// the menu's "Help" (a light page) in another. The service worker is blocked so the
// page's own fetches are counted, not the worker's precaching beside them.
//
// Run: `cargo xtask perf`, or against a running server:
//   CARES_BASE_URL=http://127.0.0.1:8080 node tests/e2e/perf/first-visit.perf.mjs
// Options (environment): PERF_FIRST_LOADS (default 3), PERF_CPU (4).

import { launchBrowser, url } from '../browser.mjs';
import { CPU, cheapPhone } from './cheap-phone.mjs';
import { planTitle } from '../documents.mjs';

const LOADS = Number(process.env.PERF_FIRST_LOADS ?? 3);

/** A new page at 360 px with the cold cache and the throttling above, counting what it fetches. */
async function coldPage(browser) {
  const { context, page, cdp } = await cheapPhone(browser);
  const requests = new Map();
  const fetched = [];
  cdp.on('Network.requestWillBeSent', (event) => requests.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => {
    fetched.push({ url: requests.get(event.requestId), bytes: event.encodedDataLength });
  });
  // The time each main heading first appears, by its text, from the navigation's start.
  await page.addInitScript(() => {
    window.__shown = {};
    new MutationObserver(() => {
      for (const heading of document.querySelectorAll('main h1')) {
        const text = heading.textContent.trim();
        if (window.__shown[text] === undefined) window.__shown[text] = performance.now();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  return { context, page, fetched };
}

/** Home, cold: milliseconds to its heading with the new plan's title box on the page. */
async function home(page) {
  await page.goto(url('/'), { timeout: 120_000 });
  await page.getByLabel('Locality name', { exact: true }).waitFor({ timeout: 120_000 });
  const ms = await page.evaluate(() => window.__shown['Your action plans']);
  await page.waitForLoadState('networkidle');
  return ms;
}

/** Clicks `target` and waits for the heading `name`: the wasm files (and packs) it fetched, their bytes, and the milliseconds from click to heading. */
async function opening(page, fetched, target, name) {
  const from = fetched.length;
  const clickedAt = await page.evaluate(() => performance.now());
  await target.click();
  await page.waitForFunction((text) => window.__shown[text] !== undefined, name, { timeout: 120_000 });
  const ms = (await page.evaluate((text) => window.__shown[text], name)) - clickedAt;
  await page.waitForLoadState('networkidle');
  const code = fetched.slice(from).filter((f) => /\.(wasm|bin)$/.test(new URL(f.url).pathname));
  return { ms, files: code.length, bytes: code.reduce((sum, f) => sum + f.bytes, 0) };
}

/** A cold visit to Home, then the menu's "Help" (a light page in a chunk). */
async function helpVisit(browser) {
  const { context, page, fetched } = await coldPage(browser);
  const homeMs = await home(page);
  const help = await opening(page, fetched, page.getByRole('navigation').getByRole('link', { name: 'Help', exact: true }), 'Help');
  await context.close();
  return { home: homeMs, ...help };
}

/** A cold visit to Home, "Start plan" (the plan opens), then "Add an action" (the action editor). */
async function planVisit(browser) {
  const { context, page, fetched } = await coldPage(browser);
  await home(page);
  await page.getByLabel('Locality name', { exact: true }).fill('Maltby');
  const start = await opening(page, fetched, page.getByRole('button', { name: 'Start plan', exact: true }), planTitle('Maltby'));
  const editor = await opening(page, fetched, page.getByRole('button', { name: 'Add an action to area 1', exact: true }), 'New action');
  await context.close();
  return { start, editor };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await launchBrowser();
const each = (runs, key) => runs.map((r) => Math.round(r[key])).join(' ');
const files = (run) => `${run.files} files, ${(run.bytes / 1000).toFixed(1)} KB on the wire`;
try {
  const help = [];
  const start = [];
  const editor = [];
  for (let i = 0; i < LOADS; i += 1) {
    help.push(await helpVisit(browser));
    const plan = await planVisit(browser);
    start.push(plan.start);
    editor.push(plan.editor);
  }
  const line = (what, runs) => `  ${what} ${Math.round(median(runs.map((r) => r.ms)))} ms after the click (each: ${each(runs, 'ms')} ms); code fetched: ${files(runs[0])}`;
  console.log(`\nA first visit, cold cache, 150 ms / 1.6 Mbit/s down / 750 kbit/s up, ${CPU}× CPU, 360 px (median of ${LOADS}):`);
  console.log(`  Home usable after ${Math.round(median(help.map((r) => r.home)))} ms; each: ${each(help, 'home')} ms`);
  console.log(line('then "Start plan": the new plan shown', start));
  console.log(line('then "Add an action": the editor shown', editor));
  console.log(line('or the menu\'s "Help": shown', help));
} finally {
  await browser.close();
}
