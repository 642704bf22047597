// What every browser test shares: launching Debian's Chromium, a fresh context per
// test, the axe-core accessibility check and screenshots.
//
// The app's address comes from CARES_BASE_URL (`cargo xtask test` sets it); by default
// it is `cargo xtask serve`'s http://127.0.0.1:8080, so a person can run
// `node --test tests/e2e/` against a server they started.

import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Where the app is served, without a trailing slash. */
export const baseUrl = (process.env.CARES_BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');

/** The widths every page is checked at: a small phone and a laptop. */
export const WIDTHS = [360, 1280];

/** The WCAG 2.2 AA rules axe runs. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');
const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** The full address of a path in the app, e.g. url('/plans'). */
export function url(path) {
  return `${baseUrl}${path}`;
}

/** Debian's Chromium, headless; never a browser Playwright would download. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh context (no cookies, storage or service worker from another test) and a page
 * at the given width. Uncaught errors in the page are collected in `errors`.
 * Close it with `t.after(() => context.close())`.
 */
export async function openPage(browser, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** Waits for the page's main heading, which the app renders once it has started. */
export async function mainHeading(page, name) {
  const heading = page.getByRole('heading', { level: 1, name, exact: true });
  await heading.waitFor();
  return heading;
}

/** Runs axe-core's WCAG 2.2 AA rules on the page and fails listing every violation. */
export async function assertNoAxeViolations(page, label) {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_TAGS,
  );
  const report = results.violations.map((violation) => {
    const nodes = violation.nodes
      .map((node) => `    at ${node.target.join(' ')}\n      ${node.failureSummary.replace(/\n/g, '\n      ')}`)
      .join('\n');
    return `  ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
  });
  assert.equal(
    results.violations.length,
    0,
    `axe found ${results.violations.length} accessibility problem(s) on ${label}:\n${report.join('\n')}`,
  );
}

/** Saves a full-page screenshot as tests/screenshots/<name>-<width>.png. */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: `${SCREENSHOTS}${name}-${width}.png`, fullPage: true });
}

/** The visible text of the element that has keyboard focus. */
export function focusedText(page) {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}
