// The overview a rep could show at a network meeting: actions by area and status,
// what is overdue, what the audit still finds, and actions by lead.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, mainHeading, openPage, until } from './browser.mjs';
import { importPlan, listAfter, planNav } from './app.mjs';
import { AREAS, SAMPLE_ACTIONS, sampleDocument } from './documents.mjs';

const STATUSES = ['Not started', 'Red', 'Amber', 'Green', 'Complete'];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** A table's cells as text, row by row. */
function cells(table) {
  return table.evaluate((el) => [...el.rows].map((row) => [...row.cells].map((cell) => cell.innerText.replace(/\s+/g, ' ').trim())));
}

/** The row whose first cell names the area: its number, name or tagline. */
function areaRow(rows, area) {
  const row = rows.find(
    (r) => r[0].includes(area.name) || r[0].includes(area.tagline) || new RegExp(`^(Area of focus )?${area.number}\\b`).test(r[0]),
  );
  assert.ok(row, `a row for area ${area.number}: ${JSON.stringify(rows)}`);
  return row;
}

test('the overview counts actions by area and status, and lists what is overdue and missing', async (t) => {
  const { context, page, errors } = await openPage(browser);
  t.after(() => context.close());

  await importPlan(page, sampleDocument('Maltby'));
  await planNav(page, 'Overview').click();
  await mainHeading(page, 'Overview');

  const table = page.getByRole('table', { name: 'Actions by area of focus and status', exact: true });
  await table.waitFor();
  const rows = await cells(table);
  const header = rows[0];
  for (const column of [...STATUSES, 'Total']) {
    assert.ok(header.includes(column), `a "${column}" column: ${JSON.stringify(header)}`);
  }
  const count = (row, column) => Number(row[header.indexOf(column)] || 0);
  const expected = {
    1: { Amber: 1, Green: 1, Total: 2 },
    2: { Red: 1, Complete: 1, Total: 2 },
    3: { 'Not started': 1, Total: 1 },
  };
  for (const area of AREAS) {
    const row = areaRow(rows, area);
    for (const column of [...STATUSES, 'Total']) {
      assert.equal(count(row, column), expected[area.number][column] ?? 0, `area ${area.number}, ${column}`);
    }
  }

  await page.getByRole('heading', { level: 2, name: 'Overdue', exact: true }).waitFor();
  const overdue = listAfter(page, 'Overdue');
  await until(async () => {
    const items = await overdue.getByRole('listitem').allInnerTexts();
    assert.equal(items.length, 1, `one overdue action: ${JSON.stringify(items)}`);
    // Named by its reference or its wording.
    assert.match(items[0], new RegExp(`${SAMPLE_ACTIONS[2].reference.replace('.', '\\.')}|${SAMPLE_ACTIONS[2].what}`));
  });

  await page.getByRole('heading', { level: 2, name: 'What is still missing', exact: true }).waitFor();
  const missing = page.getByRole('main');
  const text = (await missing.innerText()).replace(/\s+/g, ' ');
  assert.match(text, /2 actions: Who will lead this\?/);
  assert.match(text, /2 actions: How will we know it worked\?/);
  assert.match(text, /1 action: By when\?/);

  await page.getByRole('heading', { level: 2, name: 'Actions by lead', exact: true }).waitFor();
  const leadTables = page.getByRole('table').filter({ hasText: 'Sam Smith' });
  await leadTables.first().waitFor();
  const leadRows = await cells(leadTables.first());
  const sam = leadRows.find((r) => r[0].includes('Sam Smith'));
  assert.ok(sam, `a row for Sam Smith: ${JSON.stringify(leadRows)}`);
  assert.ok(sam.slice(1).includes('2'), `Sam Smith leads 2 actions: ${JSON.stringify(sam)}`);

  assert.deepEqual(errors, [], 'the page should raise no errors');
});
