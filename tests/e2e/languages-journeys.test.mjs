// Languages on the screens of opening and sharing plans: in the pseudo-language every
// word of the Share page (a link made, "Stop sharing" asking first), of a file that
// cannot be opened (the core's advice, with its Details open), of a copy of the plan
// or a different plan, of a shared link that opens nothing, and of the date and text
// fields of the action editor comes from a catalogue; and in Urdu the same screens
// read right to left at 360 px, axe-clean, with nothing off screen.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage, screenChecks, url } from './browser.mjs';
import { jsonFile, sampleDocument } from './documents.mjs';
import { pseudoProblems } from './languages.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/**
 * Marks as not ours what these screens show but other parts of the app own (the plan
 * frame, the download buttons, the merge summary, the plans list), so only the words
 * of opening and sharing are held to the catalogues here; their own tests check the
 * rest. The technical detail behind "Details" is the core's English on purpose, and
 * is already marked.
 */
async function onlyOurWords(page, selectors) {
  await page.evaluate((roots) => {
    const mine = roots.flatMap((selector) => [...document.querySelectorAll(selector)]);
    for (const el of document.body.querySelectorAll('*')) {
      if (!mine.some((root) => root.contains(el) || el.contains(root))) el.setAttribute('translate', 'no');
    }
    for (const el of document.querySelectorAll('.file-outcome, .merge-summary, section[aria-labelledby="backup-heading"] button, section[aria-labelledby="spreadsheet-heading"] button')) {
      el.setAttribute('translate', 'no');
    }
  }, selectors);
}

/** Keeps a device's choice of language, then opens a sample plan; returns its id. */
async function planIn(page, language) {
  await page.goto(url('/about'));
  await page.evaluate((tag) => localStorage.setItem('cares-language', tag), language);
  const doc = sampleDocument('Maltby');
  // importPlan waits for English words; open the file by its field's id instead.
  await page.goto(url('/'));
  await page.locator('#open-plan-file').setInputFiles(jsonFile('Maltby.cares.json', doc));
  await page.waitForURL(url(`/plan/${doc.id}`));
  await page.locator('.action-card').first().waitFor();
  return doc;
}

/** Each screen: how to reach it, and what on it is ours. */
const SCREENS = [
  {
    name: 'share-link-asked',
    async reach(page, doc) {
      await page.goto(url(`/plan/${doc.id}/share`));
      await page.locator('#make-link').click();
      await page.locator('#share-link').waitFor();
      await page.locator('#stop-sharing').click();
      await page.locator('#stop-sharing-question').waitFor();
    },
    // The page's own sections (the heading above them is the plan's title, the frame's).
    mine: ['main section'],
  },
  {
    name: 'someone-elses-file-refused',
    async reach(page, doc) {
      await page.goto(url(`/plan/${doc.id}/share`));
      await page.locator('#someone-elses-file').setInputFiles(jsonFile('shopping.json', { list: 'shopping' }));
      await page.locator('details.field__details summary').click();
      await page.locator('details.field__details[open]').waitFor();
    },
    mine: ['main section[aria-labelledby="their-file-heading"]'],
  },
  {
    name: 'someone-elses-file-different',
    async reach(page, doc) {
      await page.goto(url(`/plan/${doc.id}/share`));
      const other = sampleDocument('Kimberworth');
      await page.locator('#someone-elses-file').setInputFiles(jsonFile('Kimberworth.cares.json', other));
      await page.locator('.file-choice').waitFor();
    },
    mine: ['main section[aria-labelledby="their-file-heading"]'],
  },
  {
    name: 'home-file-refused',
    async reach(page) {
      await page.goto(url('/'));
      await page.locator('#open-plan-file').setInputFiles(jsonFile('notes.csv', 'Name,Phone\nSam,0\n'));
      await page.locator('details.field__details summary').click();
      await page.locator('details.field__details[open]').waitFor();
    },
    mine: ['#open-plan-file-hint', 'label[for="open-plan-file"]', '.field--error'],
  },
  {
    name: 'home-copy-of-plan',
    async reach(page, doc) {
      await page.goto(url('/'));
      await page.locator('#open-plan-file').setInputFiles(jsonFile('again.cares.json', doc));
      await page.locator('.file-choice').waitFor();
    },
    mine: ['.file-choice'],
  },
  {
    name: 'shared-link-dead',
    async reach(page) {
      await page.goto(url(`/plans#share=${randomUUID()}.not-a-real-key`));
      await page.locator('.shared-link [role="alert"]').waitFor();
    },
    mine: ['.shared-link'],
  },
  {
    name: 'action-editor-fields',
    async reach(page, doc) {
      const action = doc.content.plans[0].actions[0];
      await page.goto(url(`/plan/${doc.id}/action/${action.id}`));
      await page.locator('.date-field').first().waitFor();
      await page.locator('.date-field input[type=text]').first().fill('soon');
      await page.keyboard.press('Tab');
      await page.locator('.field--error .date-field').waitFor();
    },
    mine: ['.date-field', '.field--error .field__error'],
  },
];

test('in the pseudo-language every word of opening and sharing plans comes from a catalogue', async (t) => {
  const { context, page, errors } = await openPage(browser, 1280);
  t.after(() => context.close());
  const doc = await planIn(page, 'en-x-pseudo');
  const found = [];
  for (const screen of SCREENS) {
    await screen.reach(page, doc);
    await onlyOurWords(page, screen.mine);
    found.push(...(await pseudoProblems(page, screen.name)));
  }
  assert.deepEqual(found, [], `text that is not from a catalogue:\n${found.join('\n')}`);
  assert.deepEqual(errors, [], 'the pages should raise no errors');
});

test('in Urdu opening and sharing plans read right to left at 360 px with nothing off screen', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());
  const doc = await planIn(page, 'ur');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  for (const screen of SCREENS) {
    await screen.reach(page, doc);
    assert.equal(await page.getAttribute('html', 'lang'), 'ur');
    await screens.check(page, `languages-journeys-ur-${screen.name}`);
  }
  // The advice for a file that is not a plan is in Urdu; its detail stays the core's English.
  await SCREENS[1].reach(page, doc);
  await page.getByRole('alert').filter({ hasText: 'یہ cares کی منصوبہ فائل نہیں ہے' }).waitFor();
  assert.match(await page.locator('details.field__details p').innerText(), /not a cares document/);
  assert.equal(await page.locator('details.field__details p').getAttribute('lang'), 'en');
  screens.assertClean();
  assert.deepEqual(errors, [], 'the pages should raise no errors');
});
