// Never silent: a page whose code (a wasm chunk) is still on its way shows "Loading…"
// at once, in a polite live region; a chunk that cannot be fetched (offline before the
// app was kept for offline use) shows an error with "Try again", which works once the
// connection is back. The chunk requests are held or refused with Playwright's routes;
// service workers are blocked so every chunk comes from the network.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { WAIT_MS, assertNoAxeViolations, launchBrowser, mainHeading, url, watchErrors } from './browser.mjs';
import { planTitle } from './documents.mjs';
import { createSession } from './live.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** A fresh context at phone width in which every request reaches the network. */
async function phone() {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
  context.setDefaultTimeout(WAIT_MS);
  const page = await context.newPage();
  return { context, page };
}

/** Home, started, with nothing else loading. */
async function home(page) {
  await page.goto(url('/'));
  await mainHeading(page, 'Your action plans');
  await page.waitForLoadState('networkidle');
}

// A chunk of its own (.wasm) or a pack of small ones (.bin).
const CHUNK = /\.(wasm|bin)(\?.*)?$/;

/** Holds every chunk and pack the page asks for until `release` is called; `held` counts them. */
async function holdChunks(page) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  let held = 0;
  await page.route(CHUNK, async (route) => {
    held += 1;
    await released;
    await route.continue();
  });
  return { release, held: () => held };
}

test('a page on its way says "Loading…" until it is shown', async (t) => {
  const { context, page } = await phone();
  t.after(() => context.close());
  await home(page);

  const chunks = await holdChunks(page);
  const sign = page.locator('.page-loading');
  assert.equal(await sign.getAttribute('role'), 'status', 'a polite live region');
  await page.getByRole('main').getByRole('link', { name: 'Join a session', exact: true }).click();
  await page.getByRole('status').filter({ hasText: /^Loading…$/ }).waitFor();
  assert.ok(chunks.held() > 0, 'the join page needs a chunk');
  await assertNoAxeViolations(page, 'a page on its way');

  chunks.release();
  await mainHeading(page, 'Join a session');
  assert.equal((await sign.innerText()).trim(), '', 'the sign goes once the page is shown');
});

test('a chunk that cannot be fetched says so, and "Try again" works once back online', async (t) => {
  const { context, page } = await phone();
  t.after(() => context.close());
  const errors = watchErrors(page);
  await home(page);

  await page.route(CHUNK, (route) => route.abort('internetdisconnected'));
  await page.getByRole('main').getByRole('link', { name: 'Join a session', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'This page could not be loaded. Check you are online, then try again.' });
  await alert.waitFor();
  await assertNoAxeViolations(page, 'a page that could not be loaded');
  assert.ok(errors.length > 0, 'the app stops on a missing chunk, which is why trying again reloads');

  await page.unroute(CHUNK);
  await page.getByRole('button', { name: 'Try again', exact: true }).click();
  await mainHeading(page, 'Join a session');
  assert.equal(await alert.isVisible(), false);
});

test('"Start plan" says "Loading…" while the plan\'s code is on its way, then opens the plan', async (t) => {
  const { context, page } = await phone();
  t.after(() => context.close());
  const errors = watchErrors(page);
  await home(page);

  const chunks = await holdChunks(page);
  await page.getByLabel('Locality name', { exact: true }).fill('Wath');
  await page.getByRole('button', { name: 'Start plan', exact: true }).click();
  await page.locator('.new-plan-form').getByRole('status').filter({ hasText: /^Loading…$/ }).waitFor();
  assert.ok(chunks.held() > 0, 'starting a plan needs code Home did not load');
  await assertNoAxeViolations(page, 'a plan being started');

  chunks.release();
  await mainHeading(page, planTitle('Wath'));
  assert.deepEqual(errors, [], 'the page should raise no errors');
});

