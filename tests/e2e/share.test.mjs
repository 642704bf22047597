// Share and back up: downloading the document and opening it in a fresh browser,
// the spreadsheet in the council workbook's columns and opening it again as a new
// plan with the same actions, merging a copy of the same plan,
// opening a different plan, and files that cannot be opened leaving everything as it was.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasText, isGone, launchBrowser, mainHeading, openPage, until, screenChecks, url } from './browser.mjs';
import {
  PLAN_URL,
  RATING,
  actionCard,
  addAction,
  cardTexts,
  docIdOf,
  download,
  field,
  importPlan,
  listAfter,
  openFileOnHome,
  parseCsv,
  planNav,
  rate,
  refusal,
  saved,
  startPlan,
} from './app.mjs';
import {
  SAMPLE_ACTIONS,
  WORKBOOK_COLUMNS,
  dateText,
  fieldDate,
  isoToday,
  jsonFile,
  planDocument,
  planTitle,
  sampleDocument,
} from './documents.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/**
 * Files that must not open, what a person is told about each (what the file is and
 * what to do) and the technical detail behind "Details".
 */
function badFiles(doc) {
  const text = JSON.stringify(doc);
  return [
    {
      name: 'cut-short.cares.json',
      text: text.slice(0, Math.floor(text.length / 2)),
      says: 'This file stops part way through: it may have been cut short as it was saved or sent. If it is a plan file from cares, ask for a fresh copy.',
      detail: /line \d+, column \d+: not valid JSON/,
    },
    {
      name: 'shopping.json',
      text: JSON.stringify({ list: 'shopping', items: ['milk', 'bread'] }),
      says: 'This is not a plan file from cares. Plan files end in .cares.json.',
      detail: /not a cares document/,
    },
    {
      name: 'from-the-future.cares.json',
      text: JSON.stringify({ ...doc, version: 99, content: { ...doc.content, title: 'Replaced by a newer version' } }),
      says: 'This plan file was saved by a newer version of cares. Update cares (in a browser, reload the page while online), then open the file again.',
      detail: /version 99/,
    },
    {
      name: 'changed-by-hand.cares.json',
      text: JSON.stringify({ ...doc, content: { ...doc.content, plans: 'none' } }),
      says: 'This plan file has been changed outside cares, so it cannot be opened safely. Ask for a fresh copy saved from cares.',
      detail: /invalid type: string "none"/,
    },
  ];
}

/** Goes to the plan's Share page. */
async function openShare(page) {
  await planNav(page, 'Share').click();
  await mainHeading(page, 'Share and back up');
}

test('a downloaded copy opens in a fresh browser with the same actions', async (t) => {
  const { context, page, errors } = await openPage(browser);
  t.after(() => context.close());

  const id = await startPlan(page, 'Kimberworth');
  const cafe = "Open a carers' café in the library";
  const walk = "Organise a carers' walk in the park";
  await addAction(page, 1, {
    what: cafe,
    reference: '1.1',
    measure: 'Number of carers attending: 20 a month',
    person: 'Sam Smith',
    organisation: 'Kimberworth Library',
    due: '2030-03-31',
    milestones: [{ text: 'Venue agreed', due: '2029-05-31' }],
  });
  await actionCard(page, cafe).getByRole('link', { name: cafe, exact: true }).click();
  await mainHeading(page, 'Edit action');
  await rate(page, RATING.amber, { note: 'Library agreed the room', link: 'https://example.org/minutes' });
  await page.getByRole('link', { name: 'Back to the plan', exact: true }).click();
  await addAction(page, 3, { what: walk });
  const before = await cardTexts(page, [cafe, walk]);

  await openShare(page);
  const copy = await download(page, 'Download a copy');
  assert.equal(copy.name, `${planTitle('Kimberworth')}.cares.json`);
  const doc = JSON.parse(copy.text);
  assert.equal(doc.format, 'cares.document');
  assert.equal(doc.version, 2);
  assert.equal(doc.id, id, 'the file carries the plan document id');

  // The backup is recorded: Home says so and the nudge goes.
  await page.goto(url('/'));
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: planTitle('Kimberworth'), exact: true }) });
  await hasText(item, new RegExp(`Copy downloaded ${dateText(isoToday())}`));
  assert.doesNotMatch(await item.innerText(), /Not backed up yet/);
  await page.goto(url(`/plan/${id}`));
  await actionCard(page, cafe).waitFor();
  assert.equal(await page.getByRole('note').filter({ hasText: 'Only this device has this plan.' }).count(), 0);

  // A fresh browser profile: nothing shared with the first.
  const fresh = await openPage(browser, 360);
  t.after(() => fresh.context.close());
  await openFileOnHome(fresh.page, copy.name, copy.text);
  await fresh.page.waitForURL(url(`/plan/${id}`));
  await mainHeading(fresh.page, planTitle('Kimberworth'));
  await saved(fresh.page);
  assert.deepEqual(await cardTexts(fresh.page, [cafe, walk]), before, 'the cards read the same');

  await fresh.page.reload();
  await mainHeading(fresh.page, planTitle('Kimberworth'));
  assert.deepEqual(await cardTexts(fresh.page, [cafe, walk]), before, 'and are kept after a reload');
  await fresh.page.getByRole('link', { name: cafe, exact: true }).click();
  await mainHeading(fresh.page, 'Edit action');
  const expected = {
    'What will happen?': cafe,
    'How will we know it worked?': 'Number of carers attending: 20 a month',
    'Who will lead this? (a person)': 'Sam Smith',
    'Lead organisation': 'Kimberworth Library',
    'By when?': fieldDate('2030-03-31'),
    'Reference (optional)': '1.1',
    Milestone: 'Venue agreed',
    'Milestone date': fieldDate('2029-05-31'),
  };
  for (const [label, value] of Object.entries(expected)) {
    await until(async () => assert.equal(await field(fresh.page, label).first().inputValue(), value, label));
  }
  await hasText(listAfter(fresh.page, 'History'), 'Amber');
  await hasText(listAfter(fresh.page, 'History'), 'Library agreed the room');
  assert.deepEqual(errors, [], 'the first page should raise no errors');
  assert.deepEqual(fresh.errors, [], 'the fresh page should raise no errors');
});

