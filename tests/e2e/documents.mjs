// Plan documents built in node, so a test can open a plan with many actions through
// "Open a plan file" instead of typing them. What the core decides (the areas of
// focus and their labels, the columns of a plan's table, a new locality plan's title
// and the document's layout) comes from `fixtures/core.json`, which the core writes
// and checks (`crates/core/tests/browser_fixtures.rs`); the app's strict reader
// refuses any action written here in a layout the core does not read.

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

const CORE = JSON.parse(readFileSync(new URL('./fixtures/core.json', import.meta.url), 'utf8'));

/**
 * The areas of focus of the built-in 2022-25 framework: `number`, `name`, `tagline`
 * and `option`, the label the filter and the session form give it.
 */
export const AREAS = CORE.areas;

/**
 * The columns of the core's CSV export of a plan with areas of focus and no
 * sections (a plan made in the app).
 */
export const WORKBOOK_COLUMNS = CORE.workbookColumns;

/** The title the app gives a new plan for a locality. */
export function planTitle(locality) {
  return CORE.localityPlanTitle.replaceAll(CORE.locality, locality);
}

/**
 * One action in the file layout. `area` is the area of focus (1–3), `history` a list of
 * `{ on, status, note }` ratings, `evidence` a list of `{ on, note, link }`.
 */
export function action({ what, reference, measure, lead, due, area, milestones, history, evidence, id = randomUUID() }) {
  const out = { id, what };
  if (reference) out.reference = reference;
  if (measure) out.measure = measure;
  if (milestones?.length) out.milestones = milestones;
  if (lead && (lead.person || lead.organisation)) out.lead = lead;
  if (due) out.due = due;
  if (history?.length) out.history = history;
  if (evidence?.length) out.evidence = evidence;
  if (area) out.links = { focus_area: area };
  return out;
}

/** A whole document holding one locality plan with these actions (and packs). */
export function planDocument({ locality, actions = [], packs, id = randomUUID(), planId = randomUUID() }) {
  const doc = JSON.parse(JSON.stringify(CORE.localityPlanDocument).replaceAll(CORE.locality, locality));
  doc.id = id;
  const [plan] = doc.content.plans;
  plan.id = planId;
  plan.actions = actions.map(action);
  if (packs?.length) doc.content.packs = packs;
  return doc;
}

/** A file for Playwright's setInputFiles, from a document or any text. */
export function jsonFile(name, value) {
  if (Buffer.isBuffer(value)) return { name, mimeType: 'application/octet-stream', buffer: value };
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/**
 * Six actions that cover every area, status and lead case: what the filter, overview
 * and print tests count. Dates are far in the past (overdue) or far in the future.
 */
export const SAMPLE_ACTIONS = [
  {
    reference: '1.1',
    area: 1,
    what: "Open a carers' café in the library",
    measure: 'Number of carers attending: 20 a month',
    lead: { person: 'Sam Smith', organisation: 'Maltby Library' },
    due: '2030-03-31',
    milestones: [{ text: 'Venue agreed', due: '2029-05-31' }],
    history: [{ on: '2024-09-01', status: 'amber', note: 'Venue late' }],
    evidence: [{ on: '2024-09-01', note: 'Library agreed the room', link: 'https://example.org/minutes' }],
  },
  {
    reference: '1.2',
    area: 1,
    what: "Send the carers' newsletter to every GP surgery",
    measure: 'Number of surgeries reached',
    lead: { organisation: 'Carers Corner' },
    due: '2030-06-30',
    history: [{ on: '2024-10-01', status: 'green', note: 'Half sent' }],
    evidence: [{ on: '2024-10-01', note: '12 surgeries have it' }],
  },
  {
    reference: '2.1',
    area: 2,
    what: "Start a carers' network meeting each month",
    due: '2020-01-31',
    history: [{ on: '2019-12-01', status: 'red', note: 'No room yet' }],
  },
  {
    reference: '2.2',
    area: 2,
    what: 'Hold a health check day for carers',
    measure: 'Number of health checks: 50',
    lead: { person: 'Sam Smith', organisation: 'Maltby Library' },
    due: '2030-09-30',
    history: [{ on: '2024-11-01', status: 'complete', note: 'Done' }],
    evidence: [{ on: '2024-11-01', note: '54 carers had a check' }],
  },
  {
    reference: '3.1',
    area: 3,
    what: "Ask local employers to sign the carers' charter",
    measure: 'Number of employers signed up',
    lead: { person: 'Priya Shah' },
    due: '2030-12-31',
  },
  {
    what: "Put up posters about carers' support in shops",
  },
];

/** The sample plan as a document for a locality. */
export function sampleDocument(locality = 'Maltby', id = randomUUID()) {
  return planDocument({ locality, actions: SAMPLE_ACTIONS, id });
}

/** Today's date on this machine as the app's date fields hold it (YYYY-MM-DD). */
export function isoToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A day as a date field shows it: "2030-03-31" → "31/03/2030". */
export function fieldDate(iso) {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A pattern for a date as the app may show it: "1 June 2024" (the core's long date),
 * "1 Jun 2024", "01/06/2024" or "2024-06-01". The spec fixes where dates go, not how
 * they read.
 */
export function dateText(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const month = MONTHS[m - 1];
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  return `(?:0?${d} (?:${month}|${month.slice(0, 3)}) ${y}|${dd}/${mm}/${y}|${iso})`;
}

/** A schools pack in the file layout, with a contact, a meeting place and an event. */
export function samplePack(locality = 'Maltby', id = randomUUID()) {
  return {
    id,
    audience: 'schools',
    locality,
    title: `Carer friendly ${locality}: a pack for schools`,
    intro: 'Young carers look after a parent, brother, sister or friend.',
    steps: [
      { text: 'Name a member of staff as your young carers lead, and tell pupils and parents who it is.' },
      { text: 'Accept the Young Carers Card: a pupil who shows it should not have to explain their situation again.' },
    ],
    contacts: [{ name: 'Young carers lead', role: `${locality} Academy`, how_to_reach: 'school office' }],
    places: [{ name: `${locality} Library`, address: 'High Street', when: 'First Tuesday, 10am' }],
    events: [{ title: 'Carers Week coffee morning', date: '2030-06-10', place: `${locality} Library` }],
  };
}
