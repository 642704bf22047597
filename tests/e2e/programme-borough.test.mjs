// The way into the borough programme from Home, and the borough at a glance: the
// example borough's three locality plans side by side, by area of focus, what the
// audit finds most often, and leads grouped by organisation however they were spelt.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasText, launchBrowser, mainHeading, openPage, screenChecks, url } from './browser.mjs';
import { planNav, saved } from './app.mjs';
import { SAMPLE_ACTIONS, jsonFile, sampleDocument } from './documents.mjs';
import { cells, openExampleBorough, programmeNav, rowNamed } from './programme.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

for (const width of [1280, 360]) {
  test(`at ${width}px, "Try the example borough" on Home opens the borough at a glance with every locality side by side`, async (t) => {
    const { context, page, errors } = await openPage(browser, width);
    const screens = screenChecks();
    t.after(() => context.close());

    const id = await openExampleBorough(page);
    assert.ok(id, `the address should be the borough's programme page: ${page.url()}`);

    // Both navigations: the plan frame leads with the programme, and the programme's six pages.
    assert.equal(await planNav(page, 'Borough programme').getAttribute('aria-current'), 'page');
    const pages = await page.getByRole('navigation', { name: 'Programme', exact: true }).getByRole('link').allInnerTexts();
    assert.deepEqual(
      pages.map((p) => p.trim()),
      ['At a glance', 'Network', 'Empowerment plan', 'Progress markers', 'Self-assessment', 'Highlight report'],
    );
    assert.equal(await programmeNav(page, 'At a glance').getAttribute('aria-current'), 'page');

    await hasText(page.getByRole('main'), /3 locality plans and 18 actions, as of/);
    const byLocality = await cells(page.getByRole('table', { name: 'Actions by locality and status', exact: true }));
    const header = byLocality[0];
    for (const column of ['Locality', 'Actions', 'Not started', 'Red', 'Amber', 'Green', 'Complete', 'SMART', 'Overdue']) {
      assert.ok(header.includes(column), `a "${column}" column: ${JSON.stringify(header)}`);
    }
    const actions = (row) => Number(row[header.indexOf('Actions')]);
    for (const locality of ['Maltby', 'Rawmarsh', 'Wath']) {
      assert.equal(actions(rowNamed(byLocality, locality)), 6, `${locality} has six actions`);
    }
    const total = rowNamed(byLocality, 'Total');
    assert.equal(actions(total), 18);
    assert.equal(Number(total[header.indexOf('Red')]), 2, 'two red actions, both in area 2');
    assert.equal(Number(total[header.indexOf('Complete')]), 1);

    const byArea = await cells(page.getByRole('table', { name: 'Actions in every locality by area of focus', exact: true }));
    for (const area of ['Area of focus 1', 'Area of focus 2', 'Area of focus 3']) {
      assert.equal(actions(rowNamed(byArea, area)), 6, `${area} has two actions in each locality`);
    }
    for (const plan of ['Maltby', 'Rawmarsh', 'Wath']) {
      await page.getByRole('heading', { level: 3, name: plan, exact: true }).waitFor();
      await page.getByRole('table', { name: `${plan} locality action plan by area of focus`, exact: true }).waitFor();
    }
    await hasText(page.getByRole('main'), /Found most often in Maltby: /);
    const findings = await page.locator('.programme-findings li').allInnerTexts();
    assert.ok(findings.some((f) => /^no lead: 3 actions$/.test(f)), `three actions name no lead: ${JSON.stringify(findings)}`);

    // One row per organisation however it was spelt; a joint lead shown as related.
    const byOrganisation = await cells(page.getByRole('table', { name: 'Actions by lead organisation and status', exact: true }));
    const crossroads = rowNamed(byOrganisation, 'Crossroads Care');
    assert.equal(actions(crossroads), 3, 'three spellings of Crossroads Care make one row');
    assert.match(crossroads[0], /Also written “crossroads care”/);
    assert.equal(actions(rowNamed(byOrganisation, 'RCCG')), 2);
    assert.match(rowNamed(byOrganisation, 'RCCG')[0], /Related: RCCG\/NHSCB/);
    assert.equal(byOrganisation.at(-1)[0], 'No organisation named');
    assert.equal(actions(byOrganisation.at(-1)), 3);

    await screens.check(page, `programme-borough-at-${width}`);

    // It is kept on this device: a reload shows it again.
    await page.reload();
    await mainHeading(page, 'Borough at a glance');
    await hasText(page.getByRole('main'), /3 locality plans and 18 actions/);
    assert.deepEqual(errors, [], 'the page should raise no errors');
    screens.assertClean();
  });
}

