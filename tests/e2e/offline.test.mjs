// Working with no signal: after one visit the service worker opens the app offline.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, mainHeading, openPage, url } from './browser.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('after a first visit the app opens with the network off', async (t) => {
  const { context, page } = await openPage(browser, 360);
  t.after(() => context.close());

  await page.goto(url('/'));
  await mainHeading(page, 'Plan together for carers where you live');
  // The first visit is over when the service worker has stored the app and taken charge.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  const probe = await page.evaluate(() =>
    fetch(`/not-stored-${Date.now()}.txt`).then(() => 'reached the server', () => 'no network'),
  );
  assert.equal(probe, 'no network', 'the network should really be off for this test');

  await page.reload();
  await mainHeading(page, 'Plan together for carers where you live');
  await page.getByText('Carer Cornerstones').waitFor();

  // A page not visited yet opens too: every route uses the same stored app.
  await page.goto(url('/about'));
  await mainHeading(page, 'About this toolkit');
});
