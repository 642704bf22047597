// Building a Carer Friendly Communities Action Pack: choosing the audience, wording
// the steps, adding local contacts, meeting places and events, and its print view.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasCount, hasText, isGone, launchBrowser, mainHeading, nextFrames, openPage, screenChecks, screenshot, until } from './browser.mjs';
import { assertNothingToClick, field, importPlan, planNav, repeatsOnEveryPage, saved } from './app.mjs';
import { dateText, isoToday, sampleDocument } from './documents.mjs';

// The core's first suggested steps for schools (cares_core::packs::suggested_steps).
const SCHOOL_STEPS = [
  'Name a member of staff as your young carers lead, and tell pupils and parents who it is.',
  'Look out for signs a pupil may be a young carer, such as lateness, tiredness or missed homework, and ask gently.',
  'Accept the Young Carers Card: a pupil who shows it should not have to explain their situation again.',
];
const AUDIENCES = ['Employers and businesses', 'Schools', 'GP practices and pharmacies', 'Faith and community groups'];

/** The pack's steps as a person sees them: each list item's wording and tick. */
async function stepRows(page) {
  const rows = [];
  for (const item of await page.getByRole('listitem').filter({ has: field(page, 'Step wording') }).all()) {
    rows.push({
      text: await item.getByLabel('Step wording', { exact: true }).inputValue(),
      included: await item.getByRole('checkbox').isChecked(),
    });
  }
  return rows;
}

