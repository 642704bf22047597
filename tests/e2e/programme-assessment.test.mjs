// Self-assessment and the position statement: an organisation rates itself against the
// quality themes' statements (rating, what shows it, what it will do to improve), and
// the borough's position statement — bars, a table for screen readers and the
// improvement actions — follows at once and after a reload.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasText, launchBrowser, mainHeading, openPage, screenChecks, until } from './browser.mjs';
import { listAfter, saved } from './app.mjs';
import { cells, openExampleBorough, programmePage } from './programme-markers.mjs';

const TABLE = 'Answers by quality theme and rating';
const STRENGTHS = 'We work using strength-based approaches';
const CHARTER = 'Our organisation has a Carer Strategy or Carers Charter in place';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** The position statement's row for a theme. */
async function themeRow(page, theme) {
  const rows = await cells(page.getByRole('table', { name: TABLE, exact: true }));
  assert.deepEqual(rows[0], ['Theme', 'Not yet', 'Partly', 'Mostly', 'Fully', 'Mostly or fully']);
  const row = rows.find((r) => r[0] === theme);
  assert.ok(row, `a row for ${theme}: ${JSON.stringify(rows)}`);
  return row;
}

test('an organisation assesses itself and the position statement rolls every organisation up', async (t) => {
  const { context, page, errors } = await openPage(browser);
  t.after(() => context.close());
  const screens = screenChecks();

  await openExampleBorough(page);
  await programmePage(page, 'assessment', 'Self-assessment');

  // Two organisations have assessed themselves: one "mostly", one "partly".
  await hasText(page.getByRole('region', { name: 'Position statement' }), 'From the self-assessments of 2 organisations: ');
  assert.deepEqual(await themeRow(page, 'Awareness and culture'), ['Awareness and culture', '0', '1', '1', '0', '50%']);
  const bars = page.locator('figure.chart');
  assert.equal(await bars.getAttribute('aria-hidden'), 'true', 'the table is what a screen reader reads');
  assert.equal(await bars.locator('rect.chart__bar').count(), 6, 'a bar per quality theme');
  const improvements = listAfter(page, 'Improvement actions');
  await hasText(improvements, "Ask carers to co-produce our next carers' information pack");
  await screens.check(page, 'programme-assessment');

  // The Carers Forum starts its own.
  const organisation = page.getByLabel('Organisation', { exact: true });
  assert.deepEqual(
    (await organisation.locator('option').allInnerTexts()).map((o) => o.trim()),
    ['RMBC', 'Crossroads Care Rotherham', 'Rotherham Clinical Commissioning Group (not started)', 'Rotherham Carers Forum (not started)'],
  );
  await organisation.selectOption({ label: 'Rotherham Carers Forum (not started)' });
  await hasText(page.getByRole('main'), /\d+ statements still to answer/);

  const strengths = page.getByRole('group', { name: STRENGTHS, exact: true });
  await strengths.getByLabel('Fully', { exact: true }).check();
  await strengths.getByLabel('What shows it', { exact: true }).fill('Strengths-based training for every member of staff');
  await strengths.getByLabel('What shows it', { exact: true }).blur();
  await until(async () => assert.deepEqual(await themeRow(page, 'Awareness and culture'), ['Awareness and culture', '0', '1', '1', '1', '67%']));

  const charter = page.getByRole('group', { name: CHARTER, exact: true });
  await charter.getByLabel('Not yet', { exact: true }).check();
  await charter.getByLabel('What we will do to improve', { exact: true }).fill('Agree a Carers Charter with carers by March');
  await charter.getByLabel('What we will do to improve', { exact: true }).blur();
  await hasText(improvements, 'Agree a Carers Charter with carers by March');
  await hasText(improvements, 'Rotherham Carers Forum');
  await saved(page);
  await screens.check(page, 'programme-assessment-answered');

  // Kept on the device: the answers and the roll-up come back after a reload.
  await page.reload();
  await mainHeading(page, 'Self-assessment');
  await hasText(page.getByRole('region', { name: 'Position statement' }), 'From the self-assessments of 3 organisations: ');
  assert.deepEqual(await themeRow(page, 'Awareness and culture'), ['Awareness and culture', '1', '1', '1', '1', '50%']);
  await page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Rotherham Carers Forum' });
  const again = page.getByRole('group', { name: STRENGTHS, exact: true });
  assert.ok(await again.getByLabel('Fully', { exact: true }).isChecked(), 'the rating is kept');
  assert.equal(
    await again.getByLabel('What shows it', { exact: true }).inputValue(),
    'Strengths-based training for every member of staff',
  );

  screens.assertClean();
  assert.deepEqual(errors, [], 'the page should raise no errors');
});
