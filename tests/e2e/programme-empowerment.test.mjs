// The Carer Empowerment Plan of the example borough: looked at from a quarter chosen
// in the address, how many key strategic meetings have a carer voice, the core's
// findings in plain words, and lining a rep up for a meeting, kept after a reload.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasText, launchBrowser, mainHeading, openPage, screenChecks, until } from './browser.mjs';
import { saved } from './app.mjs';
import { openExampleBorough, programmeNav } from './programme.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

for (const width of [1280, 360]) {
  test(`at ${width}px, the empowerment plan says which key meetings lack a carer voice and why, and a rep can be lined up`, async (t) => {
    const { context, page, errors } = await openPage(browser, width);
    const screens = screenChecks();
    t.after(() => context.close());

    await openExampleBorough(page);
    await programmeNav(page, 'Empowerment plan').click();
    await mainHeading(page, 'Empowerment plan');

    // The example's meetings are in 2024-25: look from its first quarter.
    await page.getByLabel('Look from the quarter', { exact: true }).selectOption({ label: '2024-25 Q1 (April to June 2024)' });
    // The choice is kept in the address (changed in place, so no page load to wait for).
    await until(() => assert.match(new URL(page.url()).search, /^\?from=2024-Q1$/));
    const summary = page.locator('.programme-summary');
    await hasText(summary, 'From 2024-25 Q1 on, 2 of 4 key strategic meetings have a carer voice. The plan has 3 carer reps.');

    const counts = await page
      .getByRole('region', { name: 'What needs attention', exact: true })
      .locator('ul.programme-findings > li')
      .allInnerTexts();
    assert.deepEqual(counts, [
      'A key meeting with no carer voice: 2',
      'A rep asked to too many meetings: 1',
      'A young carer rep expected in school hours: 1',
    ]);
    const findings = await page.locator('ol.programme-entries > li').allInnerTexts();
    assert.ok(
      findings.some((f) => f.includes('Strategic group, quarter 2') && /school/i.test(f)),
      `a finding about the young carer rep at the second quarter's meeting, in school hours: ${JSON.stringify(findings)}`,
    );
    assert.ok(findings.some((f) => f.includes('Strategic group, quarter 4')), 'a finding about the fourth quarter\'s meeting');
    await screens.check(page, `programme-empowerment-${width}`);

    // Priya goes to the fourth quarter's strategic group: one fewer meeting without a carer voice.
    const fourth = page.getByRole('group', { name: /^Strategic group, quarter 4/ });
    await fourth.getByLabel('Priya', { exact: true }).check();
    await hasText(summary, 'From 2024-25 Q1 on, 3 of 4 key strategic meetings have a carer voice.');
    await saved(page);

    await page.reload();
    await mainHeading(page, 'Empowerment plan');
    await hasText(summary, 'From 2024-25 Q1 on, 3 of 4 key strategic meetings have a carer voice.');
    assert.ok(await page.getByRole('group', { name: /^Strategic group, quarter 4/ }).getByLabel('Priya', { exact: true }).isChecked());
    assert.deepEqual(errors, [], 'the page should raise no errors');
    screens.assertClean();
  });
}
