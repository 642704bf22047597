// The network page of the example borough: the strategic group with its locality
// groups (hub and spoke), organisations, localities, members and carer reps, and
// meetings with day, time and who came; a programme lead adds, changes and removes
// entries, a meeting that ends before it starts is refused, and it all survives a reload.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasText, isGone, launchBrowser, mainHeading, nextFrames, openPage, screenChecks, until } from './browser.mjs';
import { saved } from './app.mjs';
import { entry, openExampleBorough, programmeNav } from './programme.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

for (const width of [1280, 360]) {
  test(`at ${width}px, a programme lead reads and changes the network, and the changes are kept`, async (t) => {
    const { context, page, errors } = await openPage(browser, width);
    const screens = screenChecks();
    t.after(() => context.close());

    await openExampleBorough(page);
    await programmeNav(page, 'Network').click();
    await mainHeading(page, 'Network');
    assert.equal(await programmeNav(page, 'Network').getAttribute('aria-current'), 'page');

    // Hub and spoke.
    await hasText(entry(page, 'The Borough That Cares Strategic Group'), 'Strategic group (the hub), 3 members.');
    await hasText(
      entry(page, 'Maltby Borough That Cares Group'),
      'Locality network group for Maltby, reports into The Borough That Cares Strategic Group; 1 member.',
    );
    await hasText(entry(page, 'Rotherham Metropolitan Borough Council (RMBC)'), 'Council or public body');
    await hasText(entry(page, 'Jo'), 'Carer rep, young carer. In The Borough That Cares Strategic Group, Rawmarsh Borough That Cares Group.');
    const first = entry(page, 'Strategic group, quarter 1');
    await hasText(first, '14 May 2024, 18:00 to 20:00');
    await hasText(first, 'A key strategic meeting.');
    await hasText(first, '8 came: 2 members, of them 1 carer rep, and 6 others.');
    await screens.check(page, `programme-network-${width}`);

    // A new locality and its meeting; a meeting that ends before it starts is refused.
    await page.getByRole('button', { name: 'Add a locality', exact: true }).click();
    await page.getByLabel('Locality name', { exact: true }).fill('Dinnington');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await entry(page, 'Dinnington').waitFor();

    await page.getByRole('button', { name: 'Add a meeting', exact: true }).click();
    const title = page.getByLabel('What the meeting is called', { exact: true });
    await untilFocused(title);
    await title.fill('Dinnington drop-in');
    await page.getByLabel('Group holding it', { exact: true }).selectOption({ label: 'Maltby Borough That Cares Group' });
    await page.getByLabel('Day', { exact: true }).fill('2025-06-03');
    await page.getByLabel('Starts at', { exact: true }).fill('16:00');
    await page.getByLabel('Ends at', { exact: true }).fill('15:00');
    await page.getByLabel('Where', { exact: true }).fill('Dinnington Library');
    await page.getByRole('group', { name: 'Members who came', exact: true }).getByLabel('Sam', { exact: true }).check();
    await page.getByLabel('How many others came (not members)', { exact: true }).fill('4');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await hasText(page.getByRole('alert'), 'This could not be saved: the meeting must end after it starts.');
    await screens.check(page, `programme-network-meeting-error-${width}`);
    await page.getByLabel('Ends at', { exact: true }).fill('17:30');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const dropIn = entry(page, 'Dinnington drop-in');
    await hasText(dropIn, '3 June 2025, 16:00 to 17:30, Dinnington Library.');
    await hasText(dropIn, '5 came: 1 member, of them 1 carer rep, and 4 others.');

    // A change and a removal.
    // The form moves focus to its first field a frame after it opens; a person who has
    // already tapped another field keeps it, and what they type goes there.
    await page.getByRole('button', { name: 'Change Crossroads Care Rotherham', exact: true }).click();
    const short = page.getByLabel('Short name people use (optional)', { exact: true });
    await short.click();
    await nextFrames(page);
    assert.ok(await short.evaluate((el) => el === document.activeElement), 'focus stays in the field the person chose');
    await short.fill('Crossroads Care');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await entry(page, 'Crossroads Care Rotherham (Crossroads Care)').waitFor();
    await page.getByRole('button', { name: 'Remove Wath network meeting (Thu 6 Jun 2024)', exact: true }).click();
    await isGone(entry(page, 'Wath network meeting'));
    await saved(page);

    await page.reload();
    await mainHeading(page, 'Network');
    await entry(page, 'Dinnington').waitFor();
    await hasText(entry(page, 'Dinnington drop-in'), '5 came');
    await entry(page, 'Crossroads Care Rotherham (Crossroads Care)').waitFor();
    assert.equal(await entry(page, 'Wath network meeting').count(), 0, 'the removed meeting stays removed');
    assert.deepEqual(errors, [], 'the page should raise no errors');
    screens.assertClean();
  });
}

/** Waits until the field has keyboard focus (the form moves it there when it opens). */
function untilFocused(locator) {
  return until(async () => assert.ok(await locator.evaluate((el) => el === document.activeElement), 'the form should move focus to its first field'));
}
