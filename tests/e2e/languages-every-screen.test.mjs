// Languages on every screen: each route of the app (web/src/app.rs), with real content
// (a plan with actions and an action pack, a session with statements, a live session's
// board, the example borough), is opened in the pseudo-language with the frame around
// it (header, plan title, tabs, save status) left in, every folded part (<details>)
// opened, and fails on any text that did not come from a catalogue, with nothing
// skipped but what people wrote; then merging a copy whose people both changed one
// action's dates and milestones (the changes, and both values of each). Then the plan list, the action packs, the actions'
// filters and the share page's downloads in Urdu at 360 and 1280 px (axe clean,
// nothing off screen); and the page before the app runs, in Welsh, when the app
// cannot be fetched.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { field, importPlan, planNav, saved } from './app.mjs';
import { hasCount, hasText, launchBrowser, mainHeading, openPage, screenChecks, url } from './browser.mjs';
import { SAMPLE_ACTIONS, jsonFile, planDocument, samplePack } from './documents.mjs';
import { pseudoProblems } from './languages.mjs';
import { createSession } from './live.mjs';

const STATEMENT = 'to tell my story once';

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

/** A plan with the sample actions and a schools pack, opened on this device. */
async function samplePlan(page) {
  const pack = samplePack('Maltby');
  const doc = planDocument({ locality: 'Maltby', actions: SAMPLE_ACTIONS, packs: [pack] });
  await importPlan(page, doc);
  return { doc, pack };
}

/** A session on this device with a statement, in the plan; returns its room's path. */
async function oneDeviceSession(page) {
  await planNav(page, 'Sessions').click();
  await mainHeading(page, 'Co-production sessions');
  await field(page, 'Title').fill('What carers in Maltby need');
  await page.getByRole('button', { name: 'Start session', exact: true }).click();
  await page.waitForURL((u) => /\/session\/[^/]+$/.test(u.pathname));
  await field(page, 'I need…').fill(STATEMENT);
  await page.getByRole('button', { name: 'Add statement', exact: true }).click();
  await page.locator('.statement').filter({ hasText: STATEMENT }).waitFor();
  await saved(page);
  return new URL(page.url()).pathname;
}

/** The example borough, opened on this device; returns its id. */
async function exampleBorough(page) {
  await page.goto(url('/borough/example'));
  await page.waitForURL(/\/plan\/[^/]+\/programme$/);
  return new URL(page.url()).pathname.match(/^\/plan\/([^/]+)\/programme$/)[1];
}

/**
 * Every route of web/src/app.rs, with what shows its content has arrived. `plan` is
 * the sample plan's id, `borough` the example borough's.
 */
function everyRoute({ plan, action, pack, room, live, borough }) {
  const at = (path) => `/plan/${plan}${path}`;
  const programme = (path) => `/plan/${borough}/programme${path}`;
  return [
    { path: '/', ready: '.plan-list__item' },
    { path: '/plans', ready: '.plan-list__item' },
    { path: '/about', ready: '.about-languages' },
    { path: '/join', ready: '.live-form' },
    { path: `/join?code=${live.code}`, ready: 'main h1' },
    { path: `/board/${live.session}#board=${live.board_token}`, ready: '.live-board' },
    { path: '/help', ready: '.help-guides' },
    { path: '/help/pack', ready: '.help-steps' },
    { path: '/borough/new', ready: 'main form' },
    { path: at(''), ready: '.action-card' },
    { path: `${at('')}?status=attention`, ready: '.action-card' },
    { path: at('/action/new'), ready: '.action-form' },
    { path: at(`/action/${action}`), ready: '.action-form' },
    { path: at('/overview'), ready: '.overview' },
    { path: at('/packs'), ready: '.pack-list__item' },
    { path: at(`/pack/${pack}`), ready: '.pack-part__entry' },
    { path: at(`/pack/${pack}/print`), ready: '.leaflet' },
    { path: at('/sessions'), ready: '.session-list' },
    { path: room, ready: '.statement' },
    { path: `${room}/summary`, ready: '.session-summary' },
    { path: at('/share'), ready: '#backup-heading' },
    { path: at('/print'), ready: '.print-table' },
    { path: programme(''), ready: '#by-locality tbody tr' },
    { path: programme('/network'), ready: '.programme-entry' },
    { path: programme('/empowerment?from=2024-Q1'), ready: 'ol.programme-entries > li' },
    { path: programme('/progress'), ready: 'section.marker' },
    { path: programme('/assessment'), ready: '.theme-answers' },
    { path: programme('/highlight'), ready: '.highlight table' },
    { path: `/plan/${randomUUID()}`, ready: 'main h1' },
    { path: '/no-such-page', ready: 'main h1' },
  ];
}

