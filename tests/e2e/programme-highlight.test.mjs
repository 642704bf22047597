// The quarterly highlight report for the Health and Wellbeing Board: plan progress by
// locality and area of focus, progress markers with change and charts, empowerment
// findings, sessions and how many took part (never names), the top improvement
// actions — chosen by quarter, and printed on A4 with nothing to click.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasText, launchBrowser, mainHeading, openPage, screenChecks, screenshot } from './browser.mjs';
import { assertNothingToClick, repeatsOnEveryPage } from './app.mjs';
import { EXAMPLE_BOROUGH, cells, openExampleBorough, programmePage } from './programme-markers.mjs';

const Q4 = 'Highlight report: 2024-25 Q4 (January to March 2025)';
const Q1 = 'Highlight report: 2024-25 Q1 (April to June 2024)';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('the highlight report shows a quarter, and prints on A4 with nothing to click', async (t) => {
  const { context, page, errors } = await openPage(browser);
  t.after(() => context.close());
  const screens = screenChecks();

  await openExampleBorough(page);
  await programmePage(page, 'highlight', Q4);

  // Plan progress by locality, from the core's borough view.
  const localities = await cells(page.getByRole('table', { name: 'Actions by locality', exact: true }));
  assert.deepEqual(
    localities.slice(1).map((r) => r[0]),
    ['Maltby', 'Rawmarsh', 'Wath', 'Total'],
  );
  await page.getByRole('table', { name: 'Actions in every locality by area of focus', exact: true }).waitFor();

  // Markers in words, then a chart and a table each.
  const markers = page.getByRole('region', { name: 'Progress markers', exact: true });
  await hasText(markers, 'Meeting places for carers: 11 meeting places, up 2 (22%) since last quarter');
  assert.ok((await markers.locator('figure.chart').count()) >= 3, 'a chart per marker counted');
  await page.getByRole('table', { name: 'Meeting places for carers (meeting places) by locality and quarter' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Carer Empowerment Plan' }).waitFor();
  await hasText(page.getByRole('region', { name: 'Co-production sessions' }), '0 sessions held, with 0 people taking part.');
  await hasText(page.getByRole('region', { name: 'Top improvement actions' }), "Ask carers to co-produce our next carers' information pack");
  await screens.check(page, 'programme-highlight');

  // Another quarter: the address keeps it, so the report can be reloaded or linked to.
  await page.getByLabel('Quarter', { exact: true }).selectOption({ label: '2024-25 Q1 (April to June 2024)' });
  await mainHeading(page, Q1);
  await page.waitForURL((u) => u.searchParams.get('quarter') === '2024-Q1');
  const sessions = page.getByRole('region', { name: 'Co-production sessions' });
  await hasText(sessions, '2 sessions held, with 10 people taking part.');
  const held = await cells(page.getByRole('table', { name: 'Sessions held this quarter', exact: true }));
  assert.deepEqual(held.slice(1).map((r) => [r[0], r[1], r[3]]), [
    ['What carers in Maltby need', 'Maltby', '7'],
    ['What carers in Rawmarsh need', 'Rawmarsh', '3'],
  ]);
  const text = await page.getByRole('main').innerText();
  for (const session of EXAMPLE_BOROUGH.content.sessions) {
    for (const person of session.participants) {
      assert.ok(!text.includes(person.pseudonym), `no participant's name in the report (${person.pseudonym})`);
    }
  }
  await page.reload();
  await mainHeading(page, Q1);

  // On screen, Print asks the browser to print.
  await page.evaluate(() => {
    window.print = () => {
      window.printAsked = true;
    };
  });
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await page.waitForFunction(() => window.printAsked === true);

  // On paper: the report, its charts, the title on every page, nothing to click.
  await page.emulateMedia({ media: 'print' });
  await assertNothingToClick(page);
  const header = page.locator('.print-header__title').filter({ hasText: Q1 });
  await header.waitFor();
  assert.ok(await page.locator('figure.chart').first().isVisible(), 'the charts are printed');
  await screenshot(page, 'programme-highlight-paper');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 2, `the report prints on A4 pages (${pages})`);
  assert.ok(await repeatsOnEveryPage(header), 'the title sits in a header repeated on every printed page');
  await page.emulateMedia({ media: 'screen' });

  screens.assertClean();
  assert.deepEqual(errors, [], 'the page should raise no errors');
});