/** The list item of the step with this wording (a field's value, so found by reading). */
async function step(page, text) {
  const index = (await stepRows(page)).findIndex((r) => r.text === text);
  assert.ok(index >= 0, `a step reads "${text}"`);
  return page.getByRole('listitem').filter({ has: field(page, 'Step wording') }).nth(index);
}

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('an action pack is built for an audience, with its steps, contacts, places and events, and prints', async (t) => {
  const { context, page, errors } = await openPage(browser);
  const screens = screenChecks();
  t.after(() => context.close());

  const doc = sampleDocument('Maltby');
  await importPlan(page, doc);
  await planNav(page, 'Action packs').click();
  await mainHeading(page, 'Action packs');
  const audience = page.getByLabel('Who is it for?', { exact: true });
  const offered = await audience.evaluate((el) => [...el.options].map((o) => o.textContent.trim()).filter(Boolean));
  for (const name of AUDIENCES) {
    assert.ok(offered.includes(name), `"${name}" is offered: ${JSON.stringify(offered)}`);
  }
  await screens.check(page, 'packs-empty');
  await audience.selectOption({ label: 'Schools' });
  await page.getByRole('button', { name: 'Start pack', exact: true }).click();
  await page.waitForURL((u) => /\/pack\/[^/]+$/.test(u.pathname));
  const builder = page.url();

  const title = 'Carer friendly Maltby: a pack for schools';
  await mainHeading(page, title);
  assert.equal(await field(page, 'Pack title').inputValue(), title);
  assert.ok((await field(page, 'Introduction').inputValue()).trim().length > 0, 'the pack starts with an introduction');

  // The suggested steps come first, each included and worded as the core has them.
  const wording = field(page, 'Step wording');
  await wording.first().waitFor();
  let rows = await stepRows(page);
  assert.deepEqual(rows.slice(0, SCHOOL_STEPS.length).map((r) => r.text), SCHOOL_STEPS);
  assert.ok(rows.every((r) => r.included), `every drafted step starts included: ${JSON.stringify(rows)}`);

  // Rename the pack, reword step 1, leave out step 2, add a step of our own.
  const renamed = 'Carer friendly Maltby: schools';
  await field(page, 'Pack title').fill(renamed);
  await mainHeading(page, renamed);
  const reworded = 'Name Mrs Patel as your young carers lead, and tell pupils and parents who she is.';
  await (await step(page, SCHOOL_STEPS[0])).getByLabel('Step wording', { exact: true }).fill(reworded);
  await (await step(page, SCHOOL_STEPS[1])).getByRole('checkbox').uncheck();
  const steps = await wording.count();
  await page.getByRole('button', { name: 'Add your own step', exact: true }).click();
  await hasCount(wording, steps + 1);
  const own = 'Put the Maltby young carers group poster in the school office.';
  await wording.nth(steps).fill(own);
  await page.keyboard.press('Tab');

  // A contact with no way to reach them: the core's pack check says so.
  await field(page, 'Name').fill('Jo Bloggs');
  await field(page, 'Role or organisation').fill('Young carers lead, Maltby Academy');
  await page.getByRole('button', { name: 'Add a contact', exact: true }).click();
  const reach = 'How can people reach Jo Bloggs? Add a phone number, an email address or a drop-in time.';
  await page.getByText(reach, { exact: true }).waitFor();
  // Put right: take the contact out and add it again with a phone number.
  await page.getByRole('button', { name: /^Remove(?! this pack)/ }).first().click();
  await isGone(page.getByText(reach, { exact: true }));
  await field(page, 'Name').fill('Jo Bloggs');
  await field(page, 'Role or organisation').fill('Young carers lead, Maltby Academy');
  await field(page, 'How to reach them').fill('01709 123456');
  await page.getByRole('button', { name: 'Add a contact', exact: true }).click();
  await hasText(page.getByRole('main'), '01709 123456');
  assert.equal(await page.getByText(reach, { exact: true }).count(), 0, 'a contact who can be reached needs nothing more');

  await field(page, 'Place name').fill('Maltby Library');
  await field(page, 'Address').fill('High Street, Maltby');
  await field(page, 'When').fill('First Tuesday, 10am');
  await page.getByRole('button', { name: 'Add a meeting place', exact: true }).click();
  await hasText(page.getByRole('main'), 'High Street, Maltby');

  await field(page, 'Event').fill('Carers Week coffee morning');
  await field(page, 'Date').fill('2030-06-10');
  await field(page, 'Where').fill('Maltby Library');
  await page.getByRole('button', { name: 'Add an event', exact: true }).click();
  await hasText(page.getByRole('main'), 'Carers Week coffee morning');
  await saved(page);
  await screens.check(page, 'pack-builder-filled');

  // Everything is kept.
  await page.reload();
  await mainHeading(page, renamed);
  await wording.first().waitFor();
  rows = await stepRows(page);
  const find = (text) => rows.find((r) => r.text === text);
  assert.equal(find(reworded)?.included, true, `the reworded step is kept: ${JSON.stringify(rows)}`);
  assert.equal(find(own)?.included, true, `our own step is kept: ${JSON.stringify(rows)}`);
  // The core's wording may be offered again as a suggestion, but not ticked.
  assert.notEqual(find(SCHOOL_STEPS[0])?.included, true, 'the old wording is not in the pack');
  assert.equal(find(SCHOOL_STEPS[1])?.included, false, `the left-out step is still offered, not ticked: ${JSON.stringify(rows)}`);
  for (const kept of ['Jo Bloggs', '01709 123456', 'High Street, Maltby', 'First Tuesday, 10am', 'Carers Week coffee morning']) {
    await hasText(page.getByRole('main'), kept);
  }
  await hasText(page.getByRole('main'), new RegExp(dateText('2030-06-10')));

  await page.getByRole('link', { name: 'Print this pack', exact: true }).click();
  await page.waitForURL(`${builder}/print`);
  await page.getByRole('heading', { name: renamed }).first().waitFor();
  const main = page.getByRole('main');
  await hasText(main, reworded);
  await hasText(main, own);
  for (const shown of ['Jo Bloggs', '01709 123456', 'Maltby Library', 'High Street, Maltby', 'First Tuesday, 10am', 'Carers Week coffee morning']) {
    await hasText(main, shown);
  }
  assert.ok(!(await main.innerText()).includes(SCHOOL_STEPS[1]), 'a step left out is not printed');

  await page.emulateMedia({ media: 'print' });
  await assertNothingToClick(page);
  assert.ok(await page.getByText(reworded).first().isVisible(), 'the steps are printed');
  assert.ok(await page.getByText('Jo Bloggs').first().isVisible(), 'the contacts are printed');
  // The issue asks for the locality and date on every printed page of the pack too.
  const date = page.getByText(new RegExp(dateText(isoToday()))).filter({ visible: true }).first();
  await date.waitFor();
  assert.ok(await repeatsOnEveryPage(date), 'the date sits in a header repeated on every printed page');
  await screenshot(page, 'pack-print-paper');
  await page.emulateMedia({ media: 'screen' });

  await planNav(page, 'Action packs').click();
  await mainHeading(page, 'Action packs');
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: renamed, exact: true }) });
  await hasText(item, 'Schools');
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test('after adding an entry focus goes back to its first field, unless the person has already moved on', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  t.after(() => context.close());

  await importPlan(page, sampleDocument('Wath'));
  await planNav(page, 'Action packs').click();
  await mainHeading(page, 'Action packs');
  await page.getByLabel('Who is it for?', { exact: true }).selectOption({ label: 'Schools' });
  await page.getByRole('button', { name: 'Start pack', exact: true }).click();
  await page.waitForURL((u) => /\/pack\/[^/]+$/.test(u.pathname));
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

  // A keyboard or switch user adds a place and is put back on "Place name" for the next.
  await field(page, 'Place name').fill('Wath Library');
  await page.getByRole('button', { name: 'Add a meeting place', exact: true }).click();
  await hasText(page.getByRole('main'), 'Wath Library');
  await until(async () => assert.equal(await focusedId(), 'place-name'));

  // Someone quick taps "Event" before the page has drawn its next frame: they stay there.
  await field(page, 'Place name').fill('Wath Leisure Centre');
  await page.evaluate(() => {
    const add = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Add a meeting place');
    add.click();
    document.getElementById('event-title').focus();
  });
  await hasText(page.getByRole('main'), 'Wath Leisure Centre');
  await nextFrames(page);
  assert.equal(await focusedId(), 'event-title', 'focus stays in the field the person chose');
  assert.deepEqual(errors, [], 'the page should raise no errors');
});

