// The calls of @cares/core, the same in Node and in the browser. Each one hands
// JSON text to cares-core (compiled to WebAssembly by the crate `cares-js`) and
// reads back an envelope: `{ ok }` becomes the return value, `{ error }` a thrown
// CaresError. Every rule is the core's; this file only converts arguments.
// Every name exported here is declared in index.d.ts (a test checks both ways).

import * as core from "./wasm/cares_core.js";

/** Why a call failed: a stable `code`, a plain `message`, and where. */
export class CaresError extends Error {
  constructor({ code, message, path = null, line = null, column = null }) {
    super(message);
    this.name = "CaresError";
    this.code = code;
    this.path = path ?? null;
    this.line = line ?? null;
    this.column = column ?? null;
  }
}

function answer(text) {
  const reply = JSON.parse(text);
  if (reply.error) {
    throw new CaresError(reply.error);
  }
  return reply.ok;
}

function wrongArgument(name, expected, value) {
  const found = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
  return new CaresError({
    code: "invalid-argument",
    message: `${name}: expected ${expected}, not ${found}`,
    path: name,
  });
}

function text(value, name, expected = "a string") {
  if (typeof value !== "string") {
    throw wrongArgument(name, expected, value);
  }
  return value;
}

// A document, an edit: the object, or its JSON text as it was read.
function json(value, name, expected) {
  if (typeof value === "string") {
    return value;
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    return JSON.stringify(value);
  }
  throw wrongArgument(name, expected, value);
}

function documentJson(value, name) {
  return json(value, name, "a cares document (an object, or its JSON text)");
}

// "Today" as the person's calendar date: a Date's local day, or YYYY-MM-DD.
function day(today) {
  if (today instanceof Date) {
    if (Number.isNaN(today.getTime())) {
      throw wrongArgument("today", "a valid Date or YYYY-MM-DD", "an invalid Date");
    }
    const two = (n) => String(n).padStart(2, "0");
    return `${today.getFullYear()}-${two(today.getMonth() + 1)}-${two(today.getDate())}`;
  }
  return text(today, "today", "a Date or a date as YYYY-MM-DD");
}

function title(options) {
  if (options === undefined || options === null) {
    return undefined;
  }
  if (typeof options !== "object") {
    throw wrongArgument("options", "an object such as { title: \"Maltby\" }", options);
  }
  return options.title === undefined ? undefined : text(options.title, "options.title");
}

/** Reads a document strictly; gives it back as the current version writes it. */
export function readDocument(json) {
  return answer(core.readDocument(documentJson(json, "json")));
}

/** The current state of a document: its snapshot with every logged edit applied. */
export function currentContent(doc) {
  return answer(core.currentContent(documentJson(doc, "doc")));
}

/** A new, empty document with a fresh random id. */
export function newDocument(documentTitle) {
  return answer(core.newDocument(text(documentTitle, "title")));
}

/** Imports a council action table (CSV text) as the one plan of a new document. */
export function importTable(csv, options) {
  return answer(core.importTable(text(csv, "csv", "the table's CSV text"), title(options)));
}

/** The SMART audit of one plan of a document, as of `today`. */
export function auditPlan(doc, planId, today) {
  return answer(core.auditPlan(documentJson(doc, "doc"), text(planId, "planId"), day(today)));
}

/** The SMART audit of a council action table (CSV text), as of `today`. */
export function auditTable(csv, today, options) {
  return answer(core.auditTable(text(csv, "csv", "the table's CSV text"), day(today), title(options)));
}

/** A plan's actions, statuses and findings counted by focus area, theme, lead, organisation, status or section. */
export function rollup(doc, planId, by, today) {
  return answer(
    core.rollup(documentJson(doc, "doc"), text(planId, "planId"), text(by, "by"), day(today)),
  );
}

/** Merges copy `b` of a document into copy `a`; gives the merged document and how many edits were new. */
export function merge(a, b) {
  return answer(core.merge(documentJson(a, "a"), documentJson(b, "b")));
}

/** Makes one edit on a document under this device's replica id; gives the new document. */
export function apply(doc, replica, edit) {
  return answer(
    core.apply(
      documentJson(doc, "doc"),
      text(replica, "replica", "this device's replica id (a UUID string)"),
      json(edit, "edit", "an edit (an object such as { \"set-title\": { \"title\": \"Maltby\" } })"),
    ),
  );
}

/** The built-in strategic framework, "The Borough That Cares" 2022-25. */
export function framework() {
  return answer(core.framework());
}

/** The JSON Schema (draft 2020-12) of document version 2 (when not given), 3 (a compacted copy) or 4 (a copy keeping a school calendar). */
export function schema(version) {
  if (version !== undefined && !Number.isInteger(version)) {
    throw wrongArgument("version", "a version number (2, 3 or 4)", version);
  }
  return answer(core.schema(version));
}
