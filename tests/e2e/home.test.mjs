// Home: the plans on this device, starting a plan, and what the app says about where
// the work is kept.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasText, launchBrowser, mainHeading, openPage, screenChecks, url } from './browser.mjs';
import { planNav, saveStatus, startPlan } from './app.mjs';
import { AREAS, dateText, isoToday, planTitle } from './documents.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('Home shows where work is kept, an empty list, and the two ways to begin', async (t) => {
  const { context, page, errors } = await openPage(browser);
  const screens = screenChecks();
  t.after(() => context.close());

  await page.goto(url('/'));
  await mainHeading(page, 'Your action plans');
  const storage = page.getByRole('status').filter({ hasText: 'Your work is saved on this device only.' });
  await hasText(
    storage,
    /This browser has agreed to keep your work\.|This browser may delete your work if you don't visit for a while\. Download a copy to keep it safe\./,
  );
  await page.getByRole('heading', { level: 2, name: 'Plans on this device', exact: true }).waitFor();
  await page.getByText('No plans yet.', { exact: true }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Start a new plan', exact: true }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Open a plan from a file', exact: true }).waitFor();
  const file = page.getByLabel('Open a plan file', { exact: true });
  assert.equal(await file.getAttribute('type'), 'file');
  assert.match((await file.getAttribute('accept')) ?? '', /\.json|application\/json/, 'the file picker should offer .json files');

  await screens.check(page, 'home-empty');
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test('starting a plan with no locality name says so on the field and creates nothing', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());

  await page.goto(url('/'));
  await mainHeading(page, 'Your action plans');
  await page.getByRole('button', { name: 'Start plan', exact: true }).click();

  const locality = page.getByLabel('Locality name', { exact: true });
  const message = page.getByText('Enter the name of your locality.', { exact: true });
  await message.waitFor();
  assert.equal(await locality.getAttribute('aria-invalid'), 'true', 'the field should be marked invalid');
  const describedBy = ((await locality.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const messageId = await message.evaluate((el) => el.closest('[id]')?.id ?? '');
  assert.ok(describedBy.includes(messageId), `the error (#${messageId}) should describe the field (aria-describedby="${describedBy.join(' ')}")`);

  assert.equal(new URL(page.url()).pathname, '/', 'nothing should open');
  await page.getByText('No plans yet.', { exact: true }).waitFor();
  await screens.check(page, 'home-locality-error');

  // Spaces alone are no name either.
  await locality.fill('   ');
  await page.getByRole('button', { name: 'Start plan', exact: true }).click();
  await message.waitFor();
  await page.getByText('No plans yet.', { exact: true }).waitFor();
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test('starting a plan opens it against the framework, and Home then lists it', async (t) => {
  const { context, page, errors } = await openPage(browser);
  const screens = screenChecks();
  t.after(() => context.close());

  const id = await startPlan(page, 'Maltby');
  assert.equal(new URL(page.url()).pathname, `/plan/${id}`);
  await page.getByText('Maltby', { exact: true }).first().waitFor();
  for (const name of ['Actions', 'Overview', 'Action packs', 'Share', 'Print']) {
    await planNav(page, name).waitFor();
  }
  await hasText(saveStatus(page), 'Saved on this device');
  await page.getByText('No actions yet. Add the first one.', { exact: true }).waitFor();
  for (const area of AREAS) {
    await page.getByRole('heading', { level: 2, name: `Area of focus ${area.number}: ${area.name}`, exact: true }).waitFor();
    // The tagline in quotes, as the framework has it.
    await page.getByText(new RegExp(`^["“‘']${area.tagline}["”’']$`)).waitFor();
    await page.getByRole('button', { name: `Add an action to area ${area.number}`, exact: true }).waitFor();
  }
  // A plan without actions has nothing to lose yet: no nudge to back it up.
  assert.equal(await page.getByRole('note').filter({ hasText: 'Only this device has this plan.' }).count(), 0);
  await screens.check(page, 'plan-empty');

  await page.goto(url('/'));
  await mainHeading(page, 'Your action plans');
  const link = page.getByRole('link', { name: planTitle('Maltby'), exact: true });
  const item = page.getByRole('listitem').filter({ has: link });
  await hasText(item, 'Maltby');
  await hasText(item, new RegExp(`Last changed ${dateText(isoToday())}`));
  await hasText(item, 'Not backed up yet');
  assert.equal(await page.getByText('No plans yet.', { exact: true }).count(), 0);
  await screens.check(page, 'home-with-plan');

  await link.click();
  await page.waitForURL(url(`/plan/${id}`));
  await mainHeading(page, planTitle('Maltby'));
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test('an address the app does not know says so and offers the way home', async (t) => {
  const { context, page } = await openPage(browser);
  t.after(() => context.close());

  await page.goto(url('/no-such-page'));
  await mainHeading(page, 'Page not found');
  await page.getByRole('main').getByRole('link', { name: 'Go to the home page' }).click();
  await page.waitForURL(url('/'));
  await mainHeading(page, 'Your action plans');
});
