// Filtering a plan's actions by area, status, lead and words: the list changes at
// once, the address keeps the filters, and a reload or a shared link keeps them too.
// A long area shows its first actions and a "Show more" button for the rest.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { WAIT_MS, focusedText, hasText, isGone, launchBrowser, mainHeading, openPage, screenChecks, until, watchErrors } from './browser.mjs';
import { actionCard, importPlan } from './app.mjs';
import { AREAS, SAMPLE_ACTIONS, planDocument, planTitle, sampleDocument } from './documents.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const WORDINGS = SAMPLE_ACTIONS.map((a) => a.what);
const [CAFE, NEWSLETTER, MEETING, HEALTH, EMPLOYERS, POSTERS] = WORDINGS;

/** Waits until exactly these actions' cards are shown, and the count line agrees. */
async function showing(page, expected) {
  await until(async () => {
    const shown = [];
    for (const what of WORDINGS) {
      if (await actionCard(page, what).first().isVisible()) shown.push(what);
    }
    assert.deepEqual(shown, expected);
  });
  await page.getByText(`Showing ${expected.length} of ${WORDINGS.length} actions`, { exact: true }).waitFor();
}

/** The option labels of a select. */
function options(select) {
  return select.evaluate((el) => [...el.options].map((o) => o.textContent.trim()));
}

/** The label of a select's chosen option. */
function chosen(select) {
  return select.evaluate((el) => el.selectedOptions[0]?.textContent.trim() ?? '');
}

