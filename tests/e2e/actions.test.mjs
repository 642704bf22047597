// Writing actions: adding them under an area of focus, the SMART hints that change as
// a person types, rating progress with evidence, the history, and finding it all
// again after a reload.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasCount, hasText, isGone, launchBrowser, mainHeading, openPage, screenChecks, until } from './browser.mjs';
import { RATING, actionCard, addAction, field, fillAction, listAfter, rate, saved, startPlan } from './app.mjs';
import { AREAS, dateText, fieldDate, isoToday, planTitle } from './documents.mjs';

const HINTS = 'What this action still needs';
const NO_LEAD = 'Who will lead this? Name a person or an organisation.';
const NO_MEASURE = 'How will we know it worked? Add an outcome measure.';
const NOT_COUNTABLE = 'How will we count it? Add a number, a target or what will be counted.';
const NO_DATE = 'By when? Add a date.';
const ALL_DONE = 'This action has everything it needs.';
const VAGUE_ACTION = 'What exactly will happen? Say what will be done, such as a talk, a stall or a leaflet, and where.';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** The SMART hints region of the action editor. */
function hints(page) {
  return page.getByRole('region', { name: HINTS, exact: true });
}

/** Waits until the hints region shows exactly these messages (or the all-done line). */
async function hintsAre(page, expected) {
  const region = hints(page);
  return until(async () => {
    const text = (await region.innerText({ timeout: 1_000 })).replace(/\s+/g, ' ');
    for (const message of expected) {
      assert.ok(text.includes(message), `the hints should say "${message}": "${text}"`);
    }
    for (const message of [NO_LEAD, NO_MEASURE, NOT_COUNTABLE, NO_DATE, ALL_DONE]) {
      if (!expected.includes(message)) {
        assert.ok(!text.includes(message), `the hints should no longer say "${message}": "${text}"`);
      }
    }
  });
}

