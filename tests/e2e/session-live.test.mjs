// A live co-production session across devices: phones join with the code, agree,
// say which roles fit them and send "I need…" statements; the projector board shows
// them as they arrive; a phone that goes offline keeps what it typed and sends it
// once when it is back; a script in a statement stays text; votes stay hidden on the
// board until they are shown.
//
// The first test drives the facilitator's side through the server's own live
// connection (as the facilitator's device would), so the phones and the board are
// tested on their own. The second goes through the facilitator's screens too: the
// count of people in the room, and the statements behind a drafted action, kept on
// the facilitator's device and shown in the action editor, offline too.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasCount, hasText, launchBrowser, mainHeading, openPage, screenChecks, until, url } from './browser.mjs';
import { PLAN_URL, actionCard, planNav, startPlan } from './app.mjs';
import { createSession, facilitate } from './live.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const XSS = '<img src=x onerror="window.__pwned = true">I need this to stay text';

/** A phone at 360 px that joins with the code: by the QR code's address, or typed. */
async function joinOnPhone(name, code, { byQr, roles = [], young = 'I\'d rather not say', screens }) {
  const phone = await openPage(browser, 360);
  const { page } = phone;
  if (byQr) {
    await page.goto(url(`/join?code=${code}`));
    await mainHeading(page, 'Join a session');
    assert.equal(await page.getByLabel('Join code', { exact: true }).inputValue(), code, 'the QR code fills in the code');
  } else {
    await page.goto(url('/join'));
    await mainHeading(page, 'Join a session');
    await page.getByLabel('Join code', { exact: true }).fill(code.toLowerCase());
  }
  await screens?.check(page, 'live-join-code');
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByRole('heading', { name: 'Pick a name to go by', exact: true }).waitFor();
  await page.getByText("You don't need to use your real name.", { exact: true }).waitFor();
  await page.getByLabel('Your name for this session', { exact: true }).fill(name);
  await screens?.check(page, 'live-join-name');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('heading', { name: 'Before you start', exact: true }).waitFor();
  await screens?.check(page, 'live-consent');
  await page.getByRole('button', { name: 'I agree', exact: true }).click();
  const fit = page.getByRole('group', { name: 'Which of these fit you?', exact: true });
  await fit.waitFor();
  // Each new screen starts a keyboard user at its heading, not at the top of the page.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'About you', 'focus moves to "About you"');
  for (const role of roles) {
    await fit.getByRole('checkbox', { name: role, exact: true }).check();
  }
  // "Are you a young carer?" asks it once; it is not also a tick box among the roles.
  assert.equal(await fit.getByRole('checkbox', { name: 'Young carer', exact: true }).count(), 0, 'young carer is asked once');
  await page.getByRole('group', { name: 'Are you a young carer?', exact: true }).getByRole('radio', { name: young, exact: true }).check();
  await screens?.check(page, 'live-about-you');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByLabel('I need…', { exact: true }).waitFor();
  assert.equal(
    await page.evaluate(() => document.activeElement?.textContent),
    'Share what you need',
    'focus moves to the heading of the sharing screen',
  );
  return phone;
}

