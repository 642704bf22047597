// What every browser test shares: launching Debian's Chromium, a fresh context per
// test, waiting the way Playwright's expect does, the axe-core accessibility check
// and screenshots.
//
// The app's address comes from CARES_BASE_URL (`cargo xtask test` sets it); by default
// it is `cargo xtask serve`'s http://127.0.0.1:8080, so a person can run
// `node --test tests/e2e/` against a server they started.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

/** How long a test waits for something to appear before it fails. */
export const WAIT_MS = 10_000;

/** How often `until` looks again. */
const POLL_MS = 50;

// Run with evaluate, which the page's Content-Security-Policy does not govern (a
// script tag added to the page would be blocked as inline script).
const AXE_SCRIPT = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** The full address of a path in the app, e.g. url('/about'). */
export function url(path) {
  return `${baseUrl}${path}`;
}

/**
 * Debian's Chromium, headless; never a browser Playwright would download. Every
 * context made from it watches for Content-Security-Policy violations (see
 * `watchPolicy`), so a test fails on any.
 */
export async function launchBrowser() {
  const browser = await chromium.launch({
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
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => watchPolicy(await newContext(options));
  return browser;
}

/** What the page reports when the Content-Security-Policy blocks something. */
const POLICY_MESSAGE = /Content[ -]Security[ -]Policy/i;

/**
 * Fails the test on any Content-Security-Policy violation in the context's pages: a
 * `securitypolicyviolation` event (caught by an init script, which the policy does not
 * govern) or a console message about the policy. Each one is also put into the
 * page's `errors` (see `watchErrors`); closing the context throws if there were any,
 * for tests that do not look at `errors`.
 */
async function watchPolicy(context) {
  const violations = [];
  context.policyViolations = violations;
  await context.exposeBinding('__caresPolicyViolation', ({ page }, report) => {
    violations.push(report);
    page?.emit('policyviolation', report);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      window.__caresPolicyViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${where}`,
      );
    });
  });
  context.on('console', (message) => {
    if (POLICY_MESSAGE.test(message.text())) {
      violations.push(message.text());
      message.page()?.emit('policyviolation', message.text());
    }
  });
  const close = context.close.bind(context);
  context.close = async (options) => {
    await close(options);
    assert.deepEqual(violations, [], `the Content-Security-Policy was violated:\n${violations.join('\n')}`);
  };
  return context;
}

/**
 * A fresh context (no cookies, storage or service worker from another test) and a page
 * at the given width. Uncaught errors in the page are collected in `errors`.
 * Close it with `t.after(() => context.close())`.
 */
export async function openPage(browser, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, acceptDownloads: true });
  context.setDefaultTimeout(WAIT_MS);
  const page = await context.newPage();
  const errors = watchErrors(page);
  return { context, page, errors };
}

/**
 * Collects the page's uncaught errors and Content-Security-Policy violations, to
 * check at the end of a test.
 */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('policyviolation', (report) => errors.push(`Content-Security-Policy: ${report}`));
  return errors;
}

/** Waits for the page's main heading, which the app renders once it has started. */
export async function mainHeading(page, name) {
  const heading = page.getByRole('heading', { level: 1, name, exact: true });
  await heading.waitFor();
  return heading;
}

/**
 * Retries `check` (which throws while things are not as expected) until it passes or
 * the time is up, then fails with its last error: Playwright's expect, for node:test.
 */
export async function until(check, timeout = WAIT_MS) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) {
        throw error;
      }
    }
    // A poll interval, as Playwright's expect uses: the check decides when to stop.
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Waits until a locator's visible text matches (a string is looked for inside it). */
export async function hasText(locator, expected, timeout = WAIT_MS) {
  return until(
    async () => {
      const text = (await locator.innerText({ timeout: 1_000 })).replace(/\s+/g, ' ').trim();
      if (typeof expected === 'string') {
        assert.ok(text.includes(expected), `expected "${expected}" in "${text}"`);
      } else {
        assert.match(text, expected);
      }
      return text;
    },
    timeout,
  );
}

/** Waits until a locator matches exactly `count` elements. */
export async function hasCount(locator, count, timeout = WAIT_MS) {
  return until(async () => assert.equal(await locator.count(), count), timeout);
}

/** Waits until the element is gone or hidden. */
export function isGone(locator, timeout = WAIT_MS) {
  return locator.first().waitFor({ state: 'hidden', timeout });
}

/** Runs axe-core's WCAG 2.2 AA rules on the page; returns a report of each violation. */
export async function axeViolations(page) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) {
    await page.evaluate(AXE_SCRIPT);
  }
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_TAGS,
  );
  return results.violations.map((violation) => {
    const nodes = violation.nodes
      .map((node) => `    at ${node.target.join(' ')}\n      ${node.failureSummary.replace(/\n/g, '\n      ')}`)
      .join('\n');
    return `  ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
  });
}

/** Runs axe-core's WCAG 2.2 AA rules on the page and fails listing every violation. */
export async function assertNoAxeViolations(page, label) {
  const report = await axeViolations(page);
  assert.equal(report.length, 0, `axe found ${report.length} accessibility problem(s) on ${label}:\n${report.join('\n')}`);
}

/** Saves a full-page screenshot as tests/screenshots/<name>-<width>.png. */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: `${SCREENSHOTS}${name}-${width}.png`, fullPage: true });
}

/**
 * Looks at the screen as it is now at each width: what axe finds, and whether the
 * page scrolls sideways; keeps a screenshot of each. Returns the problems found.
 * Leaves the page at the width it had.
 */
export async function screenProblems(page, name) {
  const before = page.viewportSize() ?? { width: 1280, height: 800 };
  const problems = [];
  try {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const report = await axeViolations(page);
      if (report.length) {
        problems.push(`axe found ${report.length} accessibility problem(s) on ${name} at ${width}px:\n${report.join('\n')}`);
      }
      const wide = await page.evaluate((limit) => {
        // Right-to-left pages overflow to the left (scrollWidth counts either side).
        const over = [...document.querySelectorAll('body *')].filter((el) => {
          const box = el.getBoundingClientRect();
          return box.right > limit + 1 || box.left < -1;
        });
        // The outermost elements that stick out say where to look.
        const outer = over.filter((el) => !over.includes(el.parentElement));
        return {
          scrollWidth: document.documentElement.scrollWidth,
          culprits: outer.slice(0, 3).map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)}px)`),
        };
      }, width);
      if (wide.scrollWidth > width) {
        problems.push(`${name} scrolls sideways at ${width}px: the page is ${wide.scrollWidth}px wide (${wide.culprits.join(', ')})`);
      }
      await screenshot(page, name);
    }
  } finally {
    await page.setViewportSize(before);
  }
  return problems;
}

/** Checks the screen as it is now at each width, failing on the first screen with a problem. */
export async function checkScreen(page, name) {
  const problems = await screenProblems(page, name);
  assert.deepEqual(problems, [], problems.join('\n'));
}

/**
 * Screen checks for a flow: each screen is looked at where the flow reaches it, and the
 * test fails at its end listing every screen with a problem, so a layout or axe
 * problem does not hide what the flow goes on to test.
 */
export function screenChecks() {
  const found = [];
  return {
    async check(page, name) {
      found.push(...(await screenProblems(page, name)));
    },
    assertClean() {
      assert.deepEqual(found, [], `screen problems:\n${found.join('\n')}`);
    },
  };
}

/** Waits two frames: whatever the page does "once it is drawn" (such as moving focus) is done. */
export function nextFrames(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** The visible text of the element that has keyboard focus. */
export function focusedText(page) {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}