test('the spreadsheet download has every action by area, each fact in its own cell', async (t) => {
  const { context, page, errors } = await openPage(browser);
  t.after(() => context.close());

  await importPlan(page, sampleDocument('Maltby'));
  await openShare(page);
  const sheet = await download(page, 'Download actions as a spreadsheet (CSV)');
  assert.match(sheet.name, /\.csv$/);
  const rows = parseCsv(sheet.text).filter((row) => row.some((cell) => cell.trim() !== ''));
  assert.deepEqual(rows[0], WORKBOOK_COLUMNS, 'the header is the council workbook');
  const body = rows.slice(1);
  for (const action of SAMPLE_ACTIONS) {
    const row = body.find((r) => r[2] === action.what);
    assert.ok(row, `a row for "${action.what}"`);
    assert.equal(row.length, WORKBOOK_COLUMNS.length);
    assert.equal(row[1], action.reference ?? '');
    assert.equal(row[3], action.measure ?? '');
  }
  const column = (name) => WORKBOOK_COLUMNS.indexOf(name);
  const areas = body.map((r) => r[column('Area of focus')]);
  assert.deepEqual(
    areas,
    [...areas].sort((a, b) => (a || '9').localeCompare(b || '9')),
    'rows are in area order, actions with no area last',
  );
  assert.match(areas[0], /^1: \S/, 'the area of focus is named');
  const cafe = body.find((r) => r[2] === SAMPLE_ACTIONS[0].what);
  assert.equal(cafe[column('Lead officer')], 'Sam Smith');
  assert.equal(cafe[column('Lead organisation')], 'Maltby Library');
  assert.equal(cafe[column('Status (RAG)')], 'Amber: Venue late', 'the rating, not its evidence');
  assert.match(cafe[column('Evidence')], /Library agreed the room/);
  const newsletter = body.find((r) => r[2] === SAMPLE_ACTIONS[1].what);
  assert.equal(newsletter[column('Lead officer')], '', 'an organisation alone is not a person');
  assert.equal(newsletter[column('Lead organisation')], 'Carers Corner');
  const checks = body.find((r) => r[2] === SAMPLE_ACTIONS[3].what);
  assert.equal(checks[column('Completion / Review Date')], '2030-09-30', 'the date cell holds the date only');
  assert.equal(checks[column('Status (RAG)')], 'Complete: Done');
  for (const row of body) {
    const when = row[column('Completion / Review Date')];
    assert.match(when, /^(\d{4}-\d{2}-\d{2})?$/, `every date is written one way: "${when}"`);
  }
  assert.deepEqual(errors, [], 'the page should raise no errors');
});

/** The area heading each card sits under, by wording. */
async function areasOf(page, wordings) {
  const areas = [];
  for (const what of wordings) {
    areas.push(await actionCard(page, what).locator('xpath=ancestor::section[1]/h2').innerText());
  }
  return areas;
}

