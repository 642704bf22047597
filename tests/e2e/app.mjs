// Steps a carer rep takes again and again, written once: start a plan, open a file,
// add an action, wait for "Saved on this device", download a file. Tests read as the
// person's story on top of these.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { hasText, mainHeading, until, url } from './browser.mjs';
import { jsonFile, planTitle } from './documents.mjs';

/** The pattern of a plan's address; the first group is the document id. */
export const PLAN_URL = /\/plan\/([^/?#]+)(?:[?#].*)?$/;

/** The document id in the page's address. */
export function docIdOf(page) {
  const match = new URL(page.url()).pathname.match(/^\/plan\/([^/]+)/);
  assert.ok(match, `not on a plan page: ${page.url()}`);
  return match[1];
}

/** Home: the form that starts a plan, filled in and sent. Returns the new plan's id. */
export async function startPlan(page, locality) {
  await page.goto(url('/'));
  await mainHeading(page, 'Your action plans');
  await page.getByLabel('Locality name', { exact: true }).fill(locality);
  await page.getByRole('button', { name: 'Start plan', exact: true }).click();
  await page.waitForURL(PLAN_URL);
  await mainHeading(page, planTitle(locality));
  return docIdOf(page);
}

/** Home: "Open a plan file" with a file (a document object or raw text). */
export async function openFileOnHome(page, name, value) {
  await page.goto(url('/'));
  await mainHeading(page, 'Your action plans');
  await page.getByLabel('Open a plan file', { exact: true }).setInputFiles(jsonFile(name, value));
}

/** Opens a document that is not on this device yet from Home; waits for its plan page. */
export async function importPlan(page, doc) {
  await openFileOnHome(page, `${doc.content.title}.cares.json`, doc);
  await page.waitForURL(url(`/plan/${doc.id}`));
  await mainHeading(page, doc.content.plans[0].title);
  await saved(page);
}

/** The plan frame's save status. */
export function saveStatus(page) {
  return page.getByRole('status').filter({ hasText: /Saved on this device|Saving…|Not saved/ });
}

/** Waits until the plan frame says every edit is in IndexedDB. */
export async function saved(page) {
  await hasText(saveStatus(page), /^Saved on this device$/);
}

/** A link in the plan frame's navigation ("Actions", "Overview"…). */
export function planNav(page, name) {
  return page.getByRole('navigation', { name: 'Plan', exact: true }).getByRole('link', { name, exact: true });
}

/** The action card (list item) whose wording links to the editor. */
export function actionCard(page, what) {
  return page.getByRole('listitem').filter({ has: page.getByRole('link', { name: what, exact: true }) });
}

/** The first list after a heading: how the spec lays out History, Overdue, Steps… */
export function listAfter(page, heading) {
  return page
    .getByRole('heading', { name: heading, exact: true })
    .locator('xpath=following::*[self::ul or self::ol][1]');
}

/** A field of the action editor, by its label. */
export function field(page, label) {
  return page.getByLabel(label, { exact: true });
}

/**
 * Fills the action editor: `what`, `measure`, `person`, `organisation`, `due`,
 * `reference`, and `milestones` ([{ text, due }]). Leaves the last field so the edit
 * is saved, and waits for "Saved on this device".
 */
export async function fillAction(page, { what, measure, person, organisation, due, reference, milestones = [] }) {
  if (what !== undefined) await field(page, 'What will happen?').fill(what);
  if (measure !== undefined) await field(page, 'How will we know it worked?').fill(measure);
  if (person !== undefined) await field(page, 'Who will lead this? (a person)').fill(person);
  if (organisation !== undefined) await field(page, 'Lead organisation').fill(organisation);
  if (due !== undefined) await field(page, 'By when?').fill(due);
  if (reference !== undefined) await field(page, 'Reference (optional)').fill(reference);
  for (const milestone of milestones) {
    const before = await field(page, 'Milestone').count();
    await page.getByRole('button', { name: 'Add a milestone', exact: true }).click();
    await field(page, 'Milestone').nth(before).waitFor();
    await field(page, 'Milestone').nth(before).fill(milestone.text);
    if (milestone.due) await field(page, 'Milestone date').nth(before).fill(milestone.due);
  }
  await page.keyboard.press('Tab');
  await saved(page);
}

/** From the plan's Actions page: "Add an action to area N", filled in, then back. */
export async function addAction(page, area, fields) {
  await page.getByRole('button', { name: `Add an action to area ${area}`, exact: true }).click();
  await mainHeading(page, 'New action');
  await fillAction(page, fields);
  await page.getByRole('link', { name: 'Back to the plan', exact: true }).click();
  await page.waitForURL(PLAN_URL);
  await actionCard(page, fields.what).waitFor();
}

/** In the action editor: a rating with its date, evidence and link, saved. */
export async function rate(page, option, { note, link, on } = {}) {
  await page.getByRole('group', { name: 'Progress', exact: true }).getByRole('radio', { name: option, exact: true }).check();
  if (on !== undefined) await field(page, 'Date of this rating').fill(on);
  if (note !== undefined) await field(page, 'What shows this?').fill(note);
  if (link !== undefined) await field(page, 'Link (optional)').fill(link);
  await page.getByRole('button', { name: 'Save rating', exact: true }).click();
  await saved(page);
}

/** The rating options' names, as the editor's "Progress" group words them. */
export const RATING = {
  notStarted: 'Not started',
  red: 'Red – off track and needs help',
  amber: 'Amber – some progress, some concerns',
  green: 'Green – on track',
  complete: 'Complete – done',
};

/** Clicks a download button; returns the suggested file name and the file's text. */
export async function download(page, button) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = await file.path();
  assert.ok(path, 'the download should finish');
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** The visible text of each card for these wordings, in the order given. */
export async function cardTexts(page, wordings) {
  const texts = [];
  for (const what of wordings) {
    const card = actionCard(page, what);
    await card.waitFor();
    texts.push((await card.innerText()).replace(/\s+/g, ' ').trim());
  }
  return texts;
}

/** Reads a CSV text into rows of cells (quotes, doubled quotes, CRLF). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += c;
    }
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Fails naming every button, navigation or field a printed page would show. */
export async function assertNothingToClick(page) {
  const shown = [];
  for (const role of ['button', 'navigation', 'textbox', 'combobox', 'checkbox', 'radio', 'searchbox', 'search']) {
    for (const element of await page.getByRole(role).all()) {
      if (await element.isVisible()) {
        shown.push(`${role} "${(await element.innerText()).trim() || (await element.getAttribute('aria-label')) || ''}"`);
      }
    }
  }
  assert.deepEqual(shown, [], 'nothing to click or fill in should be printed');
}

/**
 * True when the element holding this text, or one around it, is printed at the top of
 * every page: fixed in place (the spec's "fixed header"), or in a table's header row,
 * which browsers repeat on each page.
 */
export function repeatsOnEveryPage(locator) {
  return locator.evaluate((el) => {
    for (let node = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.position === 'fixed' || style.display === 'table-header-group') return true;
    }
    return false;
  });
}

/**
 * Waits for the refusal of a file: the alert says what the file is, what to do
 * and what was left alone, and "Details" (closed until pressed, from the keyboard)
 * holds the technical reason. Returns the alert's text.
 */
export async function refusal(page, { says, detail }, unchanged) {
  const alert = page.getByRole('alert').filter({ hasText: unchanged });
  const text = await hasText(alert, unchanged);
  assert.ok(text.endsWith(` ${unchanged}`), text);
  const said = text.slice(0, -unchanged.length - 1);
  if (typeof says === 'string') assert.equal(said, says);
  else assert.match(said, says);
  const details = page.locator('details.field__details');
  assert.equal(await details.count(), 1, 'one Details toggle');
  assert.equal(await details.evaluate((el) => el.open), false, 'the detail waits behind its toggle');
  const toggle = details.locator('summary');
  assert.equal(await toggle.innerText(), 'Details');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await until(async () => assert.ok(await details.evaluate((el) => el.open), 'Enter opens it'));
  assert.match(await details.locator('p').innerText(), detail);
  return text;
}
