// Sharing a plan through the server with a link: the link has the plan's own key,
// a button copies it, it opens the plan in another browser (which keeps it), and a
// link that opens nothing says what to do.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { hasText, launchBrowser, mainHeading, openPage, screenChecks, url } from './browser.mjs';
import { importPlan, planNav } from './app.mjs';
import { SAMPLE_ACTIONS, planTitle, sampleDocument } from './documents.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('a plan shared with a link opens in another browser, and the link can be copied again later', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url('') });

  const doc = sampleDocument('Maltby');
  await importPlan(page, doc);
  await planNav(page, 'Share').click();
  await mainHeading(page, 'Share and back up');
  const section = page.locator('section').filter({
    has: page.getByRole('heading', { level: 2, name: 'Share with a link', exact: true }),
  });
  await section.getByRole('button', { name: 'Make a link', exact: true }).click();
  await section.getByRole('status').filter({ hasText: 'Link made.' }).waitFor();
  const box = section.getByLabel('Link to this plan', { exact: true });
  const link = await box.inputValue();
  assert.match(link, new RegExp(`/plans#share=${doc.id}\\.[^.\\s]+`), 'the link names the plan and carries its key after the #');
  await screens.check(page, 'share-link-made');

  await section.getByRole('button', { name: 'Copy the link', exact: true }).click();
  await section.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

  // The link is kept on this device: the Share page shows it again.
  await page.reload();
  await mainHeading(page, 'Share and back up');
  assert.equal(await section.getByLabel('Link to this plan', { exact: true }).inputValue(), link);

  // Someone else opens the link: the plan opens, kept on their device, and the key
  // leaves the address.
  const other = await openPage(browser, 1280);
  t.after(() => other.context.close());
  await other.page.goto(link);
  await other.page.waitForURL(url(`/plan/${doc.id}`));
  await mainHeading(other.page, planTitle('Maltby'));
  await other.page.getByText(`Showing ${SAMPLE_ACTIONS.length} of ${SAMPLE_ACTIONS.length} actions`, { exact: true }).waitFor();
  assert.doesNotMatch(other.page.url(), /share=/);
  await other.page.goto(url('/plans'));
  await other.page.getByRole('link', { name: planTitle('Maltby'), exact: true }).waitFor();

  // Opening it again where it is already kept (from a new page, as a link in an email
  // opens) says so, and links to it.
  await other.page.goto(url('/'));
  await mainHeading(other.page, 'Your action plans');
  await other.page.goto(link);
  await hasText(other.page.getByRole('status').filter({ hasText: 'already on this device' }), 'already on this device');
  await other.page.getByRole('link', { name: 'Open the plan', exact: true }).waitFor();
  await screens.check(other.page, 'share-link-opened-again');

  assert.deepEqual(errors, [], 'the page should raise no errors');
  assert.deepEqual(other.errors, [], 'the other page should raise no errors');
  screens.assertClean();
});

test('a link that opens nothing says what to do, and keeps nothing', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());
  await page.goto(url(`/plans#share=${randomUUID()}.not-a-real-key`));
  await mainHeading(page, 'Your plans');
  await page.getByRole('alert').filter({ hasText: 'This link does not open a plan any more.' }).waitFor();
  await page.getByText('No plans yet.', { exact: true }).waitFor();
  await screens.check(page, 'share-link-broken');
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});
