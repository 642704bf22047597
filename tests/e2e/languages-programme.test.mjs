// Languages on the borough programme's screens: in the pseudo-language every word of
// the example borough's pages (at a glance, network with a form open, empowerment
// plan with its findings, progress markers, self-assessment, highlight report) and of
// "Start a borough programme" comes from a catalogue; and in Urdu the same screens
// read right to left at 360 px, axe-clean, with nothing off screen.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage, screenChecks, url } from './browser.mjs';
import { pseudoProblems } from './languages.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/**
 * Each screen: where it is (after `/plan/<id>`, or a whole path), the element that
 * holds the programme's own words, and something that shows its content has arrived.
 */
const SCREENS = [
  { name: 'glance', path: '/programme', root: '.programme', ready: '#by-locality tbody tr' },
  { name: 'network', path: '/programme/network', root: '.programme', ready: '.programme-entry' },
  { name: 'empowerment', path: '/programme/empowerment?from=2024-Q1', root: '.programme', ready: 'ol.programme-entries > li' },
  { name: 'progress', path: '/programme/progress', root: '.progress-markers', ready: 'section.marker' },
  { name: 'assessment', path: '/programme/assessment', root: '.assessment', ready: '.theme-answers' },
  { name: 'highlight', path: '/programme/highlight', root: '.highlight', ready: '.highlight table' },
  { name: 'start', whole: '/borough/new', root: 'main', ready: 'main form' },
];

/** Keeps a device's choice of language, then opens the example borough; returns its id. */
async function exampleBoroughIn(page, language) {
  await page.goto(url('/about'));
  await page.evaluate((tag) => localStorage.setItem('cares-language', tag), language);
  await page.goto(url('/borough/example'));
  await page.waitForURL(/\/plan\/[^/]+\/programme$/);
  return new URL(page.url()).pathname.match(/^\/plan\/([^/]+)\/programme$/)[1];
}

async function open(page, id, screen) {
  await page.goto(url(screen.whole ?? `/plan/${id}${screen.path}`));
  await page.locator(screen.ready).first().waitFor();
}

/**
 * Marks as not ours what these screens show but other parts of the app own, so only
 * the programme's words are held to the catalogues here: the plan frame around the
 * page (its own tests check it), the file picker's hint and the print header's line
 * (shared components).
 */
async function onlyProgrammeWords(page, root) {
  return page.evaluate((selector) => {
    const mine = document.querySelector(selector);
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.contains(mine) && !mine.contains(el)) el.setAttribute('translate', 'no');
    }
    document.getElementById('add-plan-file-hint')?.setAttribute('translate', 'no');
    // The print header's "Printed <date>" comes from the shared print layout.
    for (const el of document.querySelectorAll('.print-header__meta')) el.setAttribute('translate', 'no');
  }, root);
}

test('in the pseudo-language every word of the programme screens comes from a catalogue', async (t) => {
  const { context, page, errors } = await openPage(browser, 1280);
  t.after(() => context.close());
  const id = await exampleBoroughIn(page, 'en-x-pseudo');

  const found = [];
  const findings = [];
  for (const screen of SCREENS) {
    await open(page, id, screen);
    if (screen.name === 'network') {
      // A form, with its labels, buttons and the members' names to tick.
      await page.locator('section[aria-labelledby="meetings-heading"] > button').click();
      await page.locator('#meeting-title').waitFor();
    }
    await onlyProgrammeWords(page, screen.root);
    if (screen.name === 'empowerment') {
      findings.push(...(await page.locator('ol.programme-entries > li > p:last-child').allTextContents()));
    }
    found.push(...(await pseudoProblems(page, screen.whole ?? screen.path)));
  }
  assert.deepEqual(found, [], `text that is not from a catalogue:\n${found.join('\n')}`);
  // The empowerment findings come from the core as wording with arguments, so they
  // are in the catalogue's language too.
  assert.ok(findings.length > 0 && findings.every((text) => text.trim().startsWith('[')), `the core's findings in the pseudo-language: ${findings.join(' | ')}`);
  assert.deepEqual(errors, [], 'the pages should raise no errors');
});

test('in Urdu the programme screens read right to left at 360 px with nothing off screen', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());
  const id = await exampleBoroughIn(page, 'ur');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');

  for (const screen of SCREENS) {
    await open(page, id, screen);
    assert.equal(await page.getAttribute('html', 'lang'), 'ur');
    await screens.check(page, `languages-programme-ur-${screen.name}`);
  }
  // The programme's own navigation is in Urdu; the borough's name stays as written.
  await open(page, id, SCREENS[0]);
  await page.getByRole('navigation', { name: 'پروگرام', exact: true }).getByRole('link', { name: 'نیٹ ورک', exact: true }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'علاقے کے لحاظ سے', exact: true }).waitFor();

  screens.assertClean();
  assert.deepEqual(errors, [], 'the pages should raise no errors');
});
