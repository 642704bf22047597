// The progress markers a programme lead reads each quarter: a chart per marker with a
// line per locality and the target, the same numbers in a table for screen readers,
// and partners' counts imported from a CSV — a bad file changes nothing and names
// its line.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasText, launchBrowser, mainHeading, openPage, screenChecks, until } from './browser.mjs';
import { saved } from './app.mjs';
import { cells, csvFile, openExampleBorough, programmePage } from './programme-markers.mjs';

const PLACES = 'Meeting places for carers (meeting places) by locality and quarter';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** The row of a table whose first cell is `name`. */
function row(rows, name) {
  const found = rows.find((r) => r[0] === name);
  assert.ok(found, `a row for ${name}: ${JSON.stringify(rows)}`);
  return found;
}

test('each marker has a chart and a table of its counts by locality, and partners counts import line by line', async (t) => {
  const { context, page, errors } = await openPage(browser);
  t.after(() => context.close());
  const screens = screenChecks();

  await openExampleBorough(page);
  await programmePage(page, 'progress', 'Progress markers');

  const places = page.getByRole('region', { name: 'Meeting places for carers', exact: true });
  await places.getByRole('heading', { level: 2, name: 'Meeting places for carers' }).waitFor();
  // The borough's line in words, from the core.
  await hasText(places, /Meeting places for carers: 11 meeting places, up 2 \(22%\) since last quarter/);

  // The chart: a line per locality and the target, with a key naming each.
  const chart = places.locator('figure.chart');
  assert.equal(await chart.getAttribute('aria-hidden'), 'true', 'screen readers read the table, not the drawing');
  assert.equal(await chart.locator('path.chart__line').count(), 3, 'a line for each of the three localities');
  assert.equal(await chart.locator('path.chart__target').count(), 1, 'the target is drawn');
  assert.deepEqual(await chart.locator('.chart__key li').allInnerTexts(), ['Maltby', 'Rawmarsh', 'Wath', 'Target']);
  assert.deepEqual(
    (await chart.locator('text').allTextContents()).map((t) => t.trim()),
    ['12', '0', 'Q1', '2024-25', 'Q2', 'Q3', 'Q4'],
    'quarters along the bottom, the highest figure (the target) at the top',
  );

  // The table a screen reader reads.
  const table = page.getByRole('table', { name: PLACES, exact: true });
  let rows = await cells(table);
  assert.deepEqual(rows[0], ['Locality', '2024-25 Q1', '2024-25 Q2', '2024-25 Q3', '2024-25 Q4', 'Change since last quarter']);
  assert.deepEqual(row(rows, 'Maltby'), ['Maltby', '3', '4', '4', '5', 'up 1 (25%) since last quarter']);
  assert.deepEqual(row(rows, 'Target'), ['Target', '12', '12', '12', '12', ''], 'a level keeps its year\'s target whole');
  assert.deepEqual(row(rows, 'Borough total'), ['Borough total', '6', '8', '9', '11', '']);
  await screens.check(page, 'programme-progress');

  // The lead sets a year's target for a count made afresh each quarter.
  const involvement = page.getByRole('table', { name: 'Involvement in co-production (people taking part) by locality and quarter', exact: true });
  assert.ok(!(await cells(involvement)).some((r) => r[0] === 'Target'), 'no target yet');
  const targetForm = page.getByRole('form', { name: 'Set a target' });
  await targetForm.getByLabel('Progress marker', { exact: true }).selectOption({ label: 'Involvement in co-production' });
  await targetForm.getByLabel('Financial year (April to March)', { exact: true }).selectOption({ label: '2024-25' });
  const target = targetForm.getByLabel('Target for the year', { exact: true });
  await target.fill('forty');
  await targetForm.getByRole('button', { name: 'Set target' }).click();
  await hasText(targetForm, 'Write the target as a whole number, such as 12.');
  assert.equal(await target.getAttribute('aria-invalid'), 'true');
  await target.fill('40');
  await targetForm.getByRole('button', { name: 'Set target' }).click();
  await hasText(targetForm.getByRole('status'), 'Target set: Involvement in co-production in 2024-25, 40.');
  await until(async () => {
    assert.deepEqual(row(await cells(involvement), 'Target'), ['Target', '10', '10', '10', '10', ''], 'a year of 40 is 10 a quarter');
  });

  // Partners send next quarter's counts and a correction.
  const file = page.getByLabel('Counts file (CSV)', { exact: true });
  await file.setInputFiles(
    csvFile('counts-2025-q1.csv', 'marker,locality,quarter,count\nmeeting-places,Maltby,2025-Q1,6\nMeeting places for carers,Wath,2024-25 Q4,4\n'),
  );
  const status = page.getByRole('status').filter({ hasText: 'Imported' });
  await hasText(status, 'Imported 2 counts from counts-2025-q1.csv.');
  assert.deepEqual(await status.getByRole('listitem').allInnerTexts(), [
    'Meeting places for carers, Maltby, 2025-26 Q1: 6 (new)',
    'Meeting places for carers, Wath, 2024-25 Q4: 4 (was 3)',
  ]);
  await until(async () => {
    rows = await cells(table);
    assert.deepEqual(row(rows, 'Maltby'), ['Maltby', '3', '4', '4', '5', '6', 'up 1 (20%) since last quarter']);
    assert.deepEqual(row(rows, 'Wath').slice(4, 5), ['4']);
  });
  await saved(page);
  await screens.check(page, 'programme-progress-imported');

  // A file with one bad line: nothing in it is taken, and the line is named.
  await file.setInputFiles(
    csvFile('counts-bad.csv', 'marker,locality,quarter,count\nmeeting-places,Rawmarsh,2025-Q1,9\nmeeting-places,Wath,2025-Q1,-2\n'),
  );
  const alert = page.getByRole('alert').filter({ hasText: '.csv' });
  await hasText(
    alert,
    'counts-bad.csv: line 3: the count -2 is below zero; counts are 0 or more. Nothing was imported: the figures are as they were.',
  );
  assert.equal(await file.getAttribute('aria-invalid'), 'true');
  rows = await cells(table);
  assert.deepEqual(row(rows, 'Rawmarsh').slice(5, 6), ['–'], "the good line before the bad one was not taken either");
  await screens.check(page, 'programme-progress-bad-counts');

  for (const [name, text, said] of [
    ['wrong-marker.csv', 'marker,locality,quarter,count\ncarer-happiness,Wath,2025-Q1,2\n', /line 2: "carer-happiness" is not a progress marker/],
    ['wrong-quarter.csv', 'marker,locality,quarter,count\nmeeting-places,Wath,2025-Q5,2\n', /line 2: "2025-Q5" is not a quarter/],
  ]) {
    await file.setInputFiles(csvFile(name, text));
    await hasText(alert, said);
  }

  // What was imported is kept on the device; what was refused never arrived.
  await page.reload();
  await mainHeading(page, 'Progress markers');
  rows = await cells(page.getByRole('table', { name: PLACES, exact: true }));
  assert.deepEqual(row(rows, 'Maltby').slice(5, 6), ['6']);
  assert.deepEqual(row(rows, 'Rawmarsh').slice(5, 6), ['–']);

  screens.assertClean();
  assert.deepEqual(errors, [], 'the page should raise no errors');
});
