// Working with no signal: after one visit the service worker opens the app offline,
// and the plan saved on this device is still there.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasText, launchBrowser, mainHeading, openPage, url } from './browser.mjs';
import { actionCard, addAction, planNav, saved, startPlan } from './app.mjs';
import { planTitle } from './documents.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('after a first visit the app and the saved plan open with the network off', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  t.after(() => context.close());

  const id = await startPlan(page, 'Maltby');
  await addAction(page, 1, { what: "Open a carers' café in the library", person: 'Sam Smith' });
  await saved(page);
  // The first visit is over when the service worker has stored the app and taken charge.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  const probe = await page.evaluate(() =>
    fetch(`/not-stored-${Date.now()}.txt`).then(() => 'reached the server', () => 'no network'),
  );
  assert.equal(probe, 'no network', 'the network should really be off for this test');

  await page.reload();
  await mainHeading(page, planTitle('Maltby'));
  await hasText(actionCard(page, "Open a carers' café in the library"), /Lead: .*Sam Smith/);

  // Other screens open too: every route uses the same stored app.
  await page.goto(url('/'));
  await mainHeading(page, 'Your action plans');
  await page.getByRole('link', { name: planTitle('Maltby'), exact: true }).waitFor();
  await page.goto(url(`/plan/${id}/overview`));
  await mainHeading(page, 'Overview');

  // Work done offline is kept too.
  await planNav(page, 'Actions').click();
  await addAction(page, 2, { what: 'Hold a health check day for carers' });
  await page.reload();
  await actionCard(page, 'Hold a health check day for carers').waitFor();
  await page.getByText('Showing 2 of 2 actions', { exact: true }).waitFor();
  assert.deepEqual(errors, [], 'the page should raise no errors');
});
