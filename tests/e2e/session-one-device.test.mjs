// A co-production session run on one device with the network off: the facilitator
// types what people need, hides and removes statements, groups them into themes,
// takes the room's dot votes, shows them, and turns the top themes into draft
// actions that remember where they came from.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { focusedText, hasCount, hasText, isGone, launchBrowser, mainHeading, openPage, screenChecks } from './browser.mjs';
import { actionCard, field, planNav, saved, startPlan } from './app.mjs';
import { planTitle } from './documents.mjs';

const TITLE = 'What carers in Maltby need';
const STORY = 'to tell my story once';
const REPEAT = 'not to repeat myself to every service';
const BREAK = 'a break on Saturdays';
const SITTER = 'a sitter so I can go out';
const HIDDEN = 'Call Sam Smith on 01709 123456';
const REMOVED = 'typed this twice by mistake';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** The region of the facilitator's view with this heading ("Statements", "Themes"). */
function region(page, name) {
  return page.getByRole('region', { name, exact: true });
}

/** A statement in the facilitator's list. */
function statement(page, text) {
  return region(page, 'Statements').getByRole('listitem').filter({ hasText: text });
}

/** A theme (or a ranked theme) by its heading. */
function themeItem(page, name) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

/** The step the session is at, as the ordered list of steps marks it. */
async function currentStep(page) {
  const steps = page.getByRole('list', { name: 'Session steps', exact: true });
  return (await steps.locator('[aria-current="step"]').innerText()).replace(/\s+/g, ' ').trim();
}

async function addStatement(page, text) {
  await field(page, 'I need…').fill(text);
  await page.getByRole('button', { name: 'Add statement', exact: true }).click();
  await statement(page, text).waitFor();
  await hasText(page.getByRole('status').filter({ hasText: 'Statement added.' }), 'Statement added.');
}

async function addTheme(page, name) {
  await field(page, 'Theme name').fill(name);
  await page.getByRole('button', { name: 'Add theme', exact: true }).click();
  await region(page, 'Themes').getByRole('heading', { name, exact: true }).waitFor();
}

async function assign(page, text, theme) {
  await statement(page, text).getByLabel('Theme for this statement', { exact: true }).selectOption({ label: theme });
  await themeItem(page, theme).getByRole('listitem').filter({ hasText: text }).waitFor();
}

async function dot(page, theme) {
  await page.getByRole('button', { name: `Add a dot to ${theme}`, exact: true }).click();
}

