// Text over a limit is never dropped: a field stops at the core's limit with a count
// as it nears, a giant paste is cut with a message saying so, the header says "Not
// saved" while a field's text is refused, and what was typed but not saved is kept
// on the device and put back after a reload.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasText, isGone, launchBrowser, mainHeading, openPage, screenChecks, until } from './browser.mjs';
import { field, fillAction, planNav, saveStatus, saved, startPlan } from './app.mjs';

/** The most characters a text may have (the core's `MAX_TEXT_CHARS`). */
const LIMIT = 20_000;
const MEASURE = 'How will we know it worked?';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** A new action with its wording saved, open in the editor. */
async function newAction(page, locality) {
  await startPlan(page, locality);
  await page.getByRole('button', { name: 'Add an action to area 1', exact: true }).click();
  await mainHeading(page, 'New action');
  await fillAction(page, { what: "Open a carers' café in the library" });
}

test('a paste over the limit is cut with a message and what fits is still there after a reload', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());

  await newAction(page, 'Maltby');
  const measure = field(page, MEASURE);

  // Near the limit a count appears (and is tied to the field).
  await measure.fill('n'.repeat(18_500));
  const count = page.locator('#action-measure-count');
  await hasText(count, /^18,500 of 20,000 characters$/);
  assert.match((await measure.getAttribute('aria-describedby')) ?? '', /action-measure-count/);

  // A 25,000-character paste in place of it.
  const pasted = Array.from({ length: 25_000 }, (_, i) => 'Carers counted at each café. '[i % 29]).join('');
  await measure.selectText();
  await page.keyboard.insertText(pasted);
  const cut = 'so only the first 20,000 characters of what you pasted were added and the other 5,000 were left out';
  await page.getByText(cut).first().waitFor();
  await hasText(page.getByRole('status').filter({ hasText: 'were left out' }), cut);
  await hasText(count, /^20,000 of 20,000 characters$/);
  assert.equal((await measure.inputValue()).length, LIMIT, 'the field stops at the limit');
  await page.keyboard.press('Tab');
  await saved(page);
  await screens.check(page, 'measure-cut-at-the-limit');

  await page.reload();
  await mainHeading(page, 'Edit action');
  await until(async () => assert.equal(await field(page, MEASURE).inputValue(), pasted.slice(0, LIMIT)));
  // Typing at the limit adds nothing and takes nothing away.
  await field(page, MEASURE).press('End');
  await page.keyboard.type('xyz');
  assert.equal(await field(page, MEASURE).inputValue(), pasted.slice(0, LIMIT));
  await hasText(page.getByRole('status').filter({ hasText: 'the field is full' }), '20,000 of 20,000 characters: the field is full');
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test('text the plan does not hold says "Not saved" and is put back after a reload', async (t) => {
  const { context, page, errors } = await openPage(browser);
  const screens = screenChecks();
  t.after(() => context.close());

  await newAction(page, 'Rawmarsh');

  // A field whose text is refused: the header says so until it is put right.
  const what = field(page, 'What will happen?');
  await what.fill('');
  await page.keyboard.press('Tab');
  await page.getByText('Say what will happen.', { exact: true }).first().waitFor();
  await hasText(saveStatus(page), /^Not saved: see the message by the field/);
  assert.equal(await saveStatus(page).getAttribute('aria-live'), 'polite');
  await screens.check(page, 'editor-not-saved');
  await what.fill("Open a carers' café in the library");
  await page.keyboard.press('Tab');
  await saved(page);

  // The device refuses to store the edit (as when it is full): the words stay.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function refuse() {
      throw new DOMException('The device is full', 'QuotaExceededError');
    };
  });
  const words = 'Number of carers coming: 20 a month';
  await field(page, MEASURE).fill(words);
  await page.keyboard.press('Tab');
  await hasText(saveStatus(page), /^Not saved/);

  await page.reload();
  await mainHeading(page, 'Edit action');
  await until(async () => assert.equal(await field(page, MEASURE).inputValue(), words));
  await page.getByText('This is what you typed here before; it was kept on this device').waitFor();
  // Storage works again after the reload, so the words are saved now. "Saved" alone
  // may still be the page's first state: the device forgets its draft only once the
  // plan it keeps holds the words, so wait for that.
  await until(async () =>
    assert.deepEqual(
      await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('cares.draft.'))),
      [],
      'the draft is forgotten once the plan holds the words',
    ),
  );
  await saved(page);
  await page.reload();
  await mainHeading(page, 'Edit action');
  await until(async () => assert.equal(await field(page, MEASURE).inputValue(), words));
  await isGone(page.getByText('This is what you typed here before'));
  assert.deepEqual(
    errors.filter((e) => !/device is full/.test(e)),
    [],
    'the page should raise no errors',
  );
  screens.assertClean();
});

test("a session's statement and theme name stop at the core's limits, with a count", async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());

  await startPlan(page, 'Wath');
  await planNav(page, 'Sessions').click();
  await mainHeading(page, 'Co-production sessions');
  await field(page, 'Title').fill('What carers in Wath need');
  await page.getByRole('button', { name: 'Start session', exact: true }).click();
  await mainHeading(page, 'What carers in Wath need');

  // The core takes a statement of up to 500 characters (`CONTRIBUTION_MAX_CHARS`).
  const need = field(page, 'I need…');
  await need.fill('a'.repeat(460));
  await hasText(page.locator('#statement-new-count'), /^460 of 500 characters$/);
  await need.press('End');
  await page.keyboard.insertText('b'.repeat(100));
  await page.getByText('only the first 40 characters of what you pasted were added and the other 60 were left out').first().waitFor();
  assert.equal((await need.inputValue()).length, 500, 'the statement stops at the limit');
  await page.getByRole('button', { name: 'Add statement', exact: true }).click();
  await hasText(page.getByRole('status').filter({ hasText: 'Statement added.' }), 'Statement added.');
  await screens.check(page, 'statement-at-the-limit');

  // A theme name, up to 120 (`THEME_NAME_MAX_CHARS`).
  await page.getByRole('button', { name: 'Move on to Group', exact: true }).click();
  const name = field(page, 'Theme name');
  await name.fill('t'.repeat(130));
  assert.equal((await name.inputValue()).length, 120, 'the theme name stops at the limit');
  await hasText(page.locator('#theme-new-count'), /^120 of 120 characters$/);
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

