// The overview a rep could show at a network meeting: actions by area and status,
// what is overdue, what the audit still finds, and actions by lead.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchBrowser, mainHeading, openPage, screenChecks, until } from './browser.mjs';
import { importPlan, listAfter, openFileOnHome, planNav, saved } from './app.mjs';
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
  // Each line names its actions, folded away, each a link to the action.
  const noLead = page.locator('.overview__missing > li').filter({ hasText: 'Who will lead this?' });
  await noLead.getByText('Which actions', { exact: true }).click();
  const named = noLead.locator('.overview__which').getByRole('link');
  assert.equal(await named.count(), 2, 'both actions without a lead are named');

  await page.getByRole('heading', { level: 2, name: 'Actions by lead', exact: true }).waitFor();
  const leadTables = page.getByRole('table').filter({ hasText: 'Sam Smith' });
  await leadTables.first().waitFor();
  const leadRows = await cells(leadTables.first());
  const sam = leadRows.find((r) => r[0].includes('Sam Smith'));
  assert.ok(sam, `a row for Sam Smith: ${JSON.stringify(leadRows)}`);
  assert.ok(sam.slice(1).includes('2'), `Sam Smith leads 2 actions: ${JSON.stringify(sam)}`);

  // A picture of progress by area, named in words for screen readers.
  await page.getByRole('img', { name: /: 1 amber, 1 green$/ }).waitFor();
  await page.getByRole('img', { name: /: 1 red, 1 complete$/ }).waitFor();
  // On a 360 px phone the tables fit: no region scrolls sideways and nothing is cut off.
  await page.setViewportSize({ width: 360, height: 800 });
  const sideways = await page.locator('.table-scroll').evaluateAll((regions) => regions.filter((r) => r.scrollWidth > r.clientWidth + 1).length);
  assert.equal(sideways, 0, 'no table scrolls sideways at 360 px');
  const screens = screenChecks();
  await screens.check(page, 'overview');
  screens.assertClean();
  await named.first().click();
  await mainHeading(page, 'Edit action');

  assert.deepEqual(errors, [], 'the page should raise no errors');
});

const JAP_TABLE = readFileSync(new URL('../fixtures/joint-action-plan-2013-16.csv', import.meta.url), 'utf8');
// Written by the core (crates/core/tests/overview_figures.rs); `cares report` is checked
// against the same file, so the page and the command show the one view-model's figures.
const JAP_FIGURES = JSON.parse(
  readFileSync(new URL('../fixtures/joint-action-plan-2013-16.overview.json', import.meta.url), 'utf8'),
);

const flat = (text) => text.replace(/\s+/g, ' ').trim();

/** Status counts, then the total, then (where asked) the overdue count, as the page's cells. */
function expectedCells(row, withOverdue) {
  const cells = [...Object.values(row.statuses), row.actions].map(String);
  return withOverdue ? [...cells, String(row.overdue)] : cells;
}

test("the Joint Action Plan's overview shows the core's figures, the same as `cares report`", async (t) => {
  const { context, page, errors } = await openPage(browser);
  t.after(() => context.close());

  await openFileOnHome(page, 'joint-action-plan-2013-16.csv', JAP_TABLE);
  await mainHeading(page, 'joint-action-plan-2013-16');
  await saved(page);
  await planNav(page, 'Overview').click();
  await mainHeading(page, 'Overview');

  const total = {
    actions: JAP_FIGURES.actions,
    statuses: JAP_FIGURES.statuses,
    overdue: JAP_FIGURES.overdue.length,
  };
  for (const [name, rows, withOverdue] of [
    ['Actions by area of focus and status', JAP_FIGURES.by_focus_area, false],
    ['Actions by lead and status', JAP_FIGURES.by_lead, true],
  ]) {
    const table = page.getByRole('table', { name, exact: true });
    await table.waitFor();
    const shown = await cells(table);
    const header = shown[0];
    assert.deepEqual(
      header.slice(1, 1 + Object.keys(JAP_FIGURES.statuses).length),
      ['Not started', 'Red', 'Amber', 'Green', 'Complete'],
      `${name}: statuses in the core's order`,
    );
    const body = shown.slice(1, -1);
    assert.equal(body.length, rows.length, `${name}: one row per group`);
    rows.forEach((row, i) => {
      assert.equal(body[i][0], flat(row.group), `${name}: row ${i + 1}`);
      assert.deepEqual(body[i].slice(1), expectedCells(row, withOverdue), `${name}: ${row.group}`);
    });
    const foot = shown.at(-1);
    assert.equal(foot[0], 'Total');
    assert.deepEqual(foot.slice(1), expectedCells(total, withOverdue), `${name}: the total row`);
  }

  const overdue = listAfter(page, 'Overdue');
  await until(async () => {
    const items = await overdue.getByRole('listitem').allInnerTexts();
    assert.equal(items.length, JAP_FIGURES.overdue.length, `overdue actions: ${JSON.stringify(items)}`);
  });

  const text = flat(await page.getByRole('main').innerText());
  for (const line of JAP_FIGURES.missing) {
    const words = line.actions === 1 ? '1 action:' : `${line.actions} actions:`;
    assert.ok(text.includes(words), `"${words}" for ${line.code}`);
    for (const message of line.messages) {
      assert.ok(text.includes(flat(message)), `the message "${message}"`);
    }
  }

  assert.deepEqual(errors, [], 'the page should raise no errors');
});
