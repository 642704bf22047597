// A participant joins and votes in Urdu on a phone while the board and the facilitator
// stay in English: the phone's screens are in Urdu, right to left, at 360 px with
// nothing off screen; what people wrote is shown as written on both. And the phone's
// own entry (join.html, as the QR code opens it) in the pseudo-language: every word
// of every screen from joining to voting comes from a catalogue.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasCount, hasText, launchBrowser, mainHeading, openPage, screenChecks, url } from './browser.mjs';
import { chooseLanguage, pseudoProblems } from './languages.mjs';
import { createSession, facilitate } from './live.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const TITLE = 'What carers in Rotherham East need';
const STATEMENT = 'مجھے مہینے میں ایک بار آرام کا وقت چاہیے';
const THEME = 'Time for me';
/** An argument inside right-to-left text, isolated so it keeps its own direction. */
const iso = (text) => `\u2068${text}\u2069`;

test('a phone joins and votes in Urdu while the board stays in English', async (t) => {
  const screens = screenChecks();
  const { context, page: facilitator, errors } = await openPage(browser, 1280);
  t.after(() => context.close());
  const created = await createSession(facilitator, TITLE);

  const board = await context.newPage();
  await board.goto(url(`/board/${created.session}#board=${created.board_token}`));
  await mainHeading(board, TITLE);
  await board.getByText('Statements will appear here as people send them.', { exact: true }).waitFor();

  // The phone picks Urdu on the join screen.
  const phone = await openPage(browser, 360);
  t.after(() => phone.context.close());
  const { page } = phone;
  await page.goto(url(`/join?code=${created.code}`));
  await mainHeading(page, 'Join a session');
  await chooseLanguage(page, 'Language', 'اردو');
  await mainHeading(page, 'سیشن میں شامل ہوں');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getByLabel('شمولیت کا کوڈ', { exact: true }).inputValue(), created.code, 'the code from the QR code is kept');
  await screens.check(page, 'languages-ur-join');
  await page.getByRole('button', { name: 'شامل ہوں', exact: true }).click();
  await page.getByRole('heading', { name: 'اپنے لیے ایک نام چنیں', exact: true }).waitFor();
  await page.getByLabel('اس سیشن کے لیے آپ کا نام', { exact: true }).fill('Nadia');
  await page.getByRole('button', { name: 'جاری رکھیں', exact: true }).click();
  await page.getByRole('heading', { name: 'شروع کرنے سے پہلے', exact: true }).waitFor();
  await screens.check(page, 'languages-ur-consent');
  await page.getByRole('button', { name: 'میں متفق ہوں', exact: true }).click();
  const fit = page.getByRole('group', { name: 'ان میں سے کون سے آپ پر لاگو ہوتے ہیں؟', exact: true });
  await fit.getByRole('checkbox', { name: 'ملازمت کے ساتھ نگہداشت کرنے والا', exact: true }).check();
  await screens.check(page, 'languages-ur-about-you');
  await page.getByRole('button', { name: 'جاری رکھیں', exact: true }).click();

  // What the person writes is sent as written and shown so on the English board.
  await page.getByLabel('مجھے ضرورت ہے…', { exact: true }).fill(STATEMENT);
  await page.getByRole('button', { name: 'بھیجیں', exact: true }).click();
  await hasText(page.locator('.live-send-status'), /^بھیج دیا گیا$/);
  await hasCount(board.locator('.live-board__statements li').filter({ hasText: STATEMENT }), 1);
  await hasText(board.locator('.live-board__count'), '1 statement');
  await screens.check(page, 'languages-ur-share');

  // Voting in Urdu; the theme's name and the statement stay as written.
  await facilitate(facilitator, created, [
    { kind: 'advance', to: 'group' },
    { kind: 'add-theme', name: THEME },
    { kind: 'assign', text: STATEMENT, theme: THEME },
    { kind: 'advance', to: 'prioritise' },
  ]);
  await hasText(page.getByRole('status').filter({ hasText: /^باقی ووٹ/ }), `باقی ووٹ: ${iso(3)}`);
  const theme = page.locator('.live-theme').filter({ has: page.getByRole('heading', { name: THEME, exact: true }) });
  await theme.getByRole('listitem').filter({ hasText: STATEMENT }).waitFor();
  await page.getByRole('button', { name: `${iso(THEME)} پر ایک نقطہ لگائیں`, exact: true }).click();
  await hasText(page.getByRole('status').filter({ hasText: /^باقی ووٹ/ }), `باقی ووٹ: ${iso(2)}`);
  await screens.check(page, 'languages-ur-vote');

  // The board stays in English throughout.
  assert.equal(await board.getAttribute('html', 'lang'), 'en-GB');
  await board.getByText('Voting is open. The votes stay hidden until the facilitator shows them.', { exact: true }).waitFor();
  await facilitate(facilitator, created, [{ kind: 'reveal' }]);
  await hasText(board.locator('.live-board__votes'), 'Place 1 — 1 dot');
  await screens.check(board, 'languages-board-en');

  screens.assertClean();
  assert.deepEqual(errors, [], 'the board should raise no errors');
  assert.deepEqual(phone.errors, [], 'the phone should raise no errors');
});