test('a new borough programme is named, kept and opens empty, ready for locality plans', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());

  await page.goto(url('/'));
  await mainHeading(page, 'Your action plans');
  await page.getByRole('link', { name: 'Start a borough programme', exact: true }).click();
  await mainHeading(page, 'Start a borough programme');
  await page.getByRole('button', { name: 'Start programme', exact: true }).click();
  const field = page.getByLabel('Name of the programme', { exact: true });
  await page.getByText('Enter a name for the programme.', { exact: true }).waitFor();
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  await screens.check(page, 'programme-start-error');

  await field.fill('Rotherham carers 2024-25');
  await page.getByRole('button', { name: 'Start programme', exact: true }).click();
  await mainHeading(page, 'Borough at a glance');
  await mainHeading(page, 'Rotherham carers 2024-25');
  await page.getByText('There are no locality plans in this borough yet.', { exact: false }).waitFor();
  await screens.check(page, 'programme-start-empty');

  // Home lists it by its name.
  await page.goto(url('/'));
  await page.getByRole('link', { name: 'Rotherham carers 2024-25', exact: true }).waitFor();
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test('locality plans are added to a borough from a file and from a plan shared through the server, once each', async (t) => {
  const { context, page, errors } = await openPage(browser, 1280);
  const screens = screenChecks();
  t.after(() => context.close());

  await page.goto(url('/borough/new'));
  await mainHeading(page, 'Start a borough programme');
  await page.getByLabel('Name of the programme', { exact: true }).fill('Rotherham carers 2025-26');
  await page.getByRole('button', { name: 'Start programme', exact: true }).click();
  await mainHeading(page, 'Borough at a glance');

  // From a file a rep sent.
  const maltby = sampleDocument('Maltby');
  await page.getByLabel('Add a plan from a file', { exact: true }).setInputFiles(jsonFile('Maltby.cares.json', maltby));
  const outcome = page.getByRole('status').filter({ hasText: /Added|already/ });
  await hasText(outcome, 'Added “Maltby locality action plan”.');
  await hasText(page.getByRole('main'), /1 locality plan and 6 actions, as of/);

  // The same plan again is not counted twice.
  await page.getByLabel('Add a plan from a file', { exact: true }).setInputFiles(jsonFile('Maltby.cares.json', maltby));
  await hasText(outcome, '“Maltby locality action plan” is already in this borough, so it was left as it is.');

  // From a plan shared through cares-server: its id and sharing key.
  const wath = sampleDocument('Wath');
  const shared = await page.request.post(url('/api/documents'), { data: wath });
  assert.equal(shared.status(), 201, `sharing the plan: ${await shared.text()}`);
  const { document, token } = await shared.json();
  await page.getByLabel("Shared plan's id", { exact: true }).fill(document);
  await page.getByLabel('Sharing key', { exact: true }).fill('not-the-key');
  await page.getByRole('button', { name: 'Add the shared plan', exact: true }).click();
  await hasText(page.getByRole('alert'), 'That key does not open this shared plan.');
  await page.getByLabel('Sharing key', { exact: true }).fill(token);
  await page.getByRole('button', { name: 'Add the shared plan', exact: true }).click();
  await hasText(outcome, 'Added “Wath locality action plan”.');
  await hasText(page.getByRole('main'), /2 locality plans and 12 actions, as of/);
  const byLocality = await cells(page.getByRole('table', { name: 'Actions by locality and status', exact: true }));
  assert.deepEqual(byLocality.slice(1, 3).map((r) => r[0]), ['Maltby', 'Wath']);
  await saved(page);
  await screens.check(page, 'programme-borough-added');

  // Taking a plan out of the borough, kept after a reload.
  await page.getByRole('button', { name: 'Remove Maltby locality action plan from the borough', exact: true }).click();
  await hasText(page.getByRole('main'), /1 locality plan and 6 actions, as of/);
  await saved(page);
  await page.reload();
  await mainHeading(page, 'Borough at a glance');
  await hasText(page.getByRole('main'), /1 locality plan and 6 actions, as of/);
  assert.equal(SAMPLE_ACTIONS.length, 6);
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});
