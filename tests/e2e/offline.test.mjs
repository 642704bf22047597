// Working with no signal: after one visit the service worker opens the app offline,
// and the plan saved on this device is still there. The big optional code (the
// spreadsheet reader and writer) is not downloaded on a first visit: it is kept once
// it is used, and works offline from then on.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasText, launchBrowser, mainHeading, openPage, until, url } from './browser.mjs';
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

/** The paths the service worker has stored, once it is installed and in charge. */
async function stored(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const paths = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

const SPREADSHEET_CODE = /^\/split_later_(workbook_of|plan_from_workbook)_/;
const XLSX_BUTTON = 'Download actions as a spreadsheet (.xlsx)';

test('a first visit leaves out the spreadsheet code; once used, it works offline', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  t.after(() => context.close());

  await startPlan(page, 'Wath');
  await addAction(page, 1, { what: 'Run a young carers drop-in after school' });
  await saved(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const first = await stored(page);
  assert.ok(first.some((path) => path.startsWith('/split_session_pages_')), 'every page is kept for offline use');
  assert.deepEqual(first.filter((path) => SPREADSHEET_CODE.test(path)), [], 'the spreadsheet code is not downloaded on a first visit');

  await planNav(page, 'Share').click();
  await mainHeading(page, 'Share and back up');
  const [online] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: XLSX_BUTTON, exact: true }).click(),
  ]);
  assert.equal(online.suggestedFilename(), `${planTitle('Wath')} actions.xlsx`);
  await until(async () => {
    const kept = (await stored(page)).filter((path) => SPREADSHEET_CODE.test(path));
    assert.equal(kept.length, 1, 'the spreadsheet writer is kept once it has been used');
  });

  await context.setOffline(true);
  await page.reload();
  await mainHeading(page, 'Share and back up');
  const [offline] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: XLSX_BUTTON, exact: true }).click(),
  ]);
  assert.equal(offline.suggestedFilename(), `${planTitle('Wath')} actions.xlsx`);
  assert.ok(await offline.path(), 'the workbook is made with no signal');
  assert.deepEqual(errors, [], 'the page should raise no errors');
});
