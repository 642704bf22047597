// Languages on the co-production session screens and help: in the pseudo-language
// every word of the sessions list, the facilitator's view in each phase (one device
// and live), the summary, where a drafted action came from and every help guide comes
// from a catalogue; the same screens in Urdu read right to left at 360 px (and 1280 px)
// with nothing off screen and axe clean. What people wrote (titles, statements, theme
// names, the borough's strategy) is shown as written.
//
// The session is run in English (so the steps find things by their English words),
// and each screen is looked at where the run reaches it, reloaded in the
// pseudo-language and then in Urdu.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasText, launchBrowser, mainHeading, openPage, screenChecks, url } from './browser.mjs';
import { field, planNav, saved, startPlan } from './app.mjs';
import { pseudoProblems } from './languages.mjs';

const TITLE = 'What carers in Maltby need';
const STORY = 'to tell my story once';
const BREAK = 'a break on Saturdays';
const HIDDEN = 'Call Sam Smith on 01709 123456';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** Keeps a language on this device (none: English), as the header's switcher does. */
async function keepLanguage(page, tag) {
  await page.evaluate((tag) => {
    if (tag) localStorage.setItem('cares-language', tag);
    else localStorage.removeItem('cares-language');
  }, tag);
}

/**
 * Leaves only `selector` to be checked: the plan's frame around these screens (its
 * title, tabs and save status) belongs to another part of the app, converted on its own.
 */
async function onlyWithin(page, selector) {
  await page.evaluate((selector) => {
    for (let el = document.querySelector(selector); el && el !== document.body; el = el.parentElement) {
      for (const other of el.parentElement.children) {
        if (other !== el) other.setAttribute('translate', 'no');
      }
    }
  }, selector);
}

/**
 * The screen at `path` (ready when `ready` shows), in the pseudo-language and in Urdu,
 * then back in English where it was.
 */
function looker(page, found, screens) {
  return async function look(path, { ready, within, name }) {
    const open = async () => {
      await page.goto(url(path));
      await page.locator(ready).first().waitFor();
    };
    await keepLanguage(page, 'en-x-pseudo');
    await open();
    if (within) await onlyWithin(page, within);
    found.push(...(await pseudoProblems(page, path)));

    await keepLanguage(page, 'ur');
    await open();
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl', `${path} reads right to left in Urdu`);
    await screens.check(page, `languages-ur-${name}`);

    await keepLanguage(page, null);
    await open();
  };
}

test('the session screens come from the catalogues, and read right to left in Urdu', async (t) => {
  const { context, page, errors } = await openPage(browser, 1280);
  const screens = screenChecks();
  t.after(() => context.close());
  const found = [];
  const look = looker(page, found, screens);

  const doc = await startPlan(page, 'Maltby');
  await planNav(page, 'Sessions').click();
  await mainHeading(page, 'Co-production sessions');
  const sessions = new URL(page.url()).pathname;
  await look(sessions, { ready: '.start-session', within: '.sessions', name: 'sessions-empty' });

  // A session on this device, in the share phase: statements, one hidden, a headcount.
  await field(page, 'Title').fill(TITLE);
  await page.getByRole('button', { name: 'Start session', exact: true }).click();
  await page.waitForURL((u) => new RegExp(`^/plan/${doc}/session/[^/]+$`).test(u.pathname));
  await mainHeading(page, TITLE);
  const room = new URL(page.url()).pathname;
  for (const text of [STORY, BREAK, HIDDEN]) {
    await field(page, 'I need…').fill(text);
    await page.getByRole('button', { name: 'Add statement', exact: true }).click();
    await page.locator('.statement').filter({ hasText: text }).waitFor();
  }
  await page.locator('.statement').filter({ hasText: HIDDEN }).getByRole('button', { name: 'Hide', exact: true }).click();
  await page.getByText('Hidden: not shown to anyone or counted.', { exact: true }).waitFor();
  await field(page, 'How many people are taking part?').fill('5');
  await page.getByRole('button', { name: 'Save number', exact: true }).click();
  await hasText(page.locator('.headcount__status'), 'Saved: 5 people are taking part.');
  await saved(page);
  await look(room, { ready: '.statement', within: '.session-room', name: 'session-share' });

  // Group: two themes, each statement in one.
  await page.getByRole('button', { name: 'Move on to Group', exact: true }).click();
  for (const [theme, text] of [['One story', STORY], ['Breaks', BREAK]]) {
    await field(page, 'Theme name').fill(theme);
    await page.getByRole('button', { name: 'Add theme', exact: true }).click();
    await page.locator('.theme__name').filter({ hasText: theme }).waitFor();
    await page.locator('.statement').filter({ hasText: text }).getByLabel('Theme for this statement', { exact: true }).selectOption({ label: theme });
  }
  await saved(page);
  await look(room, { ready: '.theme', within: '.session-room', name: 'session-group' });

  // Prioritise: a dot before the votes are shown, then shown.
  await page.getByRole('button', { name: 'Move on to Prioritise', exact: true }).click();
  await page.getByRole('button', { name: 'Add a dot to One story', exact: true }).click();
  await hasText(page.getByRole('status').filter({ hasText: 'Votes left' }), 'Votes left: 2');
  await saved(page);
  await look(room, { ready: '.vote-theme', within: '.session-room', name: 'session-prioritise' });
  await page.getByRole('button', { name: 'Show the votes', exact: true }).click();
  await page.getByText('The votes are showing.', { exact: true }).waitFor();

  // Plan: one theme becomes a draft action.
  await page.getByRole('button', { name: 'Move on to Plan', exact: true }).click();
  await page.locator('.ranked').filter({ hasText: 'One story' }).getByRole('button', { name: 'Make this a draft action', exact: true }).click();
  await page.getByText(/^Added to the plan:/).waitFor();
  await saved(page);
  await look(room, { ready: '.ranked__added', within: '.session-room', name: 'session-plan' });

  // The summary, and where the drafted action came from.
  await look(`${room}/summary`, { ready: '.session-summary__said-list', within: '.session-summary', name: 'session-summary' });
  await page.getByRole('link', { name: 'Back to the session', exact: true }).waitFor();
  const action = await page.locator('.session-summary__actions a').getAttribute('href');
  await look(action, { ready: '.provenance__statements', within: '.provenance', name: 'action-provenance' });

  // The list of sessions, with the session in it.
  await look(sessions, { ready: '.session-list', within: '.sessions', name: 'sessions-list' });

  // A live session: the join code, the address, the QR code and the board link.
  await field(page, 'Title').fill('Maltby carers evening');
  await page.getByRole('radio', { name: 'On their own phones (needs the internet)', exact: true }).check();
  await page.getByRole('button', { name: 'Start session', exact: true }).click();
  await mainHeading(page, 'Maltby carers evening');
  await page.getByRole('link', { name: 'Open the board', exact: true }).waitFor();
  const live = new URL(page.url()).pathname;
  await look(live, { ready: '.live-panel__board', within: '.session-room', name: 'session-live' });

  // Help: the list of guides and each guide.
  for (const topic of ['', '/plan', '/pack', '/session', '/sharing', '/strategy']) {
    const name = topic ? `help-${topic.slice(1)}` : 'help';
    await look(`/help${topic}`, { ready: 'main h1', within: 'main', name });
  }

  assert.deepEqual(found, [], `text that is not from a catalogue:\n${found.join('\n')}`);
  screens.assertClean();
  assert.deepEqual(errors, [], 'the pages should raise no errors');
});
