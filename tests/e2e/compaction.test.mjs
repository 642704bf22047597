// A copy of a plan that was compacted elsewhere (its older history folded into one
// snapshot) merges into the copy on this device, and what it folded is still there
// after a reload; a copy with changes made before that checkpoint is told so in
// plain words, and nothing changes.
//
// The two copies are the core's, written by `cargo test -p cares-core --test
// browser_fixtures` into fixtures/compacted.json: `early` has the first two of a
// laptop's four changes, `compacted` all four with the first three folded in.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { hasText, launchBrowser, mainHeading, openPage, screenChecks } from './browser.mjs';
import { actionCard, field, importPlan, planNav, saved } from './app.mjs';
import { jsonFile } from './documents.mjs';

const COPIES = JSON.parse(readFileSync(new URL('./fixtures/compacted.json', import.meta.url), 'utf8'));
const MEASURE = 'How will we know it worked?';
const CAFE = 'Open a carers café';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** The café's measure, as its editor shows it. */
async function cafeMeasure(page) {
  await planNav(page, 'Actions').click();
  await actionCard(page, CAFE).getByRole('link', { name: CAFE, exact: true }).click();
  await mainHeading(page, 'Edit action');
  return field(page, MEASURE).inputValue();
}

/** Share page: "Open someone else's file" with the compacted copy. */
async function offerCompactedCopy(page) {
  await planNav(page, 'Share').click();
  await mainHeading(page, 'Share and back up');
  await page
    .getByLabel("Open someone else's file", { exact: true })
    .setInputFiles(jsonFile('Maltby.cares.json', COPIES.compacted));
}

for (const width of [360, 1280]) {
  test(`a compacted copy merges in and what it folded survives a reload (${width} px)`, async (t) => {
    const { page, context, errors } = await openPage(browser, width);
    t.after(() => context.close());
    const screens = screenChecks();

    await importPlan(page, COPIES.early);
    assert.equal(await cafeMeasure(page), '20 carers a month');

    await offerCompactedCopy(page);
    await page.getByRole('button', { name: 'Merge their changes into mine', exact: true }).click();
    await hasText(page.getByText(/^Merged: \d+ new changes?\.$/), /Merged: 1 new change\./);
    await saved(page);
    await screens.check(page, 'compaction-merged');
    assert.equal(await cafeMeasure(page), '30 carers a month', 'the change only the snapshot holds');

    await page.reload();
    await mainHeading(page, 'Edit action');
    await saved(page);
    assert.equal(await field(page, MEASURE).inputValue(), '30 carers a month', 'kept after a reload');
    await planNav(page, 'Actions').click();
    await hasText(actionCard(page, 'Run a drop-in'), 'Run a drop-in');

    assert.deepEqual(errors, [], 'the page should raise no errors');
    screens.assertClean();
  });
}

test('a copy changed before the checkpoint is told plainly and keeps its change', async (t) => {
  const { page, context, errors } = await openPage(browser, 360);
  t.after(() => context.close());
  const screens = screenChecks();

  await importPlan(page, COPIES.early);
  // Made here while the other copy was being compacted: stamped at its checkpoint.
  await cafeMeasure(page);
  await field(page, MEASURE).fill('25 carers a month');
  await page.keyboard.press('Tab');
  await saved(page);

  await offerCompactedCopy(page);
  const choice = page.getByRole('group', { name: /This file is a copy of this plan, but the two cannot be merged/ });
  await hasText(choice, /one copy has changes made before the other was tidied up/);
  await hasText(choice, /make them again in the newer copy/);
  const said = await choice.innerText();
  assert.doesNotMatch(said, /[0-9a-f]{8}-[0-9a-f]{4}-/, 'no device ids for a person to read');
  await screens.check(page, 'compaction-before-checkpoint');

  assert.equal(await cafeMeasure(page), '25 carers a month', 'nothing was changed');
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});
