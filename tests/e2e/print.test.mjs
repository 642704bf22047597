// The plan's print view: a table per area of focus on screen, and on paper no
// navigation and no buttons, with the plan title, locality and date at the top.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, launchBrowser, openPage, screenshot } from './browser.mjs';
import { assertNothingToClick, importPlan, repeatsOnEveryPage, planNav } from './app.mjs';
import { AREAS, SAMPLE_ACTIONS, dateText, isoToday, planTitle, sampleDocument } from './documents.mjs';

const COLUMNS = ['Ref', 'What will happen', 'Measure', 'Lead', 'By when', 'Status', 'Evidence'];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('the print view shows the plan as a table per area, and prints clean', async (t) => {
  const { context, page, errors } = await openPage(browser);
  t.after(() => context.close());

  const doc = sampleDocument('Maltby');
  await importPlan(page, doc);
  await planNav(page, 'Print').click();
  await page.waitForURL((u) => u.pathname === `/plan/${doc.id}/print`);
  await page.getByRole('heading', { name: planTitle('Maltby') }).first().waitFor();

  const tables = page.getByRole('table');
  await tables.first().waitFor();
  for (let i = 0; i < (await tables.count()); i += 1) {
    const headers = (await tables.nth(i).getByRole('columnheader').allInnerTexts()).map((s) => s.trim());
    assert.deepEqual(headers, COLUMNS, `table ${i + 1} has the print columns`);
  }
  for (const action of SAMPLE_ACTIONS) {
    await page.getByRole('cell').filter({ hasText: action.what }).first().waitFor();
  }
  for (const area of AREAS) {
    await page.getByRole('heading', { name: new RegExp(area.name) }).first().waitFor();
  }
  // Every landmark has a name of its own (axe's landmark-unique, a best practice the
  // WCAG run leaves out): each area's scrolling table is named apart from its section.
  assert.deepEqual(await axeViolations(page), [], 'the WCAG rules pass');
  const sameNamed = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'rule', values: ['landmark-unique'] } });
    return result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
  });
  assert.deepEqual(sameNamed, [], 'no two landmarks share a role and a name');

  // Status in words, evidence as written.
  const cafe = page.getByRole('row').filter({ hasText: SAMPLE_ACTIONS[0].what });
  const cafeText = await cafe.innerText();
  assert.match(cafeText, /Amber/);
  assert.match(cafeText, /Library agreed the room/);
  assert.match(cafeText, /Sam Smith/);

  // The on-screen Print button asks the browser to print.
  await page.evaluate(() => {
    window.print = () => {
      window.printAsked = true;
    };
  });
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await page.waitForFunction(() => window.printAsked === true);

  await page.emulateMedia({ media: 'print' });
  await assertNothingToClick(page);
  // What is on paper: the title, the locality and today's date.
  await page.getByText(planTitle('Maltby')).filter({ visible: true }).first().waitFor();
  await page.getByText(/\bMaltby\b(?! locality action plan)/).filter({ visible: true }).first().waitFor();
  const date = page.getByText(new RegExp(dateText(isoToday()))).filter({ visible: true }).first();
  await date.waitFor();
  await screenshot(page, 'plan-print-paper');

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1, 'the plan prints to at least one A4 page');
  // Last, so the checks above run even where this one fails.
  assert.ok(await repeatsOnEveryPage(date), 'the date sits in a header repeated on every printed page');
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(errors, [], 'the page should raise no errors');
});