/** Sends a statement from a phone. */
async function send(page, text) {
  await page.getByLabel('I need…', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
}

/** The phone's line saying whether what it sent has gone. */
function sendStatus(page) {
  return page.getByRole('status').filter({ hasText: /^(Sent|Sending…|Not sent yet — will send when you are back online)$/ });
}

/** The board's statements with this exact text, wherever they are shown. */
function onBoard(board, text) {
  return board.locator('.live-board').getByRole('listitem').filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
}

test('phones join with the code, the board shows their statements live, offline ones arrive once', async (t) => {
  const screens = screenChecks();
  const { context, page: facilitator, errors } = await openPage(browser, 1280);
  t.after(() => context.close());
  const created = await createSession(facilitator, 'What carers in Maltby need');

  // The board, opened with its key in the address fragment, then kept on the device.
  const board = await context.newPage();
  await board.goto(url(`/board/${created.session}#board=${created.board_token}`));
  await mainHeading(board, 'What carers in Maltby need');
  await hasText(board.locator('.live-board__code'), `Join code: ${created.code}`);
  assert.equal(new URL(board.url()).hash, '', 'the key is taken out of the address bar');
  await until(async () => {
    const width = await board.getByRole('img', { name: /^QR code that opens / }).evaluate((img) => img.naturalWidth);
    assert.ok(width > 0, 'the QR code is drawn');
  });
  await board.getByText('Statements will appear here as people send them.', { exact: true }).waitFor();
  await screens.check(board, 'live-board-empty');

  const ann = await joinOnPhone('Ann', created.code, { byQr: true, roles: ['Parent carer', 'Working carer'], young: 'No', screens });
  t.after(() => ann.context.close());
  const bo = await joinOnPhone('Bo', created.code, { byQr: false, roles: [], young: 'Yes' });
  t.after(() => bo.context.close());

  await send(ann.page, 'I need to tell my story once');
  await hasText(sendStatus(ann.page), /^Sent$/);
  await send(bo.page, 'I need one named contact');
  await hasText(sendStatus(bo.page), /^Sent$/);
  await screens.check(ann.page, 'live-phone-share');
  await hasCount(onBoard(board, 'I need to tell my story once'), 1);
  await hasCount(onBoard(board, 'I need one named contact'), 1);
  await hasText(board.locator('.live-board__count'), '2 statements');

  // Bo loses the network: the statement waits on the phone, then arrives once.
  await bo.context.setOffline(true);
  await hasText(bo.page.locator('.live-link'), /^Offline/);
  await send(bo.page, 'I need a break now and then');
  await hasText(sendStatus(bo.page), /^Not sent yet — will send when you are back online$/);
  await hasText(bo.page.locator('.live-mine li').filter({ hasText: 'I need a break now and then' }), 'Not sent yet');
  await hasCount(onBoard(board, 'I need a break now and then'), 0);
  await bo.context.setOffline(false);
  await hasText(sendStatus(bo.page), /^Sent$/);
  await hasCount(onBoard(board, 'I need a break now and then'), 1);

  // Words that look like code are shown as words.
  await send(ann.page, XSS);
  await hasCount(onBoard(board, XSS), 1);
  assert.equal(await board.evaluate(() => window.__pwned), undefined, 'the board ran no script from a statement');
  assert.equal(await board.locator('.live-board__statements img').count(), 0);

  // A reload keeps the phone in the session, with what it sent.
  await ann.page.reload();
  await mainHeading(ann.page, 'What carers in Maltby need');
  await ann.page.locator('.live-mine li').filter({ hasText: 'I need to tell my story once' }).waitFor();
  await hasText(sendStatus(ann.page), /^Sent$/);
  await hasCount(onBoard(board, 'I need a break now and then'), 1);

  // A statement the facilitator hides leaves the board.
  await facilitate(facilitator, created, [{ kind: 'hide', text: 'I need one named contact' }]);
  await hasCount(onBoard(board, 'I need one named contact'), 0);
  await hasText(board.locator('.live-board__count'), '3 statements');

  // Grouping, then voting: the phones get dot buttons; the board keeps the votes hidden.
  await facilitate(facilitator, created, [
    { kind: 'advance', to: 'group' },
    { kind: 'add-theme', name: 'Tell my story once' },
    { kind: 'add-theme', name: 'Time for me' },
    { kind: 'assign', text: 'I need to tell my story once', theme: 'Tell my story once' },
    { kind: 'assign', text: 'I need a break now and then', theme: 'Time for me' },
  ]);
  await ann.page.getByText('Waiting for the facilitator…', { exact: true }).waitFor();
  await screens.check(ann.page, 'live-phone-waiting');
  await board.getByRole('heading', { name: 'Tell my story once', exact: true }).waitFor();
  await facilitate(facilitator, created, [{ kind: 'advance', to: 'prioritise' }]);
  for (const phone of [ann, bo]) {
    await hasText(phone.page.getByRole('status').filter({ hasText: /^Votes left/ }), 'Votes left: 3');
  }
  await ann.page.getByRole('button', { name: 'Add a dot to Tell my story once', exact: true }).click();
  await ann.page.getByRole('button', { name: 'Add a dot to Tell my story once', exact: true }).click();
  await hasText(ann.page.getByRole('status').filter({ hasText: /^Votes left/ }), 'Votes left: 1');
  // A keyboard user stays on the button they pressed while the themes are drawn again.
  await bo.page.getByRole('button', { name: 'Add a dot to Time for me', exact: true }).focus();
  await bo.page.keyboard.press('Enter');
  await hasText(bo.page.getByRole('status').filter({ hasText: /^Votes left/ }), 'Votes left: 2');
  await bo.page.getByRole('button', { name: 'Take a dot back from Time for me', exact: true }).waitFor();
  assert.equal(
    await bo.page.evaluate(() => document.activeElement?.textContent),
    'Add a dot to Time for me',
    'focus stays on the button pressed',
  );
  // Each theme on the phone says what is in it, not only how many statements.
  const story = ann.page.locator('.live-theme').filter({ has: ann.page.getByRole('heading', { name: 'Tell my story once', exact: true }) });
  await story.getByRole('listitem').filter({ hasText: 'I need to tell my story once' }).waitFor();
  await screens.check(ann.page, 'live-phone-vote');
  await board.getByText('Voting is open. The votes stay hidden until the facilitator shows them.', { exact: true }).waitFor();
  assert.equal(await board.locator('.live-board__votes').count(), 0, 'no votes on the board before they are shown');
  // At 1280 × 800 the join code is on one line and the themes start above the fold.
  const codeBox = await board.locator('.live-board__code strong').boundingBox();
  const codeLine = await board.locator('.live-board__code strong').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  assert.ok(codeBox.height < codeLine * 1.5, `the join code is on one line (${codeBox.height}px for a ${codeLine}px line)`);
  const themesTop = (await board.getByRole('heading', { name: 'Themes', exact: true }).boundingBox()).y;
  assert.ok(themesTop < 800, `the themes start above the fold (at ${themesTop}px)`);
  await screens.check(board, 'live-board-voting');

  await facilitate(facilitator, created, [{ kind: 'reveal' }]);
  await hasText(board.locator('.live-board__theme').filter({ hasText: 'Tell my story once' }).locator('.live-board__votes'), 'Place 1 — 2 dots');
  await hasText(board.locator('.live-board__theme').filter({ hasText: 'Time for me' }).locator('.live-board__votes'), 'Place 2 — 1 dot');
  await screens.check(board, 'live-board-revealed');

  screens.assertClean();
  assert.deepEqual(errors, [], 'the facilitator and board pages raised no errors');
  assert.deepEqual(ann.errors, [], "Ann's phone raised no errors");
  assert.deepEqual(bo.errors, [], "Bo's phone raised no errors");
});

/** A statement in the facilitator's list, by its exact text. */
function statementItem(page, text) {
  return page.locator('li.statement').filter({ has: page.locator('.statement__text', { hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
}

test('a facilitator runs a session on people\'s phones, from joining to draft actions', async (t) => {
  const screens = screenChecks();
  const { context, page: facilitator, errors } = await openPage(browser, 1280);
  t.after(() => context.close());

  await startPlan(facilitator, 'Maltby');
  await planNav(facilitator, 'Sessions').click();
  await mainHeading(facilitator, 'Co-production sessions');
  await facilitator.getByLabel('Title', { exact: true }).fill('What carers in Maltby need');
  await facilitator.getByLabel('Date', { exact: true }).fill('2024-05-14');
  await facilitator.getByRole('radio', { name: 'On their own phones (needs the internet)', exact: true }).check();
  await facilitator.getByRole('button', { name: 'Start session', exact: true }).click();
  await mainHeading(facilitator, 'What carers in Maltby need');
  const codeText = facilitator.locator('.live-panel__code-text');
  await codeText.waitFor();
  const code = (await codeText.innerText()).trim();
  assert.match(code, /^[2-9A-Z]{6}$/);
  await hasText(facilitator.getByRole('status').filter({ hasText: /^Connection:/ }), 'Connected');
  // Where phones go, and the QR code, are on the facilitator's screen as well as the board.
  await hasText(facilitator.locator('.live-panel__how'), `On a phone, go to ${url('/join')} and type the code`);
  await facilitator.getByRole('img', { name: 'QR code: scan it with a phone camera to join this session', exact: true }).waitFor();
  // The facilitator is told when the server will delete the session (90 days unless used).
  const deletion = new Date(Date.now() + 90 * 24 * 3600 * 1000).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  await hasText(
    facilitator.locator('.live-panel'),
    `This session and everything said in it will be deleted on ${deletion} unless it is used again; download it before then.`,
  );

  // The board opens in a new tab, from the facilitator's screen.
  const [board] = await Promise.all([
    context.waitForEvent('page'),
    facilitator.getByRole('link', { name: 'Open the board', exact: true }).click(),
  ]);
  await mainHeading(board, 'What carers in Maltby need');
  await hasText(board.locator('.live-board__code'), `Join code: ${code}`);

  const ann = await joinOnPhone('Ann', code, { byQr: true, roles: ['Parent carer'], young: 'No' });
  t.after(() => ann.context.close());
  const bo = await joinOnPhone('Bo', code, { byQr: false, roles: ['Caring for someone with dementia', 'Working carer'], young: "I'd rather not say" });
  t.after(() => bo.context.close());

  const story = 'I need to tell my story once';
  const contact = 'I need one named contact';
  const breather = 'I need a break now and then';
  await send(ann.page, story);
  await send(bo.page, contact);
  for (const text of [story, contact]) {
    await hasCount(onBoard(board, text), 1);
    await hasCount(statementItem(facilitator, text), 1);
  }

  // Bo goes offline, types, comes back: the statement arrives exactly once everywhere.
  await bo.context.setOffline(true);
  await hasText(bo.page.locator('.live-link'), /^Offline/);
  await send(bo.page, breather);
  await hasText(sendStatus(bo.page), /^Not sent yet — will send when you are back online$/);
  await bo.context.setOffline(false);
  await hasText(sendStatus(bo.page), /^Sent$/);
  await hasCount(onBoard(board, breather), 1);
  await hasCount(statementItem(facilitator, breather), 1);

  // A statement that looks like code is text on the facilitator's screen and the board.
  await send(ann.page, XSS);
  await hasCount(onBoard(board, XSS), 1);
  await hasCount(statementItem(facilitator, XSS), 1);
  for (const page of [facilitator, board]) {
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran from a statement');
  }
  await screens.check(facilitator, 'live-facilitator-share');
  await screens.check(board, 'live-board-share');

  // The people in the room, counted: bad input is refused beside the field.
  const headcount = facilitator.getByLabel('How many people are taking part?', { exact: true });
  await headcount.fill('a dozen');
  await facilitator.getByRole('button', { name: 'Save number', exact: true }).click();
  await hasText(
    facilitator.getByText('Type the number of people as a whole number, like 12, or leave it empty.', { exact: true }),
    'whole number',
  );
  assert.equal(await headcount.getAttribute('aria-invalid'), 'true');
  assert.match(await headcount.getAttribute('aria-describedby'), /headcount-error/);
  await screens.check(facilitator, 'live-facilitator-headcount-error');
  await headcount.fill('10001');
  await facilitator.getByRole('button', { name: 'Save number', exact: true }).click();
  await hasText(facilitator.locator('#headcount-error'), 'can be from 1 to 10000');
  await headcount.fill('12');
  await facilitator.getByRole('button', { name: 'Save number', exact: true }).click();
  await hasText(facilitator.getByRole('status').filter({ hasText: /^Saved:/ }), 'Saved: 12 people are taking part.');
  assert.equal(await headcount.getAttribute('aria-invalid'), null);

  // Group.
  await facilitator.getByRole('button', { name: 'Move on to Group', exact: true }).click();
  for (const theme of ['Tell my story once', 'Someone to call']) {
    await facilitator.getByLabel('Theme name', { exact: true }).fill(theme);
    await facilitator.getByRole('button', { name: 'Add theme', exact: true }).click();
  }
  const themeOf = { [story]: 'Tell my story once', [contact]: 'Someone to call', [breather]: 'Someone to call' };
  for (const [text, theme] of Object.entries(themeOf)) {
    await statementItem(facilitator, text).getByLabel('Theme for this statement', { exact: true }).selectOption({ label: theme });
  }
  await board.getByRole('heading', { name: 'Someone to call', exact: true }).waitFor();
  await ann.page.getByText('Waiting for the facilitator…', { exact: true }).waitFor();
  await screens.check(facilitator, 'live-facilitator-group');

  // Prioritise: phones vote; the board shows no votes until "Show the votes".
  await facilitator.getByRole('button', { name: 'Move on to Prioritise', exact: true }).click();
  await ann.page.getByRole('button', { name: 'Add a dot to Tell my story once', exact: true }).click();
  await ann.page.getByRole('button', { name: 'Add a dot to Someone to call', exact: true }).click();
  await hasText(ann.page.getByRole('status').filter({ hasText: /^Votes left/ }), 'Votes left: 1');
  for (let i = 0; i < 3; i += 1) {
    await bo.page.getByRole('button', { name: 'Add a dot to Someone to call', exact: true }).click();
  }
  await hasText(bo.page.getByRole('status').filter({ hasText: /^Votes left/ }), 'Votes left: 0');
  await screens.check(bo.page, 'live-phone-no-votes-left');
  await board.getByText('Voting is open. The votes stay hidden until the facilitator shows them.', { exact: true }).waitFor();
  assert.equal(await board.locator('.live-board__votes').count(), 0, 'no votes on the board before they are shown');
  // At 1280 × 800 the join code is on one line and the themes start above the fold.
  const codeBox = await board.locator('.live-board__code strong').boundingBox();
  const codeLine = await board.locator('.live-board__code strong').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  assert.ok(codeBox.height < codeLine * 1.5, `the join code is on one line (${codeBox.height}px for a ${codeLine}px line)`);
  const themesTop = (await board.getByRole('heading', { name: 'Themes', exact: true }).boundingBox()).y;
  assert.ok(themesTop < 800, `the themes start above the fold (at ${themesTop}px)`);
  await facilitator.getByRole('button', { name: 'Show the votes', exact: true }).click();
  await hasText(board.locator('.live-board__theme').filter({ hasText: 'Someone to call' }).locator('.live-board__votes'), 'Place 1 — 4 dots');
  await hasText(board.locator('.live-board__theme').filter({ hasText: 'Tell my story once' }).locator('.live-board__votes'), 'Place 2 — 1 dot');
  await screens.check(facilitator, 'live-facilitator-prioritise');

  // Plan: the top theme becomes a draft action in the plan, with where it came from.
  await facilitator.getByRole('button', { name: 'Move on to Plan', exact: true }).click();
  const top = facilitator.locator('li.ranked').filter({ hasText: 'Someone to call' });
  await top.getByRole('button', { name: 'Make this a draft action', exact: true }).click();
  await hasText(top, 'Added to the plan');
  await screens.check(facilitator, 'live-facilitator-plan');
  await planNav(facilitator, 'Actions').click();
  await facilitator.waitForURL(PLAN_URL);
  await actionCard(facilitator, 'Someone to call').waitFor();
  await facilitator.getByRole('link', { name: 'Someone to call', exact: true }).click();
  await mainHeading(facilitator, 'Edit action');
  // The statements come from the copy of the session kept on this device.
  const from = facilitator.getByRole('region', { name: 'Where this action came from', exact: true });
  await hasText(from, 'Drafted at the co-production session What carers in Maltby need.');
  await hasText(from, 'Theme Someone to call');
  await from.getByRole('listitem').filter({ hasText: contact }).waitFor();
  await from.getByRole('listitem').filter({ hasText: breather }).waitFor();
  await hasCount(from.getByRole('listitem'), 2);
  assert.ok(!(await from.innerText()).includes('kept with the live session'));
  // With the network off, after a reload, they are still there.
  await facilitator.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const editor = facilitator.url();
  await context.setOffline(true);
  await facilitator.reload();
  await mainHeading(facilitator, 'Edit action');
  await from.getByRole('listitem').filter({ hasText: contact }).waitFor();
  await hasCount(from.getByRole('listitem'), 2);
  await context.setOffline(false);
  assert.equal(facilitator.url(), editor);

  // The summary counts the people in the room, not only those who joined.
  await from.getByRole('link', { name: 'What carers in Maltby need', exact: true }).click();
  await mainHeading(facilitator, 'What carers in Maltby need');
  await facilitator.getByRole('link', { name: 'Session summary', exact: true }).click();
  await mainHeading(facilitator, 'Session summary');
  const summary = facilitator.getByRole('main');
  await hasText(summary, '12 people took part.');
  await hasText(summary, 'The facilitator counted the people in the room; 2 of them joined to share or vote.');
  await hasText(summary, '“Involvement in co-production”: 12 people taking part.');
  await screens.check(facilitator, 'live-session-summary');
  const summaryText = await summary.innerText();
  for (const name of ['Ann', 'Bo']) {
    assert.ok(!new RegExp(`\\b${name}\\b`).test(summaryText), `the summary does not name ${name}`);
  }

  screens.assertClean();
  assert.deepEqual(errors, [], 'the facilitator and board pages raised no errors');
  assert.deepEqual(ann.errors, [], "Ann's phone raised no errors");
  assert.deepEqual(bo.errors, [], "Bo's phone raised no errors");
});
