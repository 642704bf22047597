// Looking after the plans on this device: renaming one, archiving it out of the way
// and back, and deleting it, with a question first and "Undo" for a while after.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasText, isGone, launchBrowser, mainHeading, openPage, screenChecks, url } from './browser.mjs';
import { importPlan } from './app.mjs';
import { SAMPLE_ACTIONS, planTitle, sampleDocument } from './documents.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** The plans page, read. */
async function plansPage(page) {
  await page.goto(url('/plans'));
  await mainHeading(page, 'Your plans');
}

/** A plan in the list, found by the link named by its title. */
function planItem(page, title) {
  return page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

/** Opens "Rename, archive or delete" under a plan. */
async function manage(item) {
  await item.locator('summary', { hasText: 'Rename, archive or delete' }).click();
}

test('a plan can be renamed, archived, brought back, deleted and undeleted', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());

  const maltby = sampleDocument('Maltby');
  const wath = sampleDocument('Wath');
  await importPlan(page, maltby);
  await importPlan(page, wath);
  await plansPage(page);
  let item = planItem(page, planTitle('Maltby'));
  await item.waitFor();

  // Rename: a blank title is refused on the field; a new one shows at once, and in
  // the plan itself.
  await manage(item);
  const newTitle = item.getByLabel('New title', { exact: true });
  assert.equal(await newTitle.inputValue(), planTitle('Maltby'));
  await newTitle.fill('   ');
  await item.getByRole('button', { name: 'Rename', exact: true }).click();
  await hasText(item, 'Give the plan a title.');
  await screens.check(page, 'plans-rename-blank');
  await newTitle.fill('Maltby carers 2025');
  await item.getByRole('button', { name: 'Rename', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Renamed to “Maltby carers 2025”.' }).waitFor();
  item = planItem(page, 'Maltby carers 2025');
  await item.getByRole('link', { name: 'Maltby carers 2025', exact: true }).click();
  await mainHeading(page, 'Maltby carers 2025');
  await plansPage(page);

  // Archive: out of the list, into "Archived plans", and back.
  item = planItem(page, 'Maltby carers 2025');
  await manage(item);
  await item.getByRole('button', { name: 'Archive', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Archived “Maltby carers 2025”.' }).waitFor();
  const archived = page.locator('details.plan-list__archived');
  await archived.locator('summary', { hasText: 'Archived plans (1)' }).waitFor();
  assert.equal(await item.isVisible(), false, 'an archived plan is folded away');
  await planItem(page, planTitle('Wath')).waitFor();
  await archived.locator('summary', { hasText: 'Archived plans' }).click();
  await hasText(archived, /Archived \d/);
  await screens.check(page, 'plans-archived');
  await page.reload();
  await mainHeading(page, 'Your plans');
  await page.locator('details.plan-list__archived summary', { hasText: 'Archived plans (1)' }).click();
  item = planItem(page, 'Maltby carers 2025');
  await manage(item);
  await item.getByRole('button', { name: 'Put back in your plans', exact: true }).click();
  await page.getByRole('status').filter({ hasText: '“Maltby carers 2025” is back in your plans.' }).waitFor();
  await isGone(page.locator('details.plan-list__archived'));

  // Delete: asked first; "Keep it" keeps it.
  item = planItem(page, 'Maltby carers 2025');
  await manage(item);
  await item.getByRole('button', { name: 'Delete', exact: true }).click();
  await hasText(item, 'Delete this plan from this device?');
  await screens.check(page, 'plans-delete-question');
  await item.getByRole('button', { name: 'Keep it', exact: true }).click();
  await item.getByRole('button', { name: 'Delete', exact: true }).waitFor();
  await item.getByRole('button', { name: 'Delete', exact: true }).click();
  await item.getByRole('button', { name: 'Yes, delete it', exact: true }).click();
  const undone = page.getByRole('status').filter({ hasText: 'Deleted “Maltby carers 2025” from this device.' });
  await undone.waitFor();
  await isGone(planItem(page, 'Maltby carers 2025'));
  await screens.check(page, 'plans-deleted');

  // Undo puts it back whole: its title, its actions.
  await undone.getByRole('button', { name: 'Undo', exact: true }).click();
  await page.getByRole('status').filter({ hasText: '“Maltby carers 2025” is back on this device.' }).waitFor();
  await planItem(page, 'Maltby carers 2025').getByRole('link').click();
  await mainHeading(page, 'Maltby carers 2025');
  await page.getByText(`Showing ${SAMPLE_ACTIONS.length} of ${SAMPLE_ACTIONS.length} actions`, { exact: true }).waitFor();

  // Deleted for good: not there after a reload.
  await plansPage(page);
  item = planItem(page, 'Maltby carers 2025');
  await manage(item);
  await item.getByRole('button', { name: 'Delete', exact: true }).click();
  await item.getByRole('button', { name: 'Yes, delete it', exact: true }).click();
  await undone.waitFor();
  await page.reload();
  await mainHeading(page, 'Your plans');
  await planItem(page, planTitle('Wath')).waitFor();
  assert.equal(await planItem(page, 'Maltby carers 2025').count(), 0);
  await page.goto(url(`/plan/${maltby.id}`));
  await mainHeading(page, 'Plan not found');
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});