/** Opens every folded part, so its words are checked too. */
async function unfold(page) {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

/**
 * Two copies of one plan whose people both changed the café's due date and its
 * milestones, to different values: mine (to open on this device) and theirs (a file).
 * Mine sets a date and dated milestones; theirs, later, clears both, so merging
 * changes both ("due date and milestones") and the conflicts show dates, a list and
 * "(empty)".
 */
function conflictingCopies() {
  const base = planDocument({ locality: 'Wath', actions: [{ what: 'Open a carers’ café', due: '2026-03-31' }] });
  const [plan] = base.content.plans;
  const [cafe] = plan.actions;
  const copy = (replica, clock, due, milestones) => {
    const doc = structuredClone(base);
    const set = (seq, field) => ({ replica, seq, clock: clock + seq, edit: { 'set-action': { plan: plan.id, action: cafe.id, field } } });
    doc.log = [set(1, { name: 'due', value: due }), set(2, { name: 'milestones', value: milestones })];
    return doc;
  };
  return {
    mine: copy(randomUUID(), 0, '2026-05-01', [{ text: 'Find a room', due: '2026-04-01' }, { text: 'Open the doors', due: '2026-05-01' }]),
    theirs: copy(randomUUID(), 2, null, []),
  };
}

test('in the pseudo-language every word of every screen comes from a catalogue', async (t) => {
  const { context, page, errors } = await openPage(browser, 1280);
  t.after(() => context.close());

  // Real content, made in English: a plan, a session with a statement, a live
  // session, the example borough.
  const { doc, pack } = await samplePlan(page);
  const room = await oneDeviceSession(page);
  const live = await createSession(page, 'Maltby carers evening');
  const borough = await exampleBorough(page);
  const copies = conflictingCopies();
  await importPlan(page, copies.mine);
  const routes = everyRoute({
    plan: doc.id,
    action: doc.content.plans[0].actions[0].id,
    pack: pack.id,
    room,
    live,
    borough,
  });

  await keepLanguage(page, 'en-x-pseudo');
  const found = [];
  for (const route of routes) {
    await page.goto(url(route.path));
    await page.locator(route.ready).first().waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en-x-pseudo', `${route.path} is in the pseudo-language`);
    await unfold(page);
    found.push(...(await pseudoProblems(page, route.path)));
  }

  // Opening a copy of a plan already here: the question, then merging it.
  await page.goto(url('/'));
  await page.locator('.plan-list__item').first().waitFor();
  await page.locator('#open-plan-file').setInputFiles(jsonFile('Maltby.cares.json', doc));
  await page.locator('.file-choice').waitFor();
  found.push(...(await pseudoProblems(page, '/ (a copy of a plan here)')));
  await page.locator('.file-choice .button').first().click();
  await page.locator('.file-outcome a').waitFor();
  found.push(...(await pseudoProblems(page, '/ (merged)')));

  // A copy both people changed: what merging will change, then both values of each
  // field (dates in the language's words, "(empty)"), then one kept.
  const share = `/plan/${copies.mine.id}/share`;
  await page.goto(url(share));
  await page.locator('#backup-heading').waitFor();
  await page.locator('#someone-elses-file').setInputFiles(jsonFile('Wath.cares.json', copies.theirs));
  await page.locator('.merge-summary li').first().waitFor();
  found.push(...(await pseudoProblems(page, `${share} (what merging will change)`)));
  await page.locator('.file-choice .button').first().click();
  await hasCount(page.locator('.merge-conflict'), 2);
  const values = await page.locator('.merge-conflict__values dd').allTextContents();
  assert.ok(values.every((text) => !/\(empty\)|May 2026|April 2026/.test(text)), `the values are in the language: ${values.join(' | ')}`);
  found.push(...(await pseudoProblems(page, `${share} (both changed)`)));
  const now = await page.locator('.merge-conflict__now').first().textContent();
  await page.locator('.merge-conflict .button').first().click();
  await page.waitForFunction((before) => document.querySelector('.merge-conflict__now')?.textContent !== before, now);
  found.push(...(await pseudoProblems(page, `${share} (one kept)`)));

  assert.deepEqual(found, [], `text that is not from a catalogue:\n${found.join('\n')}`);
  assert.deepEqual(errors, [], 'the pages should raise no errors');
});

test('in Urdu the plan list, action packs, filters and downloads read right to left at 360 and 1280 px', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());
  const { doc, pack } = await samplePlan(page);
  await keepLanguage(page, 'ur');

  const at = (path) => `/plan/${doc.id}${path}`;
  for (const [name, path, ready] of [
    ['plans', '/plans', '.plan-list__item'],
    ['actions', at(''), '.action-card'],
    ['packs', at('/packs'), '.pack-list__item'],
    ['pack-builder', at(`/pack/${pack.id}`), '.pack-part__entry'],
    ['pack-print', at(`/pack/${pack.id}/print`), '.leaflet'],
    ['share', at('/share'), '#backup-heading'],
  ]) {
    await page.goto(url(path));
    await page.locator(ready).first().waitFor();
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl', `${path} reads right to left`);
    await unfold(page);
    await screens.check(page, `languages-every-screen-ur-${name}`);
  }
  // The plan's own navigation is in Urdu; the plan's title stays as written.
  await page.goto(url(at('/packs')));
  await page.getByRole('navigation', { name: 'منصوبہ', exact: true }).getByRole('link', { name: 'ایکشن پیک', exact: true }).waitFor();
  await hasText(page.locator('.plan-frame__title'), doc.content.plans[0].title);
  await page.getByRole('heading', { level: 1, name: 'ایکشن پیک', exact: true }).waitFor();

  screens.assertClean();
  assert.deepEqual(errors, [], 'the pages should raise no errors');
});

test('in Welsh the page says so when the app cannot be fetched, and offers to try again', async (t) => {
  // Service workers are blocked, so the app's code comes from the network each time.
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(url('/about'));
  await mainHeading(page, 'About this toolkit');
  await keepLanguage(page, 'cy');

  // Offline before the app was kept for offline use: its code cannot be fetched.
  await context.route('**/*.wasm', (route) => route.abort('internetdisconnected'));
  await page.goto(url('/plans'));
  await hasText(page.getByRole('alert'), /Nid oedd modd llwytho'r dudalen hon/);
  assert.equal(await page.locator('#load-error-text').getAttribute('lang'), 'cy');
  await page.getByRole('button', { name: 'Rhoi cynnig arall arni', exact: true }).waitFor();
});
