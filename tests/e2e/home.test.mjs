// The home page and direct links: what a person sees when they open the app.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, mainHeading, openPage, url } from './browser.mjs';

// The borough's three areas of focus, as the Strategic Framework 2022-25 names them.
const FOCUS_AREAS = ['Carer Cornerstones', 'Creating Communities of Support', 'Carer Friendly Borough'];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('the home page shows the three areas of focus by name', async (t) => {
  const { context, page, errors } = await openPage(browser);
  t.after(() => context.close());

  await page.goto(url('/'));
  await mainHeading(page, 'Plan together for carers where you live');
  const section = page.getByRole('region', { name: 'Our areas of focus' });
  const areas = section.getByRole('listitem');
  await areas.first().waitFor();
  assert.equal(await areas.count(), 3, 'there should be exactly three areas of focus');
  for (const [i, name] of FOCUS_AREAS.entries()) {
    const heading = areas.nth(i).getByRole('heading', { level: 3 });
    assert.match(await heading.innerText(), new RegExp(`${name}$`), `area ${i + 1} should be ${name}`);
  }
  assert.deepEqual(errors, [], 'the page should raise no errors');
});

test('the page has a title, a header and a main landmark', async (t) => {
  const { context, page } = await openPage(browser);
  t.after(() => context.close());

  await page.goto(url('/'));
  await mainHeading(page, 'Plan together for carers where you live');
  assert.equal(await page.title(), 'Borough That Cares — locality action plans');
  await page.getByRole('banner').getByText('Borough That Cares — locality action plans').waitFor();
  await page.getByRole('main').waitFor();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  assert.equal(await page.getByText('Loading…').count(), 0, 'the loading note should be gone');
});

test('a link straight to /plans opens the plans page', async (t) => {
  const { context, page } = await openPage(browser);
  t.after(() => context.close());

  const response = await page.goto(url('/plans'));
  assert.equal(response?.status(), 200);
  await mainHeading(page, 'Your plans');
  const current = page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]');
  assert.equal(await current.innerText(), 'Plans', 'the Plans link should be marked as the current page');
});

test('an address the app does not know says so and offers the way home', async (t) => {
  const { context, page } = await openPage(browser);
  t.after(() => context.close());

  await page.goto(url('/no-such-page'));
  await mainHeading(page, 'Page not found');
  await page.getByRole('main').getByRole('link', { name: 'Go to the home page' }).click();
  await page.waitForURL(url('/'));
  await mainHeading(page, 'Plan together for carers where you live');
});
