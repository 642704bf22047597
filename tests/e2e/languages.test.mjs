// Languages: a person picks Welsh or Urdu at the top of any page, the page follows
// (its words, `lang` and `dir`), the choice survives a reload and an offline spell,
// Urdu reads right to left at 360 px with nothing off screen; and in the
// pseudo-language every word on the screens below comes from a catalogue.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, mainHeading, openPage, screenChecks, url } from './browser.mjs';
import { pseudoProblems, chooseLanguage } from './languages.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('the language chosen at the top of a page changes the page, and stays through a reload and offline', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());

  await page.goto(url('/about'));
  await mainHeading(page, 'About this toolkit');
  // The About page says which translations are drafts and asks for help.
  const about = page.getByRole('main');
  assert.match(await about.innerText(), /Cymraeg: draft translation — please help check it/);
  assert.match(await about.innerText(), /English \(UK\): checked by a translator/);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await chooseLanguage(page, 'Language', 'Cymraeg');
  await mainHeading(page, 'Am y pecyn cymorth hwn');
  assert.equal(await page.getAttribute('html', 'lang'), 'cy');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  await page.getByRole('navigation', { name: 'Prif' }).getByRole('link', { name: 'Hafan', exact: true }).waitFor();

  await chooseLanguage(page, 'Iaith', 'اردو');
  await mainHeading(page, 'اس ٹول کٹ کے بارے میں');
  assert.equal(await page.getAttribute('html', 'lang'), 'ur');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  // Right to left: the navigation starts at the right-hand edge.
  const nav = await page.getByRole('navigation', { name: 'مرکزی' }).getByRole('link').first().boundingBox();
  assert.ok(nav && nav.x + nav.width > 360 / 2, `the first link sits on the right in Urdu (at x=${nav?.x})`);
  await screens.check(page, 'languages-about-ur');

  await page.reload();
  await mainHeading(page, 'اس ٹول کٹ کے بارے میں');
  await context.setOffline(true);
  await page.reload();
  await mainHeading(page, 'اس ٹول کٹ کے بارے میں');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await context.setOffline(false);

  // Back to English: the page is as it was.
  await chooseLanguage(page, 'زبان', 'English (UK)');
  await mainHeading(page, 'About this toolkit');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');

  screens.assertClean();
  assert.deepEqual(errors, [], 'the page should raise no errors');
});

test('in the pseudo-language every word on these screens comes from a catalogue', async (t) => {
  const { context, page, errors } = await openPage(browser, 1280);
  t.after(() => context.close());
  await page.goto(url('/about'));
  await page.evaluate(() => localStorage.setItem('cares-language', 'en-x-pseudo'));
  const found = [];
  // The plan's pages and Home hold the frame's forms, which are still moving to the
  // catalogues (see the README); the programme, sessions and help have their own tests.
  for (const path of ['/about', '/join', '/no-such-page']) {
    await page.goto(url(path));
    await page.getByRole('heading', { level: 1 }).waitFor();
    found.push(...(await pseudoProblems(page, path)));
  }
  assert.deepEqual(found, [], `text that is not from a catalogue:\n${found.join('\n')}`);
  assert.deepEqual(errors, [], 'the page should raise no errors');
});