test('a one-device session runs offline from statements to draft actions with their provenance', async (t) => {
  const { context, page, errors } = await openPage(browser);
  const screens = screenChecks();
  t.after(() => context.close());

  const doc = await startPlan(page, 'Maltby');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await mainHeading(page, planTitle('Maltby'));

  // The list of sessions and the form that starts one.
  await planNav(page, 'Sessions').click();
  await mainHeading(page, 'Co-production sessions');
  await page.getByText('No sessions yet.', { exact: true }).waitFor();
  assert.equal(await field(page, 'Votes each person gets').inputValue(), '3');
  const thisDevice = page
    .getByRole('group', { name: 'How will people take part?', exact: true })
    .getByRole('radio', { name: 'On this device (works offline)', exact: true });
  assert.ok(await thisDevice.isChecked(), 'one device is the default');
  await screens.check(page, 'sessions-empty');

  await page.getByRole('button', { name: 'Start session', exact: true }).click();
  await hasText(page.getByText('The session needs a title.', { exact: true }), 'needs a title');
  assert.equal(await field(page, 'Title').getAttribute('aria-invalid'), 'true');

  await field(page, 'Title').fill(TITLE);
  await page.getByLabel('Area of focus', { exact: true }).selectOption({ index: 2 });
  await page.getByRole('button', { name: 'Start session', exact: true }).click();
  await page.waitForURL((u) => new RegExp(`^/plan/${doc}/session/[^/]+$`).test(u.pathname));
  await mainHeading(page, TITLE);
  const room = new URL(page.url()).pathname;
  assert.equal(await currentStep(page), 'Share (now)');
  await page.getByRole('heading', { level: 2, name: 'Share what you need', exact: true }).waitFor();

  // Share: a blank statement is refused beside the field; then the room's words.
  await page.getByRole('button', { name: 'Add statement', exact: true }).click();
  await hasText(page.getByText('A statement needs some words.', { exact: true }), 'needs some words');
  assert.equal(await field(page, 'I need…').getAttribute('aria-invalid'), 'true');
  for (const text of [STORY, REPEAT, BREAK, SITTER, HIDDEN, REMOVED]) {
    await addStatement(page, text);
  }
  await statement(page, HIDDEN).getByRole('button', { name: 'Hide', exact: true }).click();
  await statement(page, HIDDEN).getByText('Hidden: not shown to anyone or counted.', { exact: true }).waitFor();
  await statement(page, HIDDEN).getByRole('button', { name: 'Show', exact: true }).waitFor();
  await statement(page, REMOVED).getByRole('button', { name: 'Remove', exact: true }).click();
  await hasText(page.getByRole('alert'), 'Remove this statement for everyone?');
  await statement(page, REMOVED).getByRole('button', { name: 'Yes, remove it', exact: true }).click();
  await isGone(page.getByText(REMOVED));
  await hasText(region(page, 'Statements').getByRole('status'), '4 shown, 1 hidden.');
  await saved(page);
  await screens.check(page, 'session-share');

  // The timer is this device's own: set, counting down, stopped.
  await field(page, 'Set a timer (minutes)').fill('5');
  await page.getByRole('button', { name: 'Start timer', exact: true }).click();
  await hasText(page.getByRole('timer'), /^[45]:\d\d left$/);
  await page.getByRole('button', { name: 'Stop timer', exact: true }).click();
  await field(page, 'Set a timer (minutes)').waitFor();

  // Moving on with the keyboard alone: Tab to the button, Enter, focus on the new phase.
  await field(page, 'Set a timer (minutes)').focus();
  let reached = false;
  for (let i = 0; i < 40 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = (await focusedText(page)) === 'Move on to Group';
  }
  assert.ok(reached, 'Tab reaches "Move on to Group"');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: 'Group into themes', exact: true }).waitFor();
  assert.equal(await currentStep(page), 'Group (now)');
  assert.equal(await focusedText(page), 'Group into themes', 'focus moves to the new phase');

  // Group: themes made, statements put in them, two merged and one renamed.
  await addTheme(page, 'Tell my story once');
  await addTheme(page, 'Say it once');
  await addTheme(page, 'Breaks');
  await assign(page, STORY, 'Tell my story once');
  await assign(page, REPEAT, 'Say it once');
  await assign(page, BREAK, 'Breaks');
  await assign(page, SITTER, 'Breaks');
  const say = themeItem(page, 'Say it once');
  await say.getByLabel('Merge into…', { exact: true }).selectOption({ label: 'Tell my story once' });
  await say.getByRole('button', { name: 'Merge', exact: true }).click();
  await isGone(region(page, 'Themes').getByRole('heading', { name: 'Say it once', exact: true }));
  await themeItem(page, 'Tell my story once').getByRole('listitem').filter({ hasText: REPEAT }).waitFor();
  await themeItem(page, 'Breaks').getByRole('button', { name: 'Rename theme', exact: true }).click();
  await field(page, 'New name for this theme').fill('Regular breaks');
  await page.getByRole('button', { name: 'Save name', exact: true }).click();
  await region(page, 'Themes').getByRole('heading', { name: 'Regular breaks', exact: true }).waitFor();
  assert.equal(await statement(page, HIDDEN).getByLabel('Theme for this statement').count(), 0, 'a hidden statement is not grouped');
  await saved(page);
  await screens.check(page, 'session-group');

  // Prioritise: two people in the room vote in turn; the votes stay hidden until shown.
  await page.getByRole('button', { name: 'Move on to Prioritise', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Vote for what matters most', exact: true }).waitFor();
  assert.equal(await currentStep(page), 'Prioritise (now)');
  const who = field(page, 'Who is voting?');
  assert.equal(await who.locator('option:checked').innerText(), 'Someone in the room');
  await hasText(page.getByRole('status').filter({ hasText: 'Votes left' }), 'Votes left: 3');
  await dot(page, 'Tell my story once');
  await hasText(page.getByRole('status').filter({ hasText: 'Votes left' }), 'Votes left: 2');
  await dot(page, 'Tell my story once');
  // Each theme shows the statements in it while people vote.
  await themeItem(page, 'Tell my story once').getByRole('listitem').filter({ hasText: STORY }).waitFor();
  await themeItem(page, 'Tell my story once').getByRole('listitem').filter({ hasText: REPEAT }).waitFor();
  // The first person's last dot readies the device for the next person at once.
  await dot(page, 'Regular breaks');
  await hasText(page.getByRole('status').filter({ hasText: 'last vote' }), 'That was Someone in the room 1’s last vote: pass the device to the next person.');
  assert.equal(await who.locator('option:checked').innerText(), 'Someone in the room');
  await hasText(page.getByRole('status').filter({ hasText: 'Votes left' }), 'Votes left: 3');
  // Choosing someone with no votes left shows it, and their dot buttons can't be pressed.
  await who.selectOption({ label: 'Someone in the room 1' });
  await hasText(page.getByRole('status').filter({ hasText: 'Votes left' }), 'Votes left: 0');
  assert.ok(await page.getByRole('button', { name: 'Add a dot to Regular breaks', exact: true }).isDisabled(), 'no dot to add at 0 votes');
  await screens.check(page, 'session-prioritise-spent');
  await who.selectOption({ label: 'Someone in the room' });
  await dot(page, 'Regular breaks');
  await hasText(page.getByRole('status').filter({ hasText: 'Votes left' }), 'Votes left: 2');
  for (const theme of ['Tell my story once', 'Regular breaks']) {
    await hasText(themeItem(page, theme), 'Votes hidden');
  }
  assert.equal(await page.getByText(/\d votes?$/).count(), 0, 'no count shows before the reveal');
  await saved(page);
  await screens.check(page, 'session-prioritise');
  await page.getByRole('button', { name: 'Show the votes', exact: true }).click();
  await hasText(themeItem(page, 'Tell my story once'), '2 votes');
  await hasText(themeItem(page, 'Regular breaks'), '2 votes');

  // Plan: a tie shares first place, said in words; both become draft actions.
  await page.getByRole('button', { name: 'Move on to Plan', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Plan the actions', exact: true }).waitFor();
  assert.equal(await currentStep(page), 'Plan (now)');
  const ranked = page.locator('.ranking > li');
  await hasCount(ranked, 2);
  assert.deepEqual(
    await ranked.locator('h3').allInnerTexts(),
    ['Place 1 (tied) Regular breaks', 'Place 1 (tied) Tell my story once'],
  );
  for (const theme of ['Tell my story once', 'Regular breaks']) {
    const item = ranked.filter({ hasText: theme });
    await item.getByRole('button', { name: 'Make this a draft action', exact: true }).click();
    await hasText(item, `Added to the plan: ${theme}`);
    await item.getByRole('link', { name: theme, exact: true }).waitFor();
  }
  await saved(page);
  await screens.check(page, 'session-plan');

  // A reload (still offline) keeps everything.
  await page.reload();
  await mainHeading(page, TITLE);
  assert.equal(await currentStep(page), 'Plan (now)');
  await hasCount(page.getByText(/^Added to the plan:/), 2);
  assert.equal(await page.getByText(REMOVED).count(), 0);

  // The summary: counts only, no names, and what it adds to the progress marker.
  await page.getByRole('link', { name: 'Session summary', exact: true }).click();
  await mainHeading(page, 'Session summary');
  const summary = page.getByRole('main');
  await hasText(summary, '2 people took part.');
  await hasText(summary, 'This counts towards the progress marker “Involvement in co-production”: 2 people taking part.');
  await hasText(summary, '4 statements.');
  await hasText(summary, 'Place 1 (tied): Regular breaks — 2 votes, 2 statements');
  await hasText(summary, 'Place 1 (tied): Tell my story once — 2 votes, 2 statements');
  // What people said, in their words and without names, listed and to download.
  const said = page.locator('.session-summary__said-list');
  await said.getByRole('listitem').filter({ hasText: STORY }).waitFor();
  await hasText(said.getByRole('listitem').filter({ hasText: STORY }), 'Theme: Tell my story once');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download what people said (.csv)', exact: true }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'What carers in Maltby need statements.csv');
  const csv = (await import('node:fs')).readFileSync(await download.path(), 'utf8');
  assert.equal(csv.split('\r\n')[0], 'Theme,Statement');
  for (const text of [STORY, REPEAT, BREAK, SITTER]) assert.ok(csv.includes(text), `the file has "${text}"`);
  for (const unseen of [HIDDEN, REMOVED, 'Someone in the room']) assert.ok(!csv.includes(unseen), `the file leaves out "${unseen}"`);
  const text = await summary.innerText();
  for (const unseen of [HIDDEN, REMOVED, 'Someone in the room', 'Sam Smith']) {
    assert.ok(!text.includes(unseen), `the summary does not show "${unseen}"`);
  }
  await page.getByRole('region', { name: 'What went into the plan', exact: true }).getByRole('link', { name: 'Tell my story once', exact: true }).waitFor();
  await screens.check(page, 'session-summary');

  // The sessions list has it, and says where it is at.
  await planNav(page, 'Sessions').click();
  await mainHeading(page, 'Co-production sessions');
  await hasText(page.getByRole('listitem').filter({ hasText: TITLE }), 'On this device · Plan');
  await screens.check(page, 'sessions-list');

  // The plan's actions have both, and the editor says where each came from.
  await planNav(page, 'Actions').click();
  await actionCard(page, 'Tell my story once').waitFor();
  await actionCard(page, 'Regular breaks').waitFor();
  await page.getByRole('link', { name: 'Tell my story once', exact: true }).click();
  await mainHeading(page, 'Edit action');
  const from = page.getByRole('region', { name: 'Where this action came from', exact: true });
  await hasText(from, `Drafted at the co-production session ${TITLE}.`);
  await hasText(from, 'Theme Tell my story once');
  await hasText(from, 'Votes 2 votes');
  await from.getByRole('listitem').filter({ hasText: STORY }).waitFor();
  await from.getByRole('listitem').filter({ hasText: REPEAT }).waitFor();
  await page.reload();
  await mainHeading(page, 'Edit action');
  await hasCount(from.getByRole('listitem'), 2);
  const origin = await from.innerText();
  assert.ok(!origin.includes(HIDDEN) && !origin.includes(REMOVED), 'only visible statements are shown');
  await screens.check(page, 'action-provenance');
  await from.getByRole('link', { name: TITLE, exact: true }).click();
  await page.waitForURL((u) => u.pathname === room);
  await mainHeading(page, TITLE);

  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test('the same facilitator view runs a live session, with its join code, QR and board link', async (t) => {
  const { context, page, errors } = await openPage(browser);
  const screens = screenChecks();
  t.after(() => context.close());

  const doc = await startPlan(page, 'Rawmarsh');
  await planNav(page, 'Sessions').click();
  await mainHeading(page, 'Co-production sessions');
  await field(page, 'Title').fill('Rawmarsh carers evening');
  await page.getByRole('radio', { name: 'On their own phones (needs the internet)', exact: true }).check();
  await page.getByRole('button', { name: 'Start session', exact: true }).click();
  await page.waitForURL((u) => new RegExp(`^/plan/${doc}/session/[^/]+$`).test(u.pathname));
  await mainHeading(page, 'Rawmarsh carers evening');
  await hasText(page.getByText(/^Join code:/), /^Join code: [A-Z0-9]{4,}$/);
  await page.getByRole('img', { name: /QR code/ }).waitFor();
  await page.getByRole('link', { name: 'Open the board', exact: true }).waitFor();
  await hasText(page.getByRole('status').filter({ hasText: 'Connection:' }), /^Connection: /);
  assert.equal(await currentStep(page), 'Share (now)');

  // A statement typed for the room goes through the live connection and comes back.
  await addStatement(page, STORY);
  await screens.check(page, 'session-live');

  await planNav(page, 'Sessions').click();
  await hasText(page.getByRole('listitem').filter({ hasText: 'Rawmarsh carers evening' }), "On people's phones");
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});
