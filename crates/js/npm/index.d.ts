// Types for @cares/core, written by hand and checked by the package's tests: every
// function and class declared here is exported by api.js and every export is
// declared here (tests/types.test.mjs), and `tsc --strict` compiles an example
// that uses each call (tests/typescript/usage.ts) when the TypeScript compiler is
// installed.
//
// The document's own layout (content, plans, actions) is the cares document
// format, snake_case as it is on disk; its full description is `schema()`. What
// the calls add around it (findings, roll-up rows, import results) is camelCase.

/** A UUID as text: "0b9f3c7e-5d1a-4c2e-9a57-3f1e2d4c5b6a". */
export type Uuid = string;

/** A calendar day as text, YYYY-MM-DD: "2024-06-01". */
export type DateText = string;

/** "Today" for an audit: a Date (its local calendar day is used) or YYYY-MM-DD. */
export type Today = Date | DateText;

/** Why a call failed. Thrown by every call; never returned. */
export class CaresError extends Error {
  readonly name: "CaresError";
  /** Stable and kebab-case; see `CaresErrorCode`. */
  readonly code: CaresErrorCode;
  /**
   * Where: the JSON path of the bad value in a document
   * (`content.plans[0].actions[3].due`), the path in an edit
   * (`edit.set-title.title`), or the name of the argument (`today`, `planId`).
   */
  readonly path: string | null;
  /** The line of the text where it went wrong (a table's line, a document's line). */
  readonly line: number | null;
  /** The column on that line, when known. */
  readonly column: number | null;
}

/** Every code a CaresError may carry. New codes may be added in a minor version. */
export type CaresErrorCode =
  // an argument of the wrong kind, a date or id that cannot be read
  | "invalid-argument"
  // reading a document
  | "document-too-large"
  | "document-too-deep"
  | "text-too-long"
  | "not-json"
  | "not-a-document"
  | "newer-version"
  | "invalid-document"
  // importing a table
  | "table-too-large"
  | "not-utf8"
  | "empty-table"
  | "missing-columns"
  | "ragged-row"
  | "cell-too-long"
  | "too-many-rows"
  | "not-csv"
  | "invalid-table"
  // finding a plan
  | "plan-not-found"
  // an edit
  | "invalid-edit"
  | "not-found"
  | "already-exists"
  | "blank"
  | "too-long"
  | "session-refused"
  | "edit-refused"
  // merging
  | "replica-reused"
  | "different-document"
  | "different-snapshot"
  | "merge-refused"
  // a fault inside the package; please report it
  | "internal";

/** A cares document as stored: a snapshot (`content`) plus the edits made since (`log`). */
export interface CaresDocument {
  format: "cares.document";
  version: number;
  /** Shared by every copy of the document. */
  id: Uuid;
  /** The snapshot the log starts from (not the current state: see `currentContent`). */
  content: Content;
  /** The edits since the snapshot, in the order they apply. */
  log: StampedEdit[];
}

/** What a document holds. Parts not typed here are described by `schema()`. */
export interface Content {
  title: string;
  framework?: Framework;
  plans: ActionPlan[];
  [part: string]: unknown;
}

export interface ActionPlan {
  id: Uuid;
  title: string;
  scope: { kind: "borough" } | { kind: "locality"; name: string } | { kind: string; [key: string]: unknown };
  sections: Section[];
  actions: Action[];
  [key: string]: unknown;
}

export interface Section {
  id: Uuid;
  title: string;
}

export interface Action {
  id: Uuid;
  reference?: string;
  section?: Uuid;
  what: string;
  measure?: string;
  milestones?: Milestone[];
  lead?: Lead;
  commenced?: DateText;
  due?: DateText;
  review?: DateText;
  completed?: DateText;
  timescale_as_written?: string;
  history?: StatusChange[];
  evidence?: Evidence[];
  links?: ActionLinks;
  [key: string]: unknown;
}

export interface Milestone {
  text: string;
  [key: string]: unknown;
}

export interface Lead {
  person?: string;
  organisation?: string;
}

export type Status = "not-started" | "red" | "amber" | "green" | "complete";

export interface StatusChange {
  on?: DateText;
  status: Status;
  note?: string;
}

export interface Evidence {
  on?: DateText;
  note: string;
  link?: string;
}

export interface ActionLinks {
  focus_area?: number;
  commitment?: string;
  theme?: string;
  charter_commitment?: string;
}

/** An edit as the log keeps it: stamped with the device, its number there, and a clock. */
export interface StampedEdit {
  replica: Uuid;
  seq: number;
  clock: number;
  edit: Edit;
}

/**
 * One change to a document, named by its kind. The common ones are typed; every
 * kind the format has is in `schema()` (`$defs.Edit`).
 */
export type Edit =
  | { "set-title": { title: string } }
  | { "add-plan": { plan: ActionPlan } }
  | { "set-plan-title": { plan: Uuid; title: string } }
  | { "remove-plan": { plan: Uuid } }
  | { "add-section": { plan: Uuid; section: Section } }
  | { "add-action": { plan: Uuid; action: Action; after?: Uuid } }
  | { "set-action": { plan: Uuid; action: Uuid; field: ActionField } }
  | { "move-action": { plan: Uuid; action: Uuid; after?: Uuid } }
  | { "remove-action": { plan: Uuid; action: Uuid } }
  | { "rate-action": { plan: Uuid; action: Uuid; change: StatusChange } }
  | { "add-evidence": { plan: Uuid; action: Uuid; evidence: Evidence } }
  | { [kind: string]: unknown };