test('a plan downloaded as a spreadsheet opens from Home as a new plan with the same actions', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());

  const doc = sampleDocument('Maltby');
  await importPlan(page, doc);
  const wordings = SAMPLE_ACTIONS.map((a) => a.what);
  const cards = await cardTexts(page, wordings);
  const areas = await areasOf(page, wordings);
  await openShare(page);
  const sheet = await download(page, 'Download actions as a spreadsheet (CSV)');

  await openFileOnHome(page, sheet.name, sheet.text);
  await page.waitForURL((address) => PLAN_URL.test(address.pathname) && !address.pathname.includes(doc.id));
  await mainHeading(page, sheet.name.replace(/\.csv$/, ''));
  await saved(page);
  assert.notEqual(docIdOf(page), doc.id, 'a new plan, not a merge');
  assert.deepEqual(await cardTexts(page, wordings), cards, 'the same wording, leads, dates and statuses');
  assert.deepEqual(await areasOf(page, wordings), areas, 'each action under the same area of focus');
  await screens.check(page, 'plan-from-spreadsheet');

  // Both plans are on this device.
  await page.goto(url('/'));
  await mainHeading(page, 'Your action plans');
  await page.getByRole('link', { name: planTitle('Maltby'), exact: true }).waitFor();
  await page.getByRole('link', { name: sheet.name.replace(/\.csv$/, ''), exact: true }).waitFor();
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test('a file that cannot be opened from Home leaves the plans on this device as they were', async (t) => {
  const { context, page, errors } = await openPage(browser);
  const screens = screenChecks();
  t.after(() => context.close());

  const doc = sampleDocument('Maltby');
  await importPlan(page, doc);
  const tables = [
    {
      name: 'contacts.csv',
      text: 'Name,Phone\nSam,01709 000000\n',
      says: 'This spreadsheet is not a table of actions: it has no “No”, “How we will do this”, “Outcome measure”, “Key Milestones”, “Lead officer / Organisation”, “Completion / Review Date” columns. Put the column headings in its first row (a spreadsheet downloaded from cares has them all), then open it again.',
      detail: /missing required columns: .*the headers found were: "Name", "Phone"/,
    },
    {
      name: 'saved-as-ansi.csv',
      text: Buffer.from('Action,Outcome measure\nCaf\xe9,20\n', 'latin1'),
      says: 'This spreadsheet was not saved as UTF-8 text. In your spreadsheet program, save it as “CSV UTF-8” and open that file.',
      detail: /not UTF-8 text/,
    },
  ];
  for (const bad of [...badFiles(doc), ...tables]) {
    await openFileOnHome(page, bad.name, bad.text);
    await refusal(page, bad, 'Nothing on this device has been changed.');
    if (bad.name === 'shopping.json') await screens.check(page, 'home-file-error');
    if (bad.name === 'contacts.csv') await screens.check(page, 'home-table-error');
    const plans = page.getByRole('link', { name: / locality action plan$|newer version/ });
    await until(async () => assert.deepEqual(await plans.allInnerTexts(), [planTitle('Maltby')]));
  }
  await page.getByRole('link', { name: planTitle('Maltby'), exact: true }).click();
  await mainHeading(page, planTitle('Maltby'));
  await page.getByText(`Showing ${SAMPLE_ACTIONS.length} of ${SAMPLE_ACTIONS.length} actions`, { exact: true }).waitFor();

  // A good copy of a plan already here offers the same choice as Share.
  await openFileOnHome(page, 'again.cares.json', doc);
  await page.getByText('This file is a copy of this plan.', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Merge their changes into mine', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await isGone(page.getByText('This file is a copy of this plan.', { exact: true }));
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test('a file that cannot be opened from Share leaves the plan as it was', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());

  const doc = sampleDocument('Maltby');
  await importPlan(page, doc);
  await openShare(page);
  const input = page.getByLabel("Open someone else's file", { exact: true });
  // A spreadsheet is not someone's copy of a plan: said so, with where plan files end.
  const sheet = {
    name: 'Maltby actions.csv',
    text: 'Action,Outcome measure\nOpen a café,20 a month\n',
    says: 'This is not a plan file from cares. Plan files end in .cares.json.',
    detail: /line 1, column 1: not valid JSON/,
  };
  for (const bad of [...badFiles(doc), sheet]) {
    await input.setInputFiles(jsonFile(bad.name, bad.text));
    await refusal(page, bad, 'Your plan has not been changed.');
    if (bad.name === 'cut-short.cares.json') await screens.check(page, 'share-file-error');
  }
  await planNav(page, 'Actions').click();
  await mainHeading(page, planTitle('Maltby'));
  await page.getByText(`Showing ${SAMPLE_ACTIONS.length} of ${SAMPLE_ACTIONS.length} actions`, { exact: true }).waitFor();
  await page.reload();
  await page.getByText(`Showing ${SAMPLE_ACTIONS.length} of ${SAMPLE_ACTIONS.length} actions`, { exact: true }).waitFor();
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test("someone else's copy of the same plan merges their new actions into mine", async (t) => {
  const mine = await openPage(browser);
  const screens = screenChecks();
  t.after(() => mine.context.close());
  const theirs = await openPage(browser);
  t.after(() => theirs.context.close());

  const doc = sampleDocument('Maltby');
  await importPlan(mine.page, doc);
  await importPlan(theirs.page, doc);
  await addAction(theirs.page, 3, { what: "Organise a carers' walk in the park" });
  await openShare(theirs.page);
  const file = await download(theirs.page, 'Download a copy');

  await openShare(mine.page);
  await mine.page.getByLabel("Open someone else's file", { exact: true }).setInputFiles(jsonFile(file.name, file.text));
  await mine.page.getByText('This file is a copy of this plan.', { exact: true }).waitFor();
  await screens.check(mine.page, 'share-merge-choice');
  await mine.page.getByRole('button', { name: 'Merge their changes into mine', exact: true }).click();
  await hasText(mine.page.getByText(/^Merged: \d+ new changes?\.$/), /Merged: [1-9]\d* new changes?\./);
  await saved(mine.page);

  await planNav(mine.page, 'Actions').click();
  await actionCard(mine.page, "Organise a carers' walk in the park").waitFor();
  const total = SAMPLE_ACTIONS.length + 1;
  await mine.page.getByText(`Showing ${total} of ${total} actions`, { exact: true }).waitFor();
  await mine.page.reload();
  await actionCard(mine.page, "Organise a carers' walk in the park").waitFor();
  assert.deepEqual(mine.errors, [], 'my page should raise no errors');
  assert.deepEqual(theirs.errors, [], 'their page should raise no errors');
  screens.assertClean();
});

test('a different plan can be opened as a separate plan, or replace this one', async (t) => {
  const { context, page, errors } = await openPage(browser);
  const screens = screenChecks();
  t.after(() => context.close());

  const maltby = sampleDocument('Maltby');
  await importPlan(page, maltby);
  const rawmarsh = planDocument({ locality: 'Rawmarsh', actions: [{ what: 'Start a young carers group', area: 1 }] });
  await openShare(page);
  const input = page.getByLabel("Open someone else's file", { exact: true });

  await input.setInputFiles(jsonFile('rawmarsh.cares.json', rawmarsh));
  const different = page.getByText('This file is a different plan.', { exact: true });
  await different.waitFor();
  for (const name of ['Open it as a separate plan', 'Replace this plan with it', 'Cancel']) {
    await page.getByRole('button', { name, exact: true }).waitFor();
  }
  await screens.check(page, 'share-different-plan');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await isGone(different);
  assert.equal(docIdOf(page), maltby.id, 'Cancel stays on this plan');

  await input.setInputFiles(jsonFile('rawmarsh.cares.json', rawmarsh));
  await page.getByRole('button', { name: 'Open it as a separate plan', exact: true }).click();
  await page.waitForURL((u) => u.pathname.startsWith(`/plan/${rawmarsh.id}`));
  await mainHeading(page, planTitle('Rawmarsh'));
  await actionCard(page, 'Start a young carers group').waitFor();
  await page.goto(url('/'));
  for (const locality of ['Maltby', 'Rawmarsh']) {
    await page.getByRole('link', { name: planTitle(locality), exact: true }).waitFor();
  }

  // Replacing: Maltby's plan gives way to the file's.
  const brinsworth = planDocument({ locality: 'Brinsworth', actions: [{ what: 'Set up a carers noticeboard', area: 2 }] });
  await page.getByRole('link', { name: planTitle('Maltby'), exact: true }).click();
  await mainHeading(page, planTitle('Maltby'));
  await openShare(page);
  await page.getByLabel("Open someone else's file", { exact: true }).setInputFiles(jsonFile('brinsworth.cares.json', brinsworth));
  await page.getByRole('button', { name: 'Replace this plan with it', exact: true }).click();
  await mainHeading(page, planTitle('Brinsworth'));
  await saved(page);
  await page.goto(url('/'));
  await page.getByRole('link', { name: planTitle('Brinsworth'), exact: true }).waitFor();
  await page.getByRole('link', { name: planTitle('Rawmarsh'), exact: true }).waitFor();
  assert.equal(await page.getByRole('link', { name: planTitle('Maltby'), exact: true }).count(), 0, 'the replaced plan is gone');
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});
