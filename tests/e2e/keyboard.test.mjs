// Using the app with a keyboard alone: the skip link, the plan's navigation, and a
// focus that can always be seen.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { focusedText, launchBrowser, mainHeading, openPage, url } from './browser.mjs';
import { importPlan } from './app.mjs';
import { planTitle, sampleDocument } from './documents.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** Presses Tab until the element with this text has focus, failing after many presses. */
async function tabTo(page, text, presses = 40) {
  for (let i = 0; i < presses; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)) === text) {
      return;
    }
  }
  assert.fail(`Tab never reached "${text}"`);
}

/** True when the focused element draws an outline or a ring a person can see. */
function focusIsVisible(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow && style.boxShadow !== 'none';
    return outline || Boolean(ring);
  });
}

test('the first Tab shows the skip link, which moves focus to the main content', async (t) => {
  const { context, page } = await openPage(browser, 360);
  t.after(() => context.close());

  await page.goto(url('/about'));
  await mainHeading(page, 'About this toolkit');
  await page.keyboard.press('Tab');
  assert.equal(await focusedText(page), 'Skip to main content');
  const box = await page.getByRole('link', { name: 'Skip to main content' }).boundingBox();
  assert.ok(box && box.y >= 0 && box.height >= 44, `the focused skip link should be on screen and tall enough to tap: ${JSON.stringify(box)}`);

  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'MAIN');
  assert.equal(page.url(), url('/about'), 'skipping should not change the page');
});

test("the plan's navigation is reached by Tab, shows its focus, and opens each page with Enter", async (t) => {
  const { context, page } = await openPage(browser, 1280);
  t.after(() => context.close());

  const doc = sampleDocument('Maltby');
  await importPlan(page, doc);
  await tabTo(page, 'Overview');
  assert.ok(await focusIsVisible(page), 'the focused link should show where focus is');
  await page.keyboard.press('Enter');
  await page.waitForURL(url(`/plan/${doc.id}/overview`));
  await mainHeading(page, 'Overview');

  await tabTo(page, 'Share');
  await page.keyboard.press('Enter');
  await page.waitForURL(url(`/plan/${doc.id}/share`));
  await mainHeading(page, 'Share and back up');

  await tabTo(page, 'Actions');
  await page.keyboard.press('Enter');
  await page.waitForURL(url(`/plan/${doc.id}`));
  await mainHeading(page, planTitle('Maltby'));

  // The first action can be opened from the keyboard too.
  await tabTo(page, "Open a carers' café in the library", 80);
  assert.ok(await focusIsVisible(page), 'the focused action link should show where focus is');
  await page.keyboard.press('Enter');
  await mainHeading(page, 'Edit action');
});