test("in the pseudo-language every word of a phone's screens, from joining to voting, comes from a catalogue", async (t) => {
  const { context, page: facilitator, errors } = await openPage(browser, 1280);
  t.after(() => context.close());
  const created = await createSession(facilitator, TITLE);
  const phone = await openPage(browser, 360);
  t.after(() => phone.context.close());
  const { page } = phone;
  const found = [];
  const look = async (screen) => found.push(...(await pseudoProblems(page, screen)));

  // The phone's own entry, as the board's QR code opens it, with the test language kept.
  const joinAt = url(`/join?code=${created.code}`);
  await page.goto(joinAt);
  await page.evaluate(() => localStorage.setItem('cares-language', 'en-x-pseudo'));
  await page.goto(joinAt);
  await page.locator('#join-code').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en-x-pseudo');
  const entry = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  assert.ok(entry.some((path) => /cares_phone[^/]*\.wasm$/.test(path)), `the phone's own entry is loaded: ${entry.join(', ')}`);
  await look('join');

  await page.locator('form.live-form button[type=submit]').click();
  await page.locator('#join-name').waitFor();
  await look('name');
  await page.locator('#join-name').fill('Nadia');
  await page.locator('form.live-form button[type=submit]').click();

  const consent = page.locator('section[aria-labelledby=consent-heading]');
  await consent.waitFor();
  await look('consent');
  await consent.locator('button').click();
  const about = page.locator('form[aria-labelledby=about-you-heading]');
  await about.waitFor();
  await look('about you');
  await about.locator('input[type=checkbox]').first().check();
  await about.locator('button[type=submit]').click();

  await page.locator('#phone-statement').fill(STATEMENT);
  await page.locator('section[aria-labelledby=share-heading] button[type=submit]').click();
  await page.locator('.live-mine__text').filter({ hasText: STATEMENT }).waitFor();
  await look('share');

  await facilitate(facilitator, created, [
    { kind: 'advance', to: 'group' },
    { kind: 'add-theme', name: THEME },
    { kind: 'assign', text: STATEMENT, theme: THEME },
    { kind: 'advance', to: 'prioritise' },
  ]);
  const theme = page.locator('.live-theme').filter({ hasText: THEME });
  await theme.waitFor();
  await look('vote');
  const left = await page.locator('.live-votes-left').textContent();
  await theme.locator('button').first().click();
  await page.waitForFunction((before) => document.querySelector('.live-votes-left')?.textContent !== before, left);
  await look('voted');

  assert.deepEqual(found, [], `text that is not from a catalogue:\n${found.join('\n')}`);
  assert.deepEqual(errors, [], 'the facilitator should raise no errors');
  assert.deepEqual(phone.errors, [], 'the phone should raise no errors');
});
