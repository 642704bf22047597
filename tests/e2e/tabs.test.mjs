// Two tabs open on one plan: each keeps its own edits, each sees the other's, and a
// reload of either finds both.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasText, isGone, launchBrowser, mainHeading, openPage, until, url, watchErrors } from './browser.mjs';
import { actionCard, addAction, download, field, fillAction, planNav, saved, startPlan } from './app.mjs';
import { planTitle } from './documents.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('two tabs on one plan both keep their edits', async (t) => {
  const { context, page: first, errors } = await openPage(browser);
  t.after(() => context.close());

  const id = await startPlan(first, 'Aston');
  const shared = 'Set up a carers noticeboard in the surgery';
  await addAction(first, 1, { what: shared });

  const second = await context.newPage();
  const secondErrors = watchErrors(second);
  await second.goto(url(`/plan/${id}`));
  await mainHeading(second, planTitle('Aston'));
  await actionCard(second, shared).waitFor();

  // Each tab adds an action without reloading; neither overwrites the other.
  await addAction(first, 2, { what: 'Hold a health check day for carers' });
  await addAction(second, 3, { what: "Ask local employers to sign the carers' charter" });
  for (const page of [first, second]) {
    await actionCard(page, 'Hold a health check day for carers').waitFor();
    await actionCard(page, "Ask local employers to sign the carers' charter").waitFor();
    await page.getByText('Showing 3 of 3 actions', { exact: true }).waitFor();
  }

  // Both tabs change the same action, each a different field, at the same time.
  for (const page of [first, second]) {
    await page.getByRole('link', { name: shared, exact: true }).click();
    await mainHeading(page, 'Edit action');
  }
  await fillAction(first, { measure: 'Number of carers who ask about it: 10 a month' });
  await fillAction(second, { person: 'Jo Bloggs' });
  for (const page of [first, second]) {
    await until(async () => {
      assert.equal(await field(page, 'How will we know it worked?').inputValue(), 'Number of carers who ask about it: 10 a month');
      assert.equal(await field(page, 'Who will lead this? (a person)').inputValue(), 'Jo Bloggs');
    });
  }

  for (const page of [first, second]) {
    await page.goto(url(`/plan/${id}`));
    await mainHeading(page, planTitle('Aston'));
    await page.getByText('Showing 3 of 3 actions', { exact: true }).waitFor();
    await hasText(actionCard(page, shared), /Lead: .*Jo Bloggs/);
    await saved(page);
  }
  await first.reload();
  await first.getByText('Showing 3 of 3 actions', { exact: true }).waitFor();
  await first.getByRole('link', { name: shared, exact: true }).click();
  await mainHeading(first, 'Edit action');
  await until(async () => {
    assert.equal(await field(first, 'How will we know it worked?').inputValue(), 'Number of carers who ask about it: 10 a month');
    assert.equal(await field(first, 'Who will lead this? (a person)').inputValue(), 'Jo Bloggs');
  });
  assert.deepEqual(errors, [], 'the first tab should raise no errors');
  assert.deepEqual(secondErrors, [], 'the second tab should raise no errors');
});

test("a plan's page hears from another tab that a copy was downloaded, and that the plan was deleted", async (t) => {
  const { context, page: first, errors } = await openPage(browser, 360);
  t.after(() => context.close());

  const id = await startPlan(first, 'Rawmarsh');
  await addAction(first, 1, { what: 'Set up a carers noticeboard in the library' });
  await saved(first);

  // Opened by its address: the plan's own page, with the nudge to keep a copy.
  const second = await context.newPage();
  const secondErrors = watchErrors(second);
  await second.goto(url(`/plan/${id}`));
  await mainHeading(second, planTitle('Rawmarsh'));
  const nudge = second.getByRole('note').filter({ hasText: 'Only this device has this plan.' });
  await nudge.waitFor();

  // A copy downloaded in the first tab: the second stops nudging.
  await planNav(first, 'Share').click();
  await mainHeading(first, 'Share and back up');
  await download(first, 'Download a copy');
  await isGone(nudge);

  // Deleted in the first tab: the second says so, rather than showing a plan that is gone.
  await first.goto(url('/plans'));
  await mainHeading(first, 'Your plans');
  const item = first.getByRole('listitem').filter({ has: first.getByRole('link', { name: planTitle('Rawmarsh'), exact: true }) });
  await item.locator('summary', { hasText: 'Rename, archive or delete' }).click();
  await item.getByRole('button', { name: 'Delete', exact: true }).click();
  await item.getByRole('button', { name: 'Yes, delete it', exact: true }).click();
  await hasText(second.getByRole('alert'), 'This plan was replaced or removed in another tab, so changes here can no longer be saved.');
  await isGone(second.getByRole('link', { name: 'Set up a carers noticeboard in the library', exact: true }));
  assert.deepEqual(errors, [], 'the first tab should raise no errors');
  assert.deepEqual(secondErrors, [], 'the second tab should raise no errors');
});
