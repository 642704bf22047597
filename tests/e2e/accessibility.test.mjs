// Every screen, reached by its address, checked with axe-core's WCAG 2.2 AA rules at a
// small phone's width and a laptop's, with a screenshot of each in tests/screenshots/.
// The flows check their own states (errors, choices); this tour makes sure no screen
// is missed even when a flow stops early.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkScreen, launchBrowser, mainHeading, openPage, url, watchErrors } from './browser.mjs';
import { importPlan } from './app.mjs';
import { planDocument, planTitle, SAMPLE_ACTIONS, samplePack } from './documents.mjs';

let browser;
let context;
let page;
let errors;
const pack = samplePack('Maltby');
const doc = planDocument({ locality: 'Maltby', actions: SAMPLE_ACTIONS, packs: [pack] });
const plan = `/plan/${doc.id}`;
const action = doc.content.plans[0].actions[0].id;

before(async () => {
  browser = await launchBrowser();
  ({ context, page } = await openPage(browser));
  errors = watchErrors(page);
  await importPlan(page, doc);
});
after(async () => {
  await context?.close();
  await browser?.close();
});

const SCREENS = [
  { name: 'home', path: '/', heading: 'Your action plans' },
  { name: 'about', path: '/about', heading: 'About this toolkit' },
  { name: 'not-found', path: '/no-such-page', heading: 'Page not found' },
  { name: 'plan-actions', path: plan, heading: planTitle('Maltby') },
  { name: 'action-new', path: `${plan}/action/new?area=1`, heading: 'New action' },
  { name: 'action-edit', path: `${plan}/action/${action}`, heading: 'Edit action' },
  { name: 'overview', path: `${plan}/overview`, heading: 'Overview' },
  { name: 'packs', path: `${plan}/packs`, heading: 'Action packs' },
  { name: 'pack-builder', path: `${plan}/pack/${pack.id}`, heading: pack.title },
  { name: 'pack-print', path: `${plan}/pack/${pack.id}/print`, heading: pack.title },
  { name: 'share', path: `${plan}/share`, heading: 'Share and back up' },
  { name: 'plan-print', path: `${plan}/print`, heading: planTitle('Maltby') },
];

for (const { name, path, heading } of SCREENS) {
  test(`${name}: axe finds no WCAG 2.2 AA problems at 360 and 1280 px, and nothing scrolls sideways`, async () => {
    errors.length = 0;
    await page.goto(url(path));
    await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
    await checkScreen(page, name);
    assert.deepEqual(errors, [], 'the page should raise no errors');
  });
}

test('printing leaves out the navigation and the skip link', async () => {
  await page.goto(url('/'));
  await mainHeading(page, 'Your action plans');
  await page.emulateMedia({ media: 'print' });
  try {
    assert.equal(await page.getByRole('navigation', { name: 'Main' }).isVisible(), false);
    assert.equal(await page.getByRole('link', { name: 'Skip to main content' }).isVisible(), false);
    assert.equal(await page.getByRole('heading', { level: 1 }).first().isVisible(), true);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});
