// Merging a colleague's copy never overwrites without a word: the Share page says
// what merging will change before anything happens, then lists every field both
// people changed with both values, and "Keep mine" puts mine back for good.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasText, launchBrowser, mainHeading, openPage, screenChecks } from './browser.mjs';
import { actionCard, download, field, importPlan, planNav, saved } from './app.mjs';
import { SAMPLE_ACTIONS, jsonFile, sampleDocument } from './documents.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const MEASURE = 'How will we know it worked?';

/** Opens an action's editor from the plan and sets its measure. */
async function setMeasure(page, what, measure) {
  await planNav(page, 'Actions').click();
  await actionCard(page, what).getByRole('link', { name: what, exact: true }).click();
  await mainHeading(page, 'Edit action');
  await field(page, MEASURE).fill(measure);
  await page.keyboard.press('Tab');
  await saved(page);
}

/** The measure the action's editor shows. */
async function measureOf(page, what) {
  await planNav(page, 'Actions').click();
  await actionCard(page, what).getByRole('link', { name: what, exact: true }).click();
  await mainHeading(page, 'Edit action');
  return field(page, MEASURE).inputValue();
}

test("merging a colleague's copy shows both values of a measure we both changed, and keeping mine lasts", async (t) => {
  const mine = await openPage(browser);
  t.after(() => mine.context.close());
  const theirs = await openPage(browser, 360);
  t.after(() => theirs.context.close());
  const screens = screenChecks();

  const doc = sampleDocument('Maltby');
  const cafe = SAMPLE_ACTIONS[0].what;
  await importPlan(mine.page, doc);
  await importPlan(theirs.page, doc);
  await setMeasure(mine.page, cafe, '40 carers a month');
  // Two edits on their side, so theirs is the later one and the merge keeps it.
  await setMeasure(theirs.page, cafe, '50 carers a month');
  await setMeasure(theirs.page, cafe, '60 carers a month');
  await planNav(theirs.page, 'Share').click();
  await mainHeading(theirs.page, 'Share and back up');
  const file = await download(theirs.page, 'Download a copy');

  await planNav(mine.page, 'Share').click();
  await mainHeading(mine.page, 'Share and back up');
  await mine.page.getByLabel("Open someone else's file", { exact: true }).setInputFiles(jsonFile(file.name, file.text));
  // Before anything is merged: what will change, and that we both changed something.
  const choice = mine.page.getByRole('group', { name: 'This file is a copy of this plan.' });
  await hasText(choice, `“${cafe}”: measure changed`);
  await hasText(choice, 'You both changed 1 thing differently.');
  await screens.check(mine.page, 'merge-preview');
  assert.equal(await measureOf(mine.page, cafe), '40 carers a month', 'the preview changes nothing');

  await planNav(mine.page, 'Share').click();
  await mainHeading(mine.page, 'Share and back up');
  await mine.page.getByLabel("Open someone else's file", { exact: true }).setInputFiles(jsonFile(file.name, file.text));
  await mine.page.getByRole('button', { name: 'Merge their changes into mine', exact: true }).click();
  await hasText(mine.page.getByText(/^Merged: \d+ new changes?\.$/), /Merged: [1-9]\d* new changes?\./);

  const conflicts = mine.page.getByRole('region', { name: 'You both changed these' });
  const item = conflicts.getByRole('listitem', { name: `Measure: “${cafe}”` });
  await hasText(item, /Yours\s*40 carers a month/);
  await hasText(item, /Theirs\s*60 carers a month/);
  await hasText(item, 'The plan now has theirs: 60 carers a month');
  await screens.check(mine.page, 'merge-conflicts');

  await item.getByRole('button', { name: 'Keep mine', exact: true }).click();
  await hasText(item, 'Kept yours: 40 carers a month');
  await saved(mine.page);
  assert.equal(await measureOf(mine.page, cafe), '40 carers a month');

  await mine.page.reload();
  await mainHeading(mine.page, 'Edit action');
  await saved(mine.page);
  assert.equal(await field(mine.page, MEASURE).inputValue(), '40 carers a month', 'kept after a reload');

  assert.deepEqual(mine.errors, [], 'my page should raise no errors');
  assert.deepEqual(theirs.errors, [], 'their page should raise no errors');
  screens.assertClean();
});
