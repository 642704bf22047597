// A live session spanning two cares-servers on one PostgreSQL database: the board
// is open on one server, phones join through either, and every statement reaches
// the board wherever it was sent. `cargo xtask e2e` starts the two servers (and a
// throwaway PostgreSQL) when this file is named and PostgreSQL can run here, and
// gives their addresses in CARES_SERVERS_ON_POSTGRES; without them the test says
// it was skipped.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasCount, hasText, launchBrowser, mainHeading, openPage, screenChecks, watchErrors } from './browser.mjs';

const pair = process.env.CARES_SERVERS_ON_POSTGRES?.split(' ').filter(Boolean);

let browser;
before(async () => {
  if (pair) browser = await launchBrowser();
});
after(() => browser?.close());

/** Starts a live session through the API, from a page of the app on `origin`. */
async function createSession(page, origin, title) {
  await page.goto(`${origin}/about`);
  return page.evaluate(async (title) => {
    const response = await fetch('/api/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title, locality: 'Maltby', date: '2024-05-14', votes_per_person: 3 }),
    });
    if (response.status !== 201) throw new Error(`creating a session: ${response.status} ${await response.text()}`);
    return response.json();
  }, title);
}

/** A phone at 360 px that joins through `origin` with the code, as a person does. */
async function joinOnPhone(origin, name, code, screens) {
  const phone = await openPage(browser, 360);
  const { page } = phone;
  await page.goto(`${origin}/join?code=${code}`);
  await mainHeading(page, 'Join a session');
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByLabel('Your name for this session', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('button', { name: 'I agree', exact: true }).click();
  await page
    .getByRole('group', { name: 'Are you a young carer?', exact: true })
    .getByRole('radio', { name: "I'd rather not say", exact: true })
    .check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByLabel('I need…', { exact: true }).waitFor();
  await screens?.check(page, 'two-servers-phone');
  return phone;
}

/** Sends a statement from a phone and waits until the phone says it has gone. */
async function send(page, text) {
  await page.getByLabel('I need…', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await hasText(page.getByRole('status').filter({ hasText: /^(Sent|Sending…)$/ }), /^Sent$/);
}

/** The board's statements with this exact text. */
function onBoard(board, text) {
  return board.locator('.live-board').getByRole('listitem').filter({ hasText: new RegExp(`^${text}$`) });
}

test(
  'a phone on one server and the board on the other see the same session live',
  { skip: !pair && 'needs two servers on PostgreSQL (cargo xtask e2e starts them when PostgreSQL can run here)' },
  async (t) => {
    const [first, second] = pair;
    assert.notEqual(first, second, 'two different servers');
    const screens = screenChecks();
    const { context, page: facilitator, errors } = await openPage(browser, 1280);
    t.after(() => context.close());
    const created = await createSession(facilitator, first, 'What carers in Maltby need');

    // The board, on the first server.
    const board = await context.newPage();
    const boardErrors = watchErrors(board);
    await board.goto(`${first}/board/${created.session}#board=${created.board_token}`);
    await mainHeading(board, 'What carers in Maltby need');
    await board.getByText('Statements will appear here as people send them.', { exact: true }).waitFor();

    // One phone joins through the second server, another through the first.
    const ann = await joinOnPhone(second, 'Ann', created.code, screens);
    t.after(() => ann.context.close());
    const bo = await joinOnPhone(first, 'Bo', created.code);
    t.after(() => bo.context.close());

    await send(ann.page, 'I need to tell my story once');
    await hasCount(onBoard(board, 'I need to tell my story once'), 1);
    await send(bo.page, 'I need one named contact');
    await hasCount(onBoard(board, 'I need one named contact'), 1);
    await send(ann.page, 'I need a break now and then');
    await hasCount(onBoard(board, 'I need a break now and then'), 1);
    await hasText(board.locator('.live-board__count'), '3 statements');
    // Nobody's name reaches the board, from either server.
    const shown = await board.locator('.live-board').innerText();
    assert.ok(!/\b(Ann|Bo)\b/.test(shown), 'no names on the board');
    await screens.check(board, 'two-servers-board');

    assert.deepEqual([...errors, ...boardErrors, ...ann.errors, ...bo.errors], [], 'no page raised an error');
    screens.assertClean();
  },
);
