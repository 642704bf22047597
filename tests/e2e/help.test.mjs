// Help: a short guide per journey and the strategy behind the toolkit, reachable from
// the main navigation on every page, readable at 360 px and 1280 px.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasCount, hasText, launchBrowser, mainHeading, openPage, screenChecks, url } from './browser.mjs';
import { startPlan } from './app.mjs';

const GUIDES = [
  ['Draft a locality action plan', 'Add actions'],
  ['Build a community action pack', 'Print it'],
  ['Run a co-production session', 'Prioritise'],
  ['Share a plan safely', "Keep carers' details private"],
  ['The strategy behind this toolkit', 'Areas of focus'],
];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('help is one click from a plan, with a guide per journey and the strategy in full', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());

  // From inside a plan, the main navigation has Help.
  await startPlan(page, 'Maltby');
  await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Help', exact: true }).click();
  await mainHeading(page, 'Help');
  const guides = page.locator('.help-guides > li');
  await hasCount(guides, GUIDES.length);
  await screens.check(page, 'help');

  for (const [title, section] of GUIDES) {
    await page.goto(url('/help'));
    await mainHeading(page, 'Help');
    await page.getByRole('link', { name: title, exact: true }).click();
    await mainHeading(page, title);
    await page.getByRole('heading', { name: section, exact: true }).waitFor();
    await screens.check(page, `help-${GUIDES.findIndex((g) => g[0] === title)}`);
  }

  // The strategy page reads the framework: its vision, mission and each area's commitments.
  const main = page.getByRole('main');
  await page.getByRole('heading', { name: 'Our vision', exact: true }).waitFor();
  await page.getByRole('heading', { name: 'Our mission', exact: true }).waitFor();
  const areas = page.locator('.help-area');
  assert.ok((await areas.count()) >= 3, 'every area of focus is there');
  await hasText(areas.first(), 'What we commit to');
  assert.ok((await areas.first().getByRole('listitem').count()) > 0, 'an area lists its commitments');
  assert.match(await main.innerText(), /^A\. /m, 'commitments carry their letters');

  // An unknown guide is the not-found page, not an empty one.
  await page.goto(url('/help/nothing-here'));
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.notEqual(await page.getByRole('heading', { level: 1 }).innerText(), '');
  assert.equal(await page.locator('.help-steps').count(), 0);

  screens.assertClean();
  assert.deepEqual(errors, [], 'the page should raise no errors');
});
