// WCAG 2.2 AA checks with axe-core on every page, on a small phone and a laptop, with a
// screenshot of each in tests/screenshots/ for a person to look over.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { WIDTHS, assertNoAxeViolations, launchBrowser, mainHeading, openPage, screenshot, url } from './browser.mjs';

const PAGES = [
  { name: 'home', path: '/', heading: 'Plan together for carers where you live' },
  { name: 'plans', path: '/plans', heading: 'Your plans' },
  { name: 'about', path: '/about', heading: 'About this toolkit' },
  { name: 'not-found', path: '/no-such-page', heading: 'Page not found' },
];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

for (const { name, path, heading } of PAGES) {
  for (const width of WIDTHS) {
    test(`axe finds no WCAG 2.2 AA problems on ${path} at ${width}px`, async (t) => {
      const { context, page, errors } = await openPage(browser, width);
      t.after(() => context.close());

      await page.goto(url(path));
      await mainHeading(page, heading);
      await assertNoAxeViolations(page, `${path} at ${width}px`);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `the page should not scroll sideways (${scrollWidth}px wide)`);
      await screenshot(page, name);
      assert.deepEqual(errors, [], 'the page should raise no errors');
    });
  }
}

test('printing leaves out the navigation and the skip link', async (t) => {
  const { context, page } = await openPage(browser);
  t.after(() => context.close());

  await page.goto(url('/'));
  await mainHeading(page, 'Plan together for carers where you live');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).isVisible(), false);
  assert.equal(await page.getByRole('link', { name: 'Skip to main content' }).isVisible(), false);
  assert.equal(await page.getByRole('heading', { level: 1 }).isVisible(), true);
});
