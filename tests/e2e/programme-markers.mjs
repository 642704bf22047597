// Steps the progress, assessment and highlight tests share: open the example borough
// (the core's fixture: three localities' plans, a year of counts, two organisations'
// self-assessments) through Home's "Open a plan file", and go to a programme page.

import { readFileSync } from 'node:fs';
import { mainHeading, url } from './browser.mjs';
import { openFileOnHome, saved } from './app.mjs';

/** The example borough document, as the core's tests keep it. */
export const EXAMPLE_BOROUGH = JSON.parse(
  readFileSync(new URL('../../crates/core/tests/fixtures/example-borough.json', import.meta.url), 'utf8'),
);

/** Opens the example borough on this device; waits until it is saved. */
export async function openExampleBorough(page) {
  await openFileOnHome(page, 'example-borough.cares.json', EXAMPLE_BOROUGH);
  await page.waitForURL(url(`/plan/${EXAMPLE_BOROUGH.id}`));
  // A borough programme is shown under its own title, not its first plan's.
  await mainHeading(page, EXAMPLE_BOROUGH.content.title);
  await saved(page);
}

/** Goes to one of the borough's programme pages ("progress", "assessment"…) and waits for its heading. */
export async function programmePage(page, path, heading) {
  await page.goto(url(`/plan/${EXAMPLE_BOROUGH.id}/programme/${path}`));
  await mainHeading(page, heading);
}

/** A table's cells as text, row by row. */
export function cells(table) {
  return table.evaluate((el) => [...el.rows].map((row) => [...row.cells].map((cell) => cell.innerText.replace(/\s+/g, ' ').trim())));
}

/** A CSV file for Playwright's setInputFiles. */
export function csvFile(name, text) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text) };
}
