// A date field: one Tab stop, a day typed as people write it, a clear message for
// one that is not a day (and nothing saved), the calendar button for touch and mouse,
// and a focus that can be seen on it.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasText, launchBrowser, mainHeading, openPage, screenChecks } from './browser.mjs';
import { field, importPlan, saved } from './app.mjs';
import { dateText, fieldDate, planTitle, sampleDocument } from './documents.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** The id of the element with focus. */
function focusedId(page) {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

test('a date takes one Tab stop, is typed day first, and a wrong one is said and not saved', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());

  const doc = sampleDocument('Maltby');
  await importPlan(page, doc);
  await page.getByRole('link', { name: "Open a carers' café in the library", exact: true }).click();
  await mainHeading(page, 'Edit action');
  const due = field(page, 'By when?');
  assert.equal(await due.inputValue(), fieldDate('2030-03-31'), 'a kept day reads day first');
  await hasText(page.locator('#action-due-hint'), 'Day, month and year, like 31/03/2026.');

  // One stop: Tab from the date leaves the field, past its calendar button.
  await due.focus();
  await page.keyboard.press('Tab');
  const next = await focusedId(page);
  assert.notEqual(next, 'action-due', 'Tab leaves the date');
  assert.ok(!next.startsWith('action-due'), `Tab should skip the calendar button and the picker: ${next}`);
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focusedId(page), 'action-due', 'Shift+Tab comes straight back to the date');

  // Typed day first, as people write it; kept after a reload.
  await due.fill('30/06/2031');
  await page.keyboard.press('Tab');
  await saved(page);
  await page.reload();
  await mainHeading(page, 'Edit action');
  assert.equal(await field(page, 'By when?').inputValue(), '30/06/2031');

  // Not a day: the field says so, the plan keeps the day it had.
  await due.fill('31/02/2031');
  await page.keyboard.press('Tab');
  await hasText(page.locator('#action-due-error'), 'Enter a day, month and year, like 31/03/2026.');
  assert.equal(await due.getAttribute('aria-invalid'), 'true');
  assert.match(await due.getAttribute('aria-describedby'), /action-due-error/);
  await screens.check(page, 'date-field-not-a-day');
  await page.reload();
  await mainHeading(page, 'Edit action');
  assert.equal(await field(page, 'By when?').inputValue(), '30/06/2031', 'what was not a day changed nothing');

  // The calendar button is there for touch and mouse, and shows its focus.
  const calendar = page.getByRole('button', { name: 'By when?: choose from a calendar', exact: true });
  const box = await calendar.boundingBox();
  assert.ok(box && box.height >= 44 && box.width >= 44, `the calendar button is big enough to tap: ${JSON.stringify(box)}`);
  const resting = await calendar.evaluate((el) => getComputedStyle(el).backgroundColor);
  // After a key press, focus moved by the app (as a screen reader may) is drawn.
  await due.focus();
  await page.keyboard.press('ArrowLeft');
  const [drawn, focused] = await calendar.evaluate((el) => {
    el.focus();
    return [el.matches(':focus-visible'), getComputedStyle(el).backgroundColor];
  });
  assert.ok(drawn, 'the calendar button takes a visible focus');
  assert.notEqual(focused, resting, 'a focused calendar button looks different');
  const outline = await calendar.evaluate((el) => getComputedStyle(el).boxShadow);
  assert.notEqual(outline, 'none', 'the focus is drawn around it too, not by colour alone');

  // Every date's button stays beside its box, on a phone as on a laptop, and also
  // while the field says what is wrong.
  for (const [state, width] of [['right', 360], ['right', 1280], ['wrong', 360], ['wrong', 1280]]) {
    if (state === 'wrong' && !(await page.locator('#action-due-error').count())) {
      await due.fill('soon');
      await page.keyboard.press('Tab');
      await hasText(page.locator('#action-due-error'), 'Enter a day');
      await screens.check(page, 'date-field-wrong-beside');
    }
    await page.setViewportSize({ width, height: 800 });
    const dates = await page.locator('.date-field').evaluateAll((fields) =>
      fields.map((field) => {
        const box = field.querySelector('input[type=text]').getBoundingClientRect();
        const button = field.querySelector('button').getBoundingClientRect();
        return {
          id: field.querySelector('input[type=text]').id,
          beside: Math.abs(box.top - button.top) < 2 && button.left >= box.right - 1,
          boxWidth: box.width,
          right: button.right,
        };
      }),
    );
    assert.ok(dates.length >= 2, `the due date and a milestone's: ${JSON.stringify(dates)}`);
    for (const date of dates) {
      assert.ok(date.beside, `${date.id} at ${width}px (${state}): the Calendar button is beside the box, not under it`);
      assert.ok(date.right <= width, `${date.id} at ${width}px (${state}): the button is on screen (${date.right}px)`);
      assert.ok(date.boxWidth >= 120, `${date.id} at ${width}px (${state}): the box still shows a whole date (${date.boxWidth}px)`);
    }
    if (state === 'right' && width === 360) await screens.check(page, 'date-field-beside');
  }
  await page.setViewportSize({ width: 360, height: 800 });
  await due.fill('30/06/2031');
  await page.keyboard.press('Tab');
  await saved(page);

  // The due date shows on the plan's list as the day it is.
  await page.getByRole('link', { name: 'Back to the plan', exact: true }).click();
  await mainHeading(page, planTitle('Maltby'));
  await hasText(page.getByRole('listitem').filter({ hasText: "Open a carers' café in the library" }).first(), new RegExp(dateText('2031-06-30')));
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});