test('a pack of code that cannot be fetched says so where the person is, and "Try again" works', async (t) => {
  const { context, page } = await phone();
  t.after(() => context.close());
  await home(page);

  // Only the packs fail: the message must not depend on a .wasm file failing too.
  const PACK = /\.bin(\?.*)?$/;
  await page.route(PACK, (route) => route.abort('internetdisconnected'));
  await page.getByLabel('Locality name', { exact: true }).fill('Wath');
  await page.getByRole('button', { name: 'Start plan', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'This page could not be loaded. Check you are online, then try again.' });
  await alert.waitFor();
  const retry = page.getByRole('button', { name: 'Try again', exact: true });
  assert.ok(await retry.evaluate((button) => button === document.activeElement), '"Try again" has the focus');
  const box = await alert.boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 800, 'the message is on the screen');
  await assertNoAxeViolations(page, 'code that could not be fetched');

  await page.unroute(PACK);
  await retry.click();
  await mainHeading(page, 'Your action plans');
  assert.equal(await alert.isVisible(), false);
  // "Try again" loaded the page afresh; the name typed is still there, and starts the plan.
  assert.equal(await page.getByLabel('Locality name', { exact: true }).inputValue(), 'Wath');
  await page.getByRole('button', { name: 'Start plan', exact: true }).click();
  await mainHeading(page, planTitle('Wath'));
  await page.goto(url('/'));
  await mainHeading(page, 'Your action plans');
  assert.equal(await page.getByLabel('Locality name', { exact: true }).inputValue(), '', 'a started plan leaves no draft');
});

/**
 * A phone at the board's address for a new session, its join form usable, then its
 * code sent and its name typed: what it does next needs the session's screens, which
 * are the phone's second wasm part.
 */
async function phoneJoining(t, title, between) {
  const { context, page } = await phone();
  t.after(() => context.close());
  const created = await createSession(page, title);
  await page.goto(url(`/join?code=${created.code}`));
  await mainHeading(page, 'Join a session');
  await page.waitForLoadState('networkidle');
  await between(page);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByLabel('Your name for this session', { exact: true }).fill('Cal');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  return page;
}

test('a phone that has joined says "Loading…" until the session\'s screens arrive', async (t) => {
  let chunks;
  const page = await phoneJoining(t, 'Loading on a phone', async (page) => {
    chunks = await holdChunks(page);
  });
  const errors = watchErrors(page);
  await page.getByRole('status').filter({ hasText: /^Loading…$/ }).waitFor();
  assert.ok(chunks.held() > 0, "the session's screens are code the join form did not load");
  await assertNoAxeViolations(page, "a phone waiting for the session's screens");

  chunks.release();
  await page.getByRole('button', { name: 'I agree', exact: true }).waitFor();
  assert.equal(await page.getByRole('status').filter({ hasText: /^Loading…$/ }).count(), 0, 'the sign goes');
  assert.deepEqual(errors, [], 'the page should raise no errors');
});

test("a phone whose session screens cannot be fetched says so, and \"Try again\" takes it into the session", async (t) => {
  const page = await phoneJoining(t, 'Offline on a phone', async (page) => {
    await page.route(CHUNK, (route) => route.abort('internetdisconnected'));
  });
  const alert = page.getByRole('alert').filter({ hasText: 'This page could not be loaded. Check you are online, then try again.' });
  await alert.waitFor();
  const retry = page.getByRole('button', { name: 'Try again', exact: true });
  assert.ok(await retry.evaluate((button) => button === document.activeElement), '"Try again" has the focus');
  assert.equal(await page.getByRole('status').filter({ hasText: /^Loading…$/ }).count(), 0, 'no "Loading…" once it has failed');
  await assertNoAxeViolations(page, "a phone whose session screens could not be fetched");

  // The person has joined: back online, trying again opens the session they are in.
  await page.unroute(CHUNK);
  await retry.click();
  await page.getByRole('button', { name: 'I agree', exact: true }).waitFor();
  assert.equal(await alert.isVisible(), false);
});
