// Sharing a plan through the server with a link: the link has the plan's own key,
// a button copies it, it opens the plan in another browser (which keeps it), and a
// link that opens nothing says what to do.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { hasText, isGone, launchBrowser, mainHeading, openPage, screenChecks, until, url } from './browser.mjs';
import { importPlan, planNav } from './app.mjs';
import { SAMPLE_ACTIONS, planTitle, sampleDocument } from './documents.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('a plan shared with a link opens in another browser, and the link can be copied again later', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url('') });

  const doc = sampleDocument('Maltby');
  await importPlan(page, doc);
  await planNav(page, 'Share').click();
  await mainHeading(page, 'Share and back up');
  const section = page.locator('section').filter({
    has: page.getByRole('heading', { level: 2, name: 'Share with a link', exact: true }),
  });
  await section.getByRole('button', { name: 'Make a link', exact: true }).click();
  await section.getByRole('status').filter({ hasText: 'Link made.' }).waitFor();
  const box = section.getByLabel('Link to this plan', { exact: true });
  const link = await box.inputValue();
  assert.match(link, new RegExp(`/plans#share=${doc.id}\\.[^.\\s]+`), 'the link names the plan and carries its key after the #');
  await screens.check(page, 'share-link-made');

  await section.getByRole('button', { name: 'Copy the link', exact: true }).click();
  await section.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

  // The link is kept on this device: the Share page shows it again.
  await page.reload();
  await mainHeading(page, 'Share and back up');
  assert.equal(await section.getByLabel('Link to this plan', { exact: true }).inputValue(), link);

  // Someone else opens the link: the plan opens, kept on their device, and the key
  // leaves the address.
  const other = await openPage(browser, 1280);
  t.after(() => other.context.close());
  await other.page.goto(link);
  await other.page.waitForURL(url(`/plan/${doc.id}`));
  await mainHeading(other.page, planTitle('Maltby'));
  await other.page.getByText(`Showing ${SAMPLE_ACTIONS.length} of ${SAMPLE_ACTIONS.length} actions`, { exact: true }).waitFor();
  assert.doesNotMatch(other.page.url(), /share=/);
  await other.page.goto(url('/plans'));
  await other.page.getByRole('link', { name: planTitle('Maltby'), exact: true }).waitFor();

  // Opening it again where it is already kept (from a new page, as a link in an email
  // opens) says so, and links to it.
  await other.page.goto(url('/'));
  await mainHeading(other.page, 'Your action plans');
  await other.page.goto(link);
  await hasText(other.page.getByRole('status').filter({ hasText: 'already on this device' }), 'already on this device');
  await other.page.getByRole('link', { name: 'Open the plan', exact: true }).waitFor();
  await screens.check(other.page, 'share-link-opened-again');

  assert.deepEqual(errors, [], 'the page should raise no errors');
  assert.deepEqual(other.errors, [], 'the other page should raise no errors');
  screens.assertClean();
});

test('a link that opens nothing says what to do, and keeps nothing', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());
  await page.goto(url(`/plans#share=${randomUUID()}.not-a-real-key`));
  await mainHeading(page, 'Your plans');
  await page.getByRole('alert').filter({ hasText: 'This link does not open a plan any more.' }).waitFor();
  await page.getByText('No plans yet.', { exact: true }).waitFor();
  await screens.check(page, 'share-link-broken');
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test('stopping sharing asks first, then the link opens nothing and the plan stays on this device', async (t) => {
  const { context, page, errors } = await openPage(browser, 1280);
  const screens = screenChecks();
  t.after(() => context.close());

  const doc = sampleDocument('Maltby');
  await importPlan(page, doc);
  await planNav(page, 'Share').click();
  await mainHeading(page, 'Share and back up');
  const section = page.locator('section').filter({
    has: page.getByRole('heading', { level: 2, name: 'Share with a link', exact: true }),
  });
  await section.getByRole('button', { name: 'Make a link', exact: true }).click();
  const link = await section.getByLabel('Link to this plan', { exact: true }).inputValue();
  const [id, key] = link.split('#share=')[1].split('.');
  assert.equal(id, doc.id);

  // The first press only asks; "Keep sharing" leaves the link as it was.
  await section.getByRole('button', { name: 'Stop sharing', exact: true }).click();
  const question = section.getByRole('group', { name: 'Stop sharing this plan?', exact: true });
  await hasText(question, 'the link stops working for everyone who has it. Your plan stays on this device');
  await until(async () => assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Keep sharing'));
  await screens.check(page, 'share-link-stop-asked');
  await question.getByRole('button', { name: 'Keep sharing', exact: true }).click();
  await isGone(question);
  assert.equal(await section.getByLabel('Link to this plan', { exact: true }).inputValue(), link);
  assert.equal((await page.request.get(url(`/api/documents/${id}`), { headers: { Authorization: `Bearer ${key}` } })).status(), 200);

  await section.getByRole('button', { name: 'Stop sharing', exact: true }).click();
  await question.getByRole('button', { name: 'Yes, stop sharing', exact: true }).click();
  await section.getByRole('status').filter({ hasText: 'Sharing stopped. The link no longer opens this plan.' }).waitFor();
  await isGone(section.getByLabel('Link to this plan', { exact: true }));
  const again = section.getByRole('button', { name: 'Make a link', exact: true });
  await until(async () => assert.ok(await again.evaluate((el) => el === document.activeElement), 'focus goes to "Make a link"'));
  await screens.check(page, 'share-link-stopped');

  // While busy, the button reads as busy and its words stay readable (axe skips it).
  const busy = await again.evaluate((el) => {
    el.setAttribute('aria-disabled', 'true');
    const style = getComputedStyle(el);
    const rgb = (text) => text.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => {
      const c = [r, g, b].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const [a, b] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))].sort((x, y) => y - x);
    el.removeAttribute('aria-disabled');
    return { opacity: style.opacity, ratio: (a + 0.05) / (b + 0.05) };
  });
  assert.equal(busy.opacity, '1', 'a busy button is not faded');
  assert.ok(busy.ratio >= 4.5, `a busy button's words contrast ${busy.ratio.toFixed(1)}:1`);

  // The server's copy is gone: the key opens nothing and says so.
  const gone = await page.request.get(url(`/api/documents/${id}`), { headers: { Authorization: `Bearer ${key}` } });
  assert.equal(gone.status(), 404);
  assert.match((await gone.json()).error, /no longer shared/);

  // The plan is still on this device, and after a reload the link is not shown.
  await page.reload();
  await mainHeading(page, 'Share and back up');
  await again.waitFor();
  await planNav(page, 'Actions').click();
  await page.getByText(`Showing ${SAMPLE_ACTIONS.length} of ${SAMPLE_ACTIONS.length} actions`, { exact: true }).waitFor();

  // Someone opening the old link is told what to do, and gets nothing kept.
  const other = await openPage(browser, 360);
  t.after(() => other.context.close());
  await other.page.goto(link);
  await other.page.getByRole('alert').filter({ hasText: 'This link does not open a plan any more.' }).waitFor();
  await other.page.getByText('No plans yet.', { exact: true }).waitFor();
  await screens.check(other.page, 'share-link-after-stop');

  assert.deepEqual(errors, [], 'the page should raise no errors');
  assert.deepEqual(other.errors, [], 'the other page should raise no errors');
  screens.assertClean();
});