/** The address's query, as an object. */
function query(page) {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

/**
 * Waits until the address's query passes `check`. The address follows the list within
 * a frame (the list is drawn first), so it is waited for like anything on screen.
 */
function addressSays(page, check, message) {
  return until(async () => assert.ok(check(query(page)), `${message}: ${page.url()}`));
}

test('filters change the list and the address at once, and survive a reload', async (t) => {
  const { context, page, errors } = await openPage(browser);
  const screens = screenChecks();
  t.after(() => context.close());

  const doc = sampleDocument('Maltby');
  await importPlan(page, doc);
  const form = page.getByRole('search', { name: 'Filter actions', exact: true });
  const area = form.getByLabel('Area of focus', { exact: true });
  const status = form.getByLabel('Status', { exact: true });
  const lead = form.getByLabel('Lead', { exact: true });
  const search = form.getByLabel('Search actions', { exact: true });
  await showing(page, WORDINGS);
  await page.getByRole('heading', { level: 2, name: 'Not linked to an area of focus', exact: true }).waitFor();

  assert.deepEqual(await options(area), ['All areas', ...AREAS.map((a) => a.option)]);
  assert.deepEqual(await options(status), [
    'All statuses',
    'Not started',
    'Red',
    'Amber',
    'Green',
    'Complete',
    'Overdue',
    'Needs attention',
  ]);
  const leads = await options(lead);
  assert.equal(leads[0], 'All leads');
  assert.ok(leads.includes('No lead yet'), `"No lead yet" is a lead option: ${leads}`);
  for (const name of ['Sam Smith', 'Carers Corner', 'Priya Shah']) {
    assert.ok(leads.some((l) => l.includes(name)), `${name} is a lead option: ${leads}`);
  }

  await status.selectOption({ label: 'Amber' });
  await showing(page, [CAFE]);
  await addressSays(page, (q) => q.status, 'the status is in the address');

  await status.selectOption({ label: 'All statuses' });
  await area.selectOption({ label: AREAS[1].option });
  await showing(page, [MEETING, HEALTH]);
  await addressSays(page, (q) => q.area, 'the area is in the address');
  await addressSays(page, (q) => !q.status, '"All statuses" leaves the status out of the address');
  const meeting = actionCard(page, MEETING);
  await hasText(meeting, 'Overdue');
  // No lead, no measure, no evidence for its rating; whether "Overdue" also counts as a
  // thing to add the spec leaves open.
  await hasText(meeting, /\b[34] things to add\b/);
  await hasText(meeting, 'Red');
  await hasText(meeting, 'No lead yet');

  await status.selectOption({ label: 'Red' });
  await showing(page, [MEETING]);
  await addressSays(page, (q) => q.area && q.status, 'the area and the status are in the address');
  const filtered = page.url();
  await screens.check(page, 'plan-actions-filtered');

  await page.reload();
  await mainHeading(page, planTitle('Maltby'));
  await showing(page, [MEETING]);
  assert.equal(page.url(), filtered, 'a reload keeps the address');
  assert.equal(await chosen(area), AREAS[1].option);
  assert.equal(await chosen(status), 'Red');

  // The address is a link a person can keep or send: it opens with the same filters.
  const other = await context.newPage();
  await other.goto(filtered);
  await mainHeading(other, planTitle('Maltby'));
  await showing(other, [MEETING]);
  await other.close();

  await area.selectOption({ label: 'All areas' });
  await status.selectOption({ label: 'All statuses' });
  await showing(page, WORDINGS);
  await addressSays(page, (q) => !q.area && !q.status, 'no filters, none in the address');

  await lead.selectOption({ label: leads.find((l) => l.includes('Sam Smith')) });
  await showing(page, [CAFE, HEALTH]);
  await addressSays(page, (q) => q.lead, 'the lead is in the address');
  await lead.selectOption({ label: 'No lead yet' });
  await showing(page, [MEETING, POSTERS]);
  await lead.selectOption({ label: 'All leads' });
  await showing(page, WORDINGS);

  await search.fill('café');
  await showing(page, [CAFE]);
  await addressSays(page, (q) => q.q === 'café', 'the words are in the address');
  await page.reload();
  await mainHeading(page, planTitle('Maltby'));
  await showing(page, [CAFE]);
  assert.equal(await search.inputValue(), 'café');
  await search.fill('');
  await showing(page, WORDINGS);

  // The cards say what the audit finds, in words.
  await hasText(actionCard(page, POSTERS), '3 things to add');
  assert.doesNotMatch(await actionCard(page, EMPLOYERS).innerText(), /to add|Overdue/);
  assert.doesNotMatch(await actionCard(page, NEWSLETTER).innerText(), /to add|Overdue/);
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test('an action followed in the pause after a filter change opens, and Back returns to the filter', async (t) => {
  // Service workers blocked, so the action page's chunks come from the network, where
  // they are held until the filter has been written to the address: the order in which
  // writing the address once cancelled the page the person had asked for.
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
  context.setDefaultTimeout(WAIT_MS);
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = watchErrors(page);
  await importPlan(page, sampleDocument('Maltby'));
  await showing(page, WORDINGS);

  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/\.wasm(\?.*)?$/, async (route) => {
    await released;
    await route.continue();
  });
  const status = page.getByRole('search', { name: 'Filter actions', exact: true }).getByLabel('Status', { exact: true });
  await status.selectOption({ label: 'Amber' });
  await showing(page, [CAFE]);
  await page.getByRole('link', { name: CAFE, exact: true }).click();
  await page.getByRole('status').filter({ hasText: /^Loading…$/ }).waitFor();
  await addressSays(page, (q) => q.status, 'the filter is written while the action is on its way');
  release();
  await mainHeading(page, 'Edit action');

  await page.goBack();
  await showing(page, [CAFE]);
  assert.equal(await chosen(status), 'Amber', 'Back returns to the filter chosen');
  assert.deepEqual(errors, [], 'the page should raise no errors');
});

test('"Overdue", "Needs attention" and a lead organisation filter what the audit and the leads say', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());

  const actions = [
    ...SAMPLE_ACTIONS,
    // The same organisation spelt another way, with another person leading for it.
    { reference: '3.2', area: 3, what: 'Run a book club for carers', measure: 'Number of carers: 10', lead: { person: 'Jo Bloggs', organisation: 'maltby library.' }, due: '2030-12-31' },
  ];
  const all = actions.map((a) => a.what);
  const doc = planDocument({ locality: 'Maltby', actions });
  await importPlan(page, doc);
  const form = page.getByRole('search', { name: 'Filter actions', exact: true });
  const status = form.getByLabel('Status', { exact: true });
  const organisation = form.getByLabel('Lead organisation', { exact: true });
  const shownNow = async (expected) => {
    await until(async () => {
      const shown = [];
      for (const what of all) {
        if (await actionCard(page, what).first().isVisible()) shown.push(what);
      }
      assert.deepEqual(shown, expected);
    });
    await page.getByText(`Showing ${expected.length} of ${all.length} actions`, { exact: true }).waitFor();
  };
  await shownNow(all);

  // What a card says the audit found is what the two filters keep.
  const saysOverdue = [];
  const saysSomething = [];
  for (const what of all) {
    const text = await actionCard(page, what).innerText();
    if (/Overdue/.test(text)) saysOverdue.push(what);
    if (/Overdue|to add/.test(text)) saysSomething.push(what);
  }
  assert.deepEqual(saysOverdue, [MEETING]);
  assert.ok(saysSomething.includes(POSTERS) && !saysSomething.includes(NEWSLETTER), `${saysSomething}`);

  await status.selectOption({ label: 'Overdue' });
  await shownNow(saysOverdue);
  await addressSays(page, (q) => q.status === 'overdue', 'the status is in the address');
  await status.selectOption({ label: 'Needs attention' });
  await shownNow(saysSomething);
  await screens.check(page, 'plan-actions-needs-attention');
  await page.reload();
  await mainHeading(page, planTitle('Maltby'));
  await shownNow(saysSomething);
  assert.equal(await chosen(status), 'Needs attention');
  await status.selectOption({ label: 'All statuses' });

  // One choice per organisation, however it is spelt; whoever leads for it.
  assert.deepEqual(await options(organisation), ['All organisations', 'Carers Corner', 'Maltby Library']);
  await organisation.selectOption({ label: 'Maltby Library' });
  await shownNow([CAFE, HEALTH, 'Run a book club for carers']);
  await addressSays(page, (q) => q.org, 'the organisation is in the address');
  await organisation.selectOption({ label: 'Carers Corner' });
  await shownNow([NEWSLETTER]);
  await screens.check(page, 'plan-actions-by-organisation');
  await organisation.selectOption({ label: 'All organisations' });
  await shownNow(all);
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test('a long area shows its first actions, and "Show more" the rest, a few at a time', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());

  // 23 actions in area 1 (every third one red), one in area 2.
  const wording = (n) => `Visit carers at home, round ${n}`;
  const actions = Array.from({ length: 23 }, (_, i) => ({
    area: 1,
    what: wording(i + 1),
    lead: { person: 'Sam Smith' },
    history: i % 3 === 0 ? [{ on: '2024-06-01', status: 'red', note: 'Behind' }] : undefined,
  }));
  actions.push({ area: 2, what: 'Hold a health check day for carers', lead: { person: 'Priya Shah' } });
  const doc = planDocument({ locality: 'Longton', actions });
  await importPlan(page, doc);
  await mainHeading(page, planTitle('Longton'));
  const area1 = page.locator('section').filter({
    has: page.getByRole('heading', { level: 2, name: `Area of focus 1: ${AREAS[0].name}`, exact: true }),
  });
  const cards = area1.getByRole('listitem').filter({ has: page.getByRole('link') });
  const more = area1.getByRole('button', { name: 'Show 10 more actions', exact: true });

  // Every match is counted; the first ten are shown, and the area says so.
  await page.getByText('Showing 24 of 24 actions', { exact: true }).waitFor();
  await until(async () => assert.equal(await cards.count(), 10));
  await area1.getByText('You can see 10 of the 23 matching actions in this area.', { exact: true }).waitFor();
  await actionCard(page, wording(10)).waitFor();
  assert.equal(await actionCard(page, wording(11)).count(), 0, 'the eleventh action waits for "Show more"');
  await actionCard(page, 'Hold a health check day for carers').waitFor();
  await screens.check(page, 'plan-actions-show-more');

  // From the keyboard: the button shows ten more and takes focus to the first of them.
  await more.focus();
  await page.keyboard.press('Enter');
  await until(async () => assert.equal(await cards.count(), 20));
  await until(async () => assert.equal(await focusedText(page), wording(11)));
  await area1.getByText('You can see 20 of the 23 matching actions in this area.', { exact: true }).waitFor();

  // The last few: the button says how many, then goes.
  await area1.getByRole('button', { name: 'Show 3 more actions', exact: true }).click();
  await until(async () => assert.equal(await cards.count(), 23));
  await until(async () => assert.equal(await focusedText(page), wording(21)));
  await isGone(area1.getByRole('button', { name: /^Show \d+ more action/ }));
  await isGone(area1.getByText(/^You can see/));

  // A new filter starts again from the first matches: 8 red actions, all shown.
  const status = page.getByRole('search', { name: 'Filter actions', exact: true }).getByLabel('Status', { exact: true });
  await status.selectOption({ label: 'Red' });
  await page.getByText('Showing 8 of 24 actions', { exact: true }).waitFor();
  await until(async () => assert.equal(await cards.count(), 8));
  await isGone(area1.getByRole('button', { name: /^Show \d+ more action/ }));
  const area2 = page.locator('section').filter({
    has: page.getByRole('heading', { level: 2, name: `Area of focus 2: ${AREAS[1].name}`, exact: true }),
  });
  await area2.getByText('No actions here match these filters.', { exact: true }).waitFor();

  // Back to every status: the first ten again, and the button with them.
  await status.selectOption({ label: 'All statuses' });
  await page.getByText('Showing 24 of 24 actions', { exact: true }).waitFor();
  await until(async () => assert.equal(await cards.count(), 10));
  await more.waitFor();
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});
