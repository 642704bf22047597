// Signing in to start a session, on a server that lets only facilitators start
// things (`--require-sign-in`): the facilitator is refused and shown the ways to
// sign in; a key typed wrong, or one the server does not know, says plainly what to
// do; the key they were given, entered once, starts sessions from then on.
//
// The test starts its own cares-server over the bundle `cargo xtask test` or `e2e`
// built (`CARES_DIST`, which they set; the debug server they built), on a throwaway
// SQLite file, and makes the key with `cares-server keys add`, as an administrator
// would.

import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { hasText, launchBrowser, mainHeading, openPage, screenChecks } from './browser.mjs';
import { PLAN_URL, planNav } from './app.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TARGET = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
const SERVER = join(TARGET, 'debug', 'cares-server');

const dist = process.env.CARES_DIST;
if (!dist || !existsSync(join(dist, 'index.html')) || !existsSync(SERVER)) {
  throw new Error(`run through cargo xtask test or e2e: no built app in CARES_DIST (${dist}) or no ${SERVER}`);
}

let browser;
let server;
let origin;
let key;
let scratch;

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'cares-sign-in-'));
  const env = { ...process.env, DATABASE_URL: `sqlite://${join(scratch, 'cares.db')}?mode=rwc` };
  server = spawn(SERVER, ['--addr', '127.0.0.1:0', '--dist', dist, '--require-sign-in'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  origin = await new Promise((resolve, reject) => {
    const lines = createInterface({ input: server.stderr });
    lines.on('line', (line) => {
      const found = line.match(/listening on (http:\/\/[^\s]+)/);
      if (found) resolve(found[1]);
    });
    server.on('exit', (code) => reject(new Error(`cares-server stopped (${code})`)));
  });
  // As an administrator would, on the same database, while the server runs.
  const made = execFileSync(SERVER, ['keys', 'add', 'Maltby facilitators'], { env, encoding: 'utf8' });
  key = made.match(/\b[0-9a-f]{64}\b/)?.[0];
  assert.ok(key, `no key in: ${made}`);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.kill();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Home → a new plan → its Sessions page, on the signed-in server. */
async function sessionsPage(page) {
  await page.goto(`${origin}/`);
  await mainHeading(page, 'Your action plans');
  await page.getByLabel('Locality name', { exact: true }).fill('Maltby');
  await page.getByRole('button', { name: 'Start plan', exact: true }).click();
  await page.waitForURL(PLAN_URL);
  await planNav(page, 'Sessions').click();
  await page.waitForURL(/\/sessions$/);
  await mainHeading(page, 'Co-production sessions');
}

/** Fills in the form for a session on people's phones and presses Start session. */
async function startOnPhones(page, title) {
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Date', { exact: true }).fill('2024-05-14');
  await page.getByRole('radio', { name: 'On their own phones (needs the internet)', exact: true }).check();
  await page.getByRole('button', { name: 'Start session', exact: true }).click();
}

function formError(page) {
  return page.locator('.form-error[role="alert"]');
}

function keyField(page) {
  return page.getByLabel('Facilitator key', { exact: true });
}

test(
  'a facilitator enters their key once and starts sessions; a wrong key says what to do',
  async (t) => {
    // The flow at each width; every screen is also looked at (axe, nothing off
    // screen, a screenshot) at both widths.
    for (const width of [360, 1280]) {
      const screens = screenChecks();
      const { context, page, errors } = await openPage(browser, width);
      t.after(() => context.close());
      await sessionsPage(page);

      // Refused: the ways to sign in.
      await startOnPhones(page, 'What carers in Maltby need');
      await hasText(formError(page), 'This server lets only facilitators start sessions. Sign in below, then try again.');
      await page.getByRole('heading', { name: 'Sign in to start a session', exact: true }).waitFor();
      await page.getByRole('link', { name: 'Sign in with your council account', exact: true }).waitFor();
      await screens.check(page, 'sign-in-panel');

      // A key typed wrong: what is wrong and what to do, beside the field.
      await keyField(page).fill('3f9a 2c1e');
      await page.getByRole('button', { name: 'Keep this key on this device', exact: true }).click();
      await hasText(
        page.locator('#facilitator-key-error'),
        'A facilitator key is 64 letters and numbers (0 to 9 and a to f). Copy all of it and try again.',
      );
      assert.equal(await keyField(page).getAttribute('aria-invalid'), 'true');
      await screens.check(page, 'sign-in-key-wrong-shape');

      // A key of the right shape that this server never made (or has withdrawn).
      await keyField(page).fill('0'.repeat(64));
      await page.getByRole('button', { name: 'Keep this key on this device', exact: true }).click();
      await hasText(page.locator('.sign-in [role="status"]'), 'The key is kept on this device. Press “Start session” again.');
      await page.getByRole('button', { name: 'Start session', exact: true }).click();
      await hasText(
        formError(page),
        'The facilitator key kept on this device was not accepted. It may have been withdrawn: ask for a new one.',
      );
      await page.getByRole('heading', { name: 'Sign in to start a session', exact: true }).waitFor();
      await screens.check(page, 'sign-in-key-refused');

      // The key they were given, pasted with a line break as an email might carry it.
      await keyField(page).fill(`${key.slice(0, 32)}\n${key.slice(32).toUpperCase()}`);
      await page.getByRole('button', { name: 'Keep this key on this device', exact: true }).click();
      await hasText(page.locator('.sign-in [role="status"]'), 'The key is kept on this device. Press “Start session” again.');
      await page.getByRole('button', { name: 'Start session', exact: true }).click();
      await mainHeading(page, 'What carers in Maltby need');
      await page.locator('.live-panel__code-text').waitFor();

      // Entered once: the next session starts straight away, after a reload too.
      await page.reload();
      await sessionsPage(page);
      await startOnPhones(page, 'Maltby carers, second evening');
      await mainHeading(page, 'Maltby carers, second evening');
      assert.equal(await page.getByRole('heading', { name: 'Sign in to start a session', exact: true }).count(), 0);

      screens.assertClean();
      assert.deepEqual(errors, [], 'no uncaught errors or Content-Security-Policy violations');
    }
  },
);
