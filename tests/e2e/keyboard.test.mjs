// Using the app with a keyboard alone: the skip link, and every link in the navigation.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { focusedText, launchBrowser, mainHeading, openPage, url } from './browser.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** Presses Tab until the link with this text has focus, failing after a few presses. */
async function tabTo(page, text) {
  for (let presses = 0; presses < 10; presses += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)) === text) {
      return;
    }
  }
  assert.fail(`Tab never reached "${text}"`);
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

test('each navigation link is reached by Tab and opens its page with Enter', async (t) => {
  const { context, page } = await openPage(browser, 1280);
  t.after(() => context.close());

  await page.goto(url('/'));
  await mainHeading(page, 'Plan together for carers where you live');

  await tabTo(page, 'Home');
  await tabTo(page, 'Plans');
  await page.keyboard.press('Enter');
  await page.waitForURL(url('/plans'));
  await mainHeading(page, 'Your plans');

  await tabTo(page, 'About');
  await page.keyboard.press('Enter');
  await page.waitForURL(url('/about'));
  await mainHeading(page, 'About this toolkit');

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focusedText(page), 'Home', 'Shift+Tab should go back through the links in order');
  await page.keyboard.press('Enter');
  await page.waitForURL(url('/'));
  await mainHeading(page, 'Plan together for carers where you live');
});