/** One field of an action and its new value. */
export type ActionField =
  | { name: "what"; value: string }
  | { name: "reference"; value: string | null }
  | { name: "section"; value: Uuid | null }
  | { name: "measure"; value: string | null }
  | { name: "milestones"; value: Milestone[] }
  | { name: "lead"; value: Lead }
  | { name: "commenced" | "due" | "review" | "completed"; value: DateText | null }
  | { name: "timescale-as-written"; value: string | null }
  | { name: "links"; value: ActionLinks };

/** One thing an audit found, flattened as `cares audit --json` does (in camelCase). */
export interface Finding {
  /** The plan's title. */
  plan: string;
  /** The title of the section the action sits in, or null. */
  section: string | null;
  /** The action's reference as written ("1.4"), or its first words. */
  action: string;
  actionId: Uuid;
  code: FindingCode;
  severity: "gap" | "vague" | "follow-up";
  /** What to do next, in plain English. */
  message: string;
}

export type FindingCode =
  | "vague-action"
  | "no-lead"
  | "no-measure"
  | "measure-not-countable"
  | "no-timescale"
  | "vague-timescale"
  | "milestone-undated"
  | "overdue"
  | "status-without-evidence"
  | "complete-without-evidence";

/** What a roll-up groups actions by. */
export type RollupBy = "focus-area" | "theme" | "lead" | "organisation" | "status" | "section";

export interface RollupRow {
  /** What the row is: "Area of focus 2", "RCCG", "Amber", "No lead". */
  group: string;
  actions: number;
  byStatus: Partial<Record<Status, number>>;
  byCode: Partial<Record<FindingCode, number>>;
  /** Actions with a lead, a countable measure and a real date. */
  smart: number;
  /** Actions past their due date and not complete. */
  overdue: number;
  /**
   * By `"organisation"` only: every spelling of the organisation's name that was
   * brought into this row ("RCCG", "R.C.C.G."), in the order first seen; `group`
   * is the one used most.
   */
  spellings?: string[];
  /** By `"organisation"` only: other rows whose name shares a part with this one ("RCCG" and "RCCG/NHSCB"). */
  related?: string[];
}

export interface ImportedTable {
  /** A new document (fresh random id) whose one plan is the table. */
  document: CaresDocument;
  planId: Uuid;
  /** Cells read with doubt, in line order. */
  warnings: ImportWarning[];
}

export interface ImportWarning {
  line: number;
  /** The column's heading as written, when it is about one cell. */
  column: string | null;
  message: string;
}

export interface Merged {
  document: CaresDocument;
  /** How many of `b`'s edits were new to `a`. */
  added: number;
}

export interface TableOptions {
  /** The plan's title (otherwise "Imported action plan"). */
  title?: string;
}

/** The strategic framework; see `schema()` (`$defs.Framework`) for every field. */
export interface Framework {
  title: string;
  subtitle?: string;
  period: { start: DateText; end: DateText };
  values: string[];
  vision: string[];
  mission: string;
  focus_areas: Array<{ number: number; name: string; [key: string]: unknown }>;
  [key: string]: unknown;
}

/** Reads a document strictly (limits, types, unknown fields, references); gives it back as the current version writes it. */
export function readDocument(json: string | object): CaresDocument;
/** The current state of a document: its snapshot with every logged edit applied. */
export function currentContent(doc: CaresDocument | string): Content;
/** A new, empty document with a fresh random id. */
export function newDocument(title: string): CaresDocument;
/** Imports a council action table (CSV text) as the one plan of a new document. */
export function importTable(csv: string, options?: TableOptions): ImportedTable;
/** The SMART audit of one plan of a document, as of `today`. */
export function auditPlan(doc: CaresDocument | string, planId: Uuid, today: Today): Finding[];
/** The SMART audit of a council action table (CSV text), as of `today`. */
export function auditTable(csv: string, today: Today, options?: TableOptions): Finding[];
/** A plan's actions, statuses and findings counted by group, as of `today`. */
export function rollup(doc: CaresDocument | string, planId: Uuid, by: RollupBy, today: Today): RollupRow[];
/** Merges copy `b` of a document into copy `a`. Throws `replica-reused` when two copies edited under one replica id. */
export function merge(a: CaresDocument | string, b: CaresDocument | string): Merged;
/** Makes one edit on a document under this device's replica id (its own random UUID); gives the new document. */
export function apply(doc: CaresDocument | string, replica: Uuid, edit: Edit | string): CaresDocument;
/** The built-in strategic framework, "The Borough That Cares" 2022-25. */
export function framework(): Framework;
/**
 * The JSON Schema (draft 2020-12) of one version of the document format: 2 (the
 * default; what a copy writes until it is compacted or keeps a school calendar),
 * 3 (a compacted copy, which adds its `checkpoint`) or 4 (a copy keeping a school
 * calendar, `content.empowerment.school_calendar`, the checkpoint optional). A
 * document says which it is in `version`. Throws `invalid-argument` for any other.
 */
export function schema(version?: 2 | 3 | 4): Record<string, unknown>;
