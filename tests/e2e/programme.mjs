// Steps into the borough programme, written once for its browser tests: opening the
// example borough from Home, the programme's navigation, and reading its tables.

import assert from 'node:assert/strict';
import { mainHeading, url } from './browser.mjs';

/** A table's cells as text, row by row. */
export function cells(table) {
  return table.evaluate((el) => [...el.rows].map((row) => [...row.cells].map((cell) => cell.innerText.replace(/\s+/g, ' ').trim())));
}

/** The row whose first cell is this name, or starts with it and a space. */
export function rowNamed(rows, name) {
  const row = rows.find((r) => r[0] === name || r[0].startsWith(`${name} `));
  assert.ok(row, `a row for ${name}: ${JSON.stringify(rows)}`);
  return row;
}

/** Home → "Try the example borough"; waits for the borough at a glance. Returns its id. */
export async function openExampleBorough(page) {
  await page.goto(url('/'));
  await mainHeading(page, 'Your action plans');
  await page.getByRole('link', { name: 'Try the example borough', exact: true }).click();
  await mainHeading(page, 'Borough at a glance');
  await mainHeading(page, 'The Borough That Cares: example borough');
  return new URL(page.url()).pathname.match(/^\/plan\/([^/]+)\/programme$/)?.[1];
}

/** A link in the programme's navigation. */
export function programmeNav(page, name) {
  return page.getByRole('navigation', { name: 'Programme', exact: true }).getByRole('link', { name, exact: true });
}

/** The list item of a programme entry (a group, member, meeting, finding), by its name. */
export function entry(page, name) {
  return page.locator('.programme-entry').filter({ has: page.locator('.programme-entry__name', { hasText: name }) }).first();
}
