// A phone that drops off mid-session: the hall's Wi-Fi goes, the screen locks, the
// browser puts the tab to sleep and reloads it later. The phone says plainly that it
// is offline and what has not gone yet, opens again after a reload with no signal
// (the service worker has the app, the device has what was typed), and once the
// signal is back it is in the same place and everything typed arrives on the board
// once, however many times the page was reloaded.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasCount, hasText, launchBrowser, mainHeading, openPage, screenChecks, url } from './browser.mjs';
import { createSession } from './live.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const TITLE = 'What carers in Rawmarsh need';

/** The phone's line saying whether what it sent has gone. */
function sendStatus(page) {
  return page.locator('.live-send-status');
}

/** The phone's own statement, with its "Sent" / "Not sent yet" tag. */
function mine(page, text) {
  return page.locator('.live-mine li').filter({ has: page.locator('.live-mine__text', { hasText: text }) });
}

/** The board's statements with this exact text. */
function onBoard(board, text) {
  return board.locator('.live-board').getByRole('listitem').filter({ hasText: new RegExp(`^${text}$`) });
}

async function send(page, text) {
  await page.getByLabel('I need…', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
}

test('a phone that drops off keeps its place and what was typed, says so, and sends each statement once', async (t) => {
  const screens = screenChecks();
  const { context, page: facilitator, errors } = await openPage(browser, 1280);
  t.after(() => context.close());
  const created = await createSession(facilitator, TITLE, { locality: 'Rawmarsh' });
  const board = await context.newPage();
  await board.goto(url(`/board/${created.session}#board=${created.board_token}`));
  await mainHeading(board, TITLE);

  const phone = await openPage(browser, 360);
  t.after(() => phone.context.close());
  const { page } = phone;
  await page.goto(url(`/join?code=${created.code}`));
  await mainHeading(page, 'Join a session');
  // The first visit is over when the service worker has stored the phone's page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByLabel('Your name for this session', { exact: true }).fill('Cal');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('button', { name: 'I agree', exact: true }).click();
  await page.getByRole('group', { name: 'Are you a young carer?', exact: true }).getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await send(page, 'I need someone to call back');
  await hasText(sendStatus(page), /^Sent$/);
  // The Wi-Fi goes and the tab is reloaded straight away, inside the second in
  // which the phone keeps its copy of the session only once: what the server has
  // just confirmed is still shown as sent.
  await phone.context.setOffline(true);
  await page.reload();
  await hasText(mine(page, 'I need someone to call back').locator('.live-tag'), 'Sent');
  await hasCount(onBoard(board, 'I need someone to call back'), 1);

  // Away from the Wi-Fi the phone says so, and keeps what is typed.
  await hasText(page.locator('.live-link'), /^Offline — changes will be sent when you are back online$/);
  await send(page, 'I need a lift to the clinic');
  await send(page, 'I need a night off');
  await hasText(sendStatus(page), /^Not sent yet — will send when you are back online$/);
  await hasText(mine(page, 'I need a night off').locator('.live-tag'), 'Not sent yet');
  await screens.check(page, 'drop-off-offline');

  // The tab is put to sleep and reloaded with no signal: the app opens from the
  // device on the same screen, says plainly that it is offline, and shows what was
  // typed waiting to be sent.
  await page.reload();
  await hasText(page.locator('.live-link'), /^Offline — changes will be sent when you are back online$/);
  await mainHeading(page, TITLE);
  await hasText(mine(page, 'I need someone to call back').locator('.live-tag'), 'Sent');
  await hasText(mine(page, 'I need a night off').locator('.live-tag'), 'Not sent yet');
  await page.getByRole('button', { name: 'Leave this session', exact: true }).waitFor();
  await screens.check(page, 'drop-off-reloaded-offline');
  await hasCount(onBoard(board, 'I need a night off'), 0);

  // The signal comes back: the same session, and each waiting statement arrives once.
  await phone.context.setOffline(false);
  await mainHeading(page, TITLE);
  await hasText(mine(page, 'I need someone to call back').locator('.live-tag'), 'Sent');
  await hasText(sendStatus(page), /^Sent$/);
  await hasText(mine(page, 'I need a night off').locator('.live-tag'), 'Sent');
  await hasCount(onBoard(board, 'I need a lift to the clinic'), 1);
  await hasCount(onBoard(board, 'I need a night off'), 1);
  await hasText(board.locator('.live-board__count'), '3 statements');

  // Once more, online: the phone is still in its place and sends nothing again.
  await page.reload();
  await mainHeading(page, TITLE);
  await hasText(mine(page, 'I need a night off').locator('.live-tag'), 'Sent');
  await send(page, 'I need the minutes in large print');
  await hasText(sendStatus(page), /^Sent$/);
  await hasText(board.locator('.live-board__count'), '4 statements');
  for (const text of ['I need someone to call back', 'I need a lift to the clinic', 'I need a night off']) {
    await hasCount(onBoard(board, text), 1);
  }

  screens.assertClean();
  assert.deepEqual(errors, [], 'the facilitator and board pages raised no errors');
  assert.deepEqual(phone.errors, [], 'the phone raised no errors');
});