test('actions added under an area show on the plan with their lead, date and gaps', async (t) => {
  const { context, page, errors } = await openPage(browser);
  const screens = screenChecks();
  t.after(() => context.close());

  await startPlan(page, 'Dinnington');
  await page.getByRole('button', { name: 'Add an action to area 2', exact: true }).click();
  await mainHeading(page, 'New action');
  // The button starts the action in its area.
  const area = await field(page, 'Area of focus').evaluate((select) => select.selectedOptions[0]?.textContent ?? '');
  assert.match(area, new RegExp(`${AREAS[1].name}|${AREAS[1].tagline}`), `area 2 should be chosen, not "${area}"`);
  await fillAction(page, { what: "Start a carers' network meeting each month" });
  await page.getByRole('link', { name: 'Back to the plan', exact: true }).click();
  await mainHeading(page, planTitle('Dinnington'));

  await addAction(page, 1, {
    what: "Open a carers' café in the library",
    reference: '1.1',
    measure: 'Number of carers attending: 20 a month',
    person: 'Sam Smith',
    organisation: 'Dinnington Library',
    due: '2030-03-31',
  });

  const cafe = actionCard(page, "Open a carers' café in the library");
  await hasText(cafe, '1.1');
  await hasText(cafe, 'Not started');
  await hasText(cafe, /Lead: .*Sam Smith/);
  await hasText(cafe, new RegExp(`Due ${dateText('2030-03-31')}`));
  assert.doesNotMatch(await cafe.innerText(), /to add/, 'a complete action has nothing to add');

  const meeting = actionCard(page, "Start a carers' network meeting each month");
  await hasText(meeting, 'No lead yet');
  await hasText(meeting, '3 things to add');
  await hasText(meeting, 'Not started');

  await page.getByText('Showing 2 of 2 actions', { exact: true }).waitFor();
  assert.equal(await page.getByText('No actions yet. Add the first one.', { exact: true }).count(), 0);
  // Only this device has the plan now: the nudge points to Share.
  const nudge = page.getByRole('note').filter({ hasText: 'Only this device has this plan. Download a copy to keep it safe.' });
  await nudge.waitFor();
  await nudge.getByRole('link').first().click();
  await mainHeading(page, 'Share and back up');
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test('the SMART hints change while a person types', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());

  await startPlan(page, 'Rawmarsh');
  await page.getByRole('button', { name: 'Add an action to area 1', exact: true }).click();
  await mainHeading(page, 'New action');
  await page.getByRole('heading', { level: 2, name: HINTS, exact: true }).waitFor();
  assert.equal(await hints(page).getAttribute('aria-live'), 'polite', 'hints are announced politely');

  // Typing only: no field is left, yet the hints follow.
  await field(page, 'What will happen?').pressSequentially('Run a drop-in for carers');
  await hintsAre(page, [NO_LEAD, NO_MEASURE, NO_DATE]);

  await field(page, 'How will we know it worked?').pressSequentially('Carers come along');
  await hintsAre(page, [NO_LEAD, NOT_COUNTABLE, NO_DATE]);
  await field(page, 'How will we know it worked?').pressSequentially(': number of carers, 15 a week');
  await hintsAre(page, [NO_LEAD, NO_DATE]);

  await field(page, 'Who will lead this? (a person)').pressSequentially('Sam');
  await hintsAre(page, [NO_DATE]);

  await page.getByRole('button', { name: 'Add a milestone', exact: true }).click();
  await field(page, 'Milestone').first().pressSequentially('Room booked');
  await hintsAre(page, [NO_DATE, 'The milestone "Room booked" has no date.']);
  await field(page, 'Milestone date').first().fill('2030-01-15');
  await hintsAre(page, [ALL_DONE]);
  await isGone(hints(page).getByText('The milestone "Room booked" has no date.'));

  await field(page, 'By when?').fill('2020-01-31');
  await hasText(hints(page), 'This was due on 31 January 2020 and is not complete.');
  await field(page, 'By when?').fill('2030-01-31');
  await hintsAre(page, [ALL_DONE]);

  await page.getByRole('button', { name: 'Remove milestone', exact: true }).click();
  await hasCount(field(page, 'Milestone'), 0);
  await hintsAre(page, [ALL_DONE]);

  // Clearing what will happen, then leaving it, is an error on that field.
  const what = field(page, 'What will happen?');
  await what.fill('');
  await page.keyboard.press('Tab');
  const message = page.getByText('Say what will happen.', { exact: true });
  await message.waitFor();
  assert.equal(await what.getAttribute('aria-invalid'), 'true');
  const describedBy = ((await what.getAttribute('aria-describedby')) ?? '').split(/\s+/);
  const messageId = await message.evaluate((el) => el.closest('[id]')?.id ?? '');
  assert.ok(describedBy.includes(messageId), `the error (#${messageId}) should describe the field`);
  await screens.check(page, 'action-what-error');
  await what.fill('Run a drop-in for carers every Tuesday');
  await isGone(message);
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test('rating progress with evidence builds the history, newest first', async (t) => {
  const { context, page, errors } = await openPage(browser);
  const screens = screenChecks();
  t.after(() => context.close());

  await startPlan(page, 'Wath');
  await addAction(page, 1, {
    what: "Open a carers' café in the library",
    measure: 'Number of carers attending: 20 a month',
    person: 'Sam Smith',
    due: '2030-03-31',
  });
  await page.getByRole('link', { name: "Open a carers' café in the library", exact: true }).click();
  await mainHeading(page, 'Edit action');
  await page.getByRole('heading', { level: 2, name: 'How is it going?', exact: true }).waitFor();
  const group = page.getByRole('group', { name: 'Progress', exact: true });
  for (const option of Object.values(RATING)) {
    await group.getByRole('radio', { name: option, exact: true }).waitFor();
  }
  assert.equal(await field(page, 'Date of this rating').inputValue(), fieldDate(isoToday()), 'a rating is dated today unless changed');

  // Red with nothing to show for it is allowed, and the hints then ask for evidence.
  await rate(page, RATING.red);
  await hasText(hints(page), 'Rated Red with no evidence. Add a note or a link that shows progress.');

  await rate(page, RATING.amber, { note: 'Library agreed the room', link: 'https://example.org/minutes' });
  await isGone(hints(page).getByText('with no evidence'));
  await hintsAre(page, [ALL_DONE]);

  await rate(page, RATING.green, { note: 'Room open every Tuesday' });
  const history = listAfter(page, 'History');
  const today = dateText(isoToday());
  await until(async () => {
    const items = (await history.getByRole('listitem').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
    const ratings = items.filter((s) => /— (Red|Amber|Green)\b/.test(s));
    assert.equal(ratings.length, 3, `three ratings in the history: ${JSON.stringify(items)}`);
    assert.match(ratings[0], new RegExp(`^${today} — Green`), 'the newest rating comes first');
    assert.match(ratings[1], new RegExp(`^${today} — Amber`));
    assert.match(ratings[2], new RegExp(`^${today} — Red`));
    const all = items.join('\n');
    assert.match(all, /Library agreed the room/);
    assert.match(all, /Room open every Tuesday/);
  });
  // The role cannot say where a link goes; its address can.
  await history.getByRole('link').and(page.locator('[href="https://example.org/minutes"]')).first().waitFor();
  await screens.check(page, 'action-edit-history');

  await page.getByRole('link', { name: 'Back to the plan', exact: true }).click();
  await hasText(actionCard(page, "Open a carers' café in the library"), 'Green');
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test('after a reload every field, milestone, rating and piece of evidence is still there', async (t) => {
  const { context, page, errors } = await openPage(browser);
  t.after(() => context.close());

  await startPlan(page, 'Swinton');
  await page.getByRole('button', { name: 'Add an action to area 3', exact: true }).click();
  await mainHeading(page, 'New action');
  const values = {
    what: 'Ask local employers to sign the carers charter',
    measure: 'Number of employers signed up: 10',
    person: 'Priya Shah',
    organisation: 'Swinton Chamber of Trade',
    due: '2030-12-31',
    reference: '3.4',
  };
  await fillAction(page, { ...values, milestones: [{ text: 'Letter sent', due: '2030-02-28' }, { text: 'Launch event' }] });
  await rate(page, RATING.amber, { note: 'Four employers interested', link: 'https://example.org/charter', on: '2030-01-10' });
  const editorUrl = page.url();
  // Once the plan holds it, it is no longer a "New action".
  await mainHeading(page, 'Edit action');

  await page.reload();
  await mainHeading(page, 'Edit action');
  assert.equal(page.url(), editorUrl, 'the editor keeps its address');
  const labels = {
    what: 'What will happen?',
    measure: 'How will we know it worked?',
    person: 'Who will lead this? (a person)',
    organisation: 'Lead organisation',
    due: 'By when?',
    reference: 'Reference (optional)',
  };
  for (const [key, label] of Object.entries(labels)) {
    const shown = key === 'due' ? fieldDate(values[key]) : values[key];
    await until(async () => assert.equal(await field(page, label).inputValue(), shown, label));
  }
  const area = await field(page, 'Area of focus').evaluate((select) => select.selectedOptions[0]?.textContent ?? '');
  assert.match(area, new RegExp(`${AREAS[2].name}|${AREAS[2].tagline}`));
  assert.equal(await field(page, 'Milestone').nth(0).inputValue(), 'Letter sent');
  assert.equal(await field(page, 'Milestone date').nth(0).inputValue(), fieldDate('2030-02-28'));
  assert.equal(await field(page, 'Milestone').nth(1).inputValue(), 'Launch event');
  assert.equal(await field(page, 'Milestone date').nth(1).inputValue(), '');
  await hasText(listAfter(page, 'History'), new RegExp(`${dateText('2030-01-10')} — Amber`));
  await hasText(listAfter(page, 'History'), 'Four employers interested');
  await hasText(hints(page), 'The milestone "Launch event" has no date.');

  await page.getByRole('link', { name: 'Back to the plan', exact: true }).click();
  // The plan's heading is on the editor too: wait for the list itself before reloading.
  await actionCard(page, values.what).waitFor();
  await page.reload();
  await mainHeading(page, planTitle('Swinton'));
  const card = actionCard(page, values.what);
  await hasText(card, '3.4');
  await hasText(card, 'Amber');
  await hasText(card, /Lead: .*Priya Shah/);
  await hasText(card, '1 thing to add');
  await saved(page);
  assert.deepEqual(errors, [], 'the page should raise no errors');
});

test('an action that only names an aim is asked what exactly will happen', async (t) => {
  const { context, page, errors } = await openPage(browser);
  const screens = screenChecks();
  t.after(() => context.close());

  await startPlan(page, 'Maltby');
  await page.getByRole('button', { name: 'Add an action to area 1', exact: true }).click();
  await mainHeading(page, 'New action');
  const what = field(page, 'What will happen?');
  await what.pressSequentially('Raise awareness of carers in Maltby');
  await hasText(hints(page), VAGUE_ACTION);
  await screens.check(page, 'action-vague-aim');
  await what.pressSequentially(' with a stall at the library');
  await isGone(hints(page).getByText(VAGUE_ACTION));
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test('a milestone row left empty stays while editing but is not kept', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());

  await startPlan(page, 'Kiveton');
  await page.getByRole('button', { name: 'Add an action to area 1', exact: true }).click();
  await mainHeading(page, 'New action');
  await fillAction(page, { what: 'Hold a carers\' coffee morning at the library', milestones: [{ text: '' }, { text: 'Room booked' }] });
  // Saved, and the empty row is still there for the person to fill in.
  await hasCount(field(page, 'Milestone'), 2);
  assert.equal(await field(page, 'Milestone').nth(1).inputValue(), 'Room booked');
  await screens.check(page, 'action-empty-milestone');

  await page.reload();
  await mainHeading(page, 'Edit action');
  await hasCount(field(page, 'Milestone'), 1);
  assert.equal(await field(page, 'Milestone').first().inputValue(), 'Room booked');
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test('removing an action asks first, and "Keep it" keeps it', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());

  await startPlan(page, 'Thurcroft');
  await addAction(page, 2, { what: 'Hold a health check day for carers' });
  await page.getByRole('link', { name: 'Hold a health check day for carers', exact: true }).click();
  await mainHeading(page, 'Edit action');

  await page.getByRole('button', { name: 'Remove this action', exact: true }).click();
  await page.getByText('Remove this action? This cannot be undone.', { exact: true }).waitFor();
  await screens.check(page, 'action-remove-confirm');
  await page.getByRole('button', { name: 'Keep it', exact: true }).click();
  await isGone(page.getByText('Remove this action? This cannot be undone.', { exact: true }));
  assert.equal(await field(page, 'What will happen?').inputValue(), 'Hold a health check day for carers');

  await page.getByRole('button', { name: 'Remove this action', exact: true }).click();
  await page.getByRole('button', { name: 'Yes, remove it', exact: true }).click();
  await mainHeading(page, planTitle('Thurcroft'));
  await page.getByText('No actions yet. Add the first one.', { exact: true }).waitFor();
  await saved(page);
  await page.reload();
  await page.getByText('No actions yet. Add the first one.', { exact: true }).waitFor();
  assert.equal(await actionCard(page, 'Hold a health check day for carers').count(), 0);
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});