test('a new pack is not ready until it says where to turn, a plan action is offered for rewording, and entries can be edited', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());

  // "Ask local employers to sign…" is the plan's wording: the rep's task, not an
  // employer's step.
  await importPlan(page, sampleDocument('Rawmarsh'));
  await planNav(page, 'Action packs').click();
  await mainHeading(page, 'Action packs');
  await page.getByLabel('Who is it for?', { exact: true }).selectOption({ label: 'Employers and businesses' });
  await page.getByRole('button', { name: 'Start pack', exact: true }).click();
  await page.waitForURL((u) => /\/pack\/[^/]+$/.test(u.pathname));
  const hints = page.locator('section').filter({
    has: page.getByRole('heading', { level: 2, name: 'What this pack still needs', exact: true }),
  });
  await hasText(hints, 'Add a local contact, a meeting place or an event, so people know where to turn.');
  assert.ok(!(await hints.innerText()).includes('ready to print'), 'a pack with nothing local is not ready');

  // The plan's action waits unticked; ticked, it asks to be reworded for employers.
  const planStep = "Ask local employers to sign the carers' charter";
  const row = await step(page, planStep);
  assert.equal(await row.getByRole('checkbox').isChecked(), false, 'the plan action is offered, not put in');
  await hasText(row, 'From the plan');
  await row.getByRole('checkbox').check();
  await hasText(row, "These are the plan's words");
  await until(async () => assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'TEXTAREA'));
  await screens.check(page, 'pack-reword-plan-action');
  const reworded = "Sign the carers' charter, and tell your staff who to ask about it.";
  await row.getByLabel('Step wording', { exact: true }).fill(reworded);
  await page.keyboard.press('Tab');
  await until(async () => assert.ok(!(await row.innerText()).includes("These are the plan's words")));

  // A contact, then put right with Edit: the form takes its words, saves in place.
  await field(page, 'Name').fill('Sam Smith');
  await field(page, 'Role or organisation').fill('Rawmarsh Carers Group');
  await field(page, 'How to reach them').fill('01709 111111');
  await page.getByRole('button', { name: 'Add a contact', exact: true }).click();
  await hasText(hints, 'This pack is ready to print.');
  await page.getByRole('button', { name: 'Edit Sam Smith', exact: true }).click();
  assert.equal(await field(page, 'How to reach them').inputValue(), '01709 111111');
  await hasText(page.locator('.pack-part').first(), 'Editing Sam Smith');
  await field(page, 'How to reach them').fill('01709 222222');
  await screens.check(page, 'pack-edit-contact');
  await page.getByRole('button', { name: 'Save changes', exact: true }).click();
  await hasText(page.getByRole('main'), 'Saved the changes to Sam Smith.');
  await hasText(page.getByRole('main'), '01709 222222');
  assert.equal(await page.getByText('01709 111111').count(), 0, 'the old number is gone');
  assert.equal(await page.getByRole('button', { name: 'Edit Sam Smith', exact: true }).count(), 1, 'edited in place, not added again');

  // Events and places are edited the same way; Cancel leaves the entry as it was.
  await field(page, 'Event').fill('Carers Week breakfast');
  await field(page, 'Date').fill('10/06/2030');
  await field(page, 'Where').fill('Rawmarsh Library');
  await page.getByRole('button', { name: 'Add an event', exact: true }).click();
  await hasText(page.getByRole('main'), new RegExp(dateText('2030-06-10')));
  await page.getByRole('button', { name: 'Edit Carers Week breakfast', exact: true }).click();
  assert.equal(await field(page, 'Date').inputValue(), '10/06/2030');
  await field(page, 'Date').fill('11/06/2030');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  assert.equal(await field(page, 'Event').inputValue(), '');
  await page.getByRole('button', { name: 'Edit Carers Week breakfast', exact: true }).click();
  await field(page, 'Date').fill('11/06/2030');
  await page.getByRole('button', { name: 'Save changes', exact: true }).click();
  await hasText(page.getByRole('main'), new RegExp(dateText('2030-06-11')));
  await saved(page);

  await page.reload();
  await hasText(page.getByRole('main'), '01709 222222');
  await hasText(page.getByRole('main'), new RegExp(dateText('2030-06-11')));
  const kept = await step(page, reworded);
  assert.equal(await kept.getByRole('checkbox').isChecked(), true, 'the reworded step is in the pack');
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});
