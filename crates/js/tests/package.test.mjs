// What a partner notices when calling @cares/core from Node: documents read
// strictly with errors that say where, edits and merges that behave as the core's,
// and every failure a CaresError (an Error) with a code and a path.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import {
  CaresError,
  apply,
  auditPlan,
  currentContent,
  framework,
  importTable,
  merge,
  newDocument,
  readDocument,
  rollup,
  schema,
} from "../npm/node.js";

const golden = (name) =>
  readFileSync(new URL(`../../core/tests/fixtures/documents/${name}`, import.meta.url), "utf8");

const TABLE = [
  "Ref,Action,Lead,Outcome measure,Key Milestones,Timescale",
  "1.1,Open a carers' café in the library,,Number of carers who come,,March 2025",
  "1.2,Run a drop-in at the GP surgery,Maltby PCN,Number of carers seen,,2024/25",
].join("\n");

// Two devices, each with its own random replica id, as the README says.
const laptop = crypto.randomUUID();
const phone = crypto.randomUUID();

function throwsCares(call, expected) {
  assert.throws(call, (error) => {
    assert.ok(error instanceof CaresError, `${error}`);
    assert.ok(error instanceof Error);
    for (const [key, value] of Object.entries(expected)) {
      assert.equal(error[key], value, `${key} of: ${error.message}`);
    }
    return true;
  });
}

test("a version 1 document reads as version 2, the same content", () => {
  const doc = readDocument(golden("v1-full.json"));
  assert.equal(doc.version, 2);
  assert.equal(doc.content.title, "Maltby carers' network");
  assert.deepEqual(readDocument(doc), doc);
});

test("setting a school calendar makes the document version 4, and its schema says so", () => {
  const doc = newDocument("Rotherham carers' programme");
  assert.equal(doc.version, 2);
  const calendar = {
    day_starts: "08:50:00",
    day_ends: "15:20:00",
    closures: [{ start: "2024-05-27", end: "2024-05-31" }],
  };
  const withCalendar = apply(doc, laptop, { "set-school-calendar": { calendar } });
  assert.equal(withCalendar.version, 4);
  assert.deepEqual(currentContent(withCalendar).empowerment.school_calendar, calendar);
  assert.deepEqual(readDocument(withCalendar), withCalendar);
  assert.equal(schema(4).properties.version.const, 4);
  assert.ok(schema(4).$defs.EmpowermentPlan.properties.school_calendar);

  const backwards = { day_starts: "15:20:00", day_ends: "08:50:00" };
  throwsCares(() => apply(doc, laptop, { "set-school-calendar": { calendar: backwards } }), {
    code: "edit-refused",
    message: "the school day ends at 08:50 but starts at 15:20; it must end after it starts",
  });
});

test("a wrong value is refused with its JSON path", () => {
  const doc = JSON.parse(golden("v2-full.json"));
  doc.content.plans[0].actions[0].due = "31 June";
  throwsCares(() => readDocument(doc), {
    code: "invalid-document",
    path: "content.plans[0].actions[0].due",
  });
});

test("an unknown field is refused, as the core refuses it", () => {
  const doc = JSON.parse(golden("v2-full.json"));
  doc.content.colour = "blue";
  throwsCares(() => readDocument(JSON.stringify(doc)), { code: "invalid-document" });
});

test("text that is not JSON says the line and column", () => {
  throwsCares(() => readDocument('{\n  "format": "cares.document",\n  oops'), {
    code: "not-json",
    line: 3,
    path: null,
  });
});

test("a document from a newer cares asks to update", () => {
  const doc = JSON.parse(golden("v2-full.json"));
  doc.version = 99;
  throwsCares(() => readDocument(doc), { code: "newer-version" });
});

test("a table without the required columns says which are missing", () => {
  throwsCares(() => importTable("Action,Colour\nOpen a café,blue\n"), { code: "missing-columns" });
});

test("an edit made on one device and merged into another copy appears there", () => {
  const { document, planId } = importTable(TABLE, { title: "Maltby" });
  const action = document.content.plans[0].actions[0].id;
  const edited = apply(document, laptop, {
    "set-action": {
      plan: planId,
      action,
      field: { name: "lead", value: { organisation: "Maltby Library" } },
    },
  });
  assert.equal(edited.log.length, 1);
  assert.equal(edited.log[0].replica, laptop);
  // The snapshot is unchanged; the current state has the lead.
  assert.equal(edited.content.plans[0].actions[0].lead, undefined);
  assert.equal(currentContent(edited).plans[0].actions[0].lead.organisation, "Maltby Library");
  // It had only its lead missing.
  assert.deepEqual(
    auditPlan(document, planId, "2024-06-01").map((f) => [f.action, f.code]),
    [["1.1", "no-lead"]],
  );
  assert.deepEqual(auditPlan(edited, planId, "2024-06-01"), []);

  const retitled = apply(document, phone, { "set-title": { title: "Maltby network" } });
  const { document: merged, added } = merge(retitled, edited);
  assert.equal(added, 1);
  const content = currentContent(merged);
  assert.equal(content.title, "Maltby network");
  assert.equal(content.plans[0].actions[0].lead.organisation, "Maltby Library");
  // Merging again adds nothing.
  assert.equal(merge(merged, edited).added, 0);
});

test("two copies that edited under one replica id are refused, not merged", () => {
  const start = newDocument("Maltby");
  const one = apply(start, laptop, { "set-title": { title: "Maltby network" } });
  const other = apply(start, laptop, { "set-title": { title: "Maltby carers" } });
  throwsCares(() => merge(one, other), { code: "replica-reused" });
});

test("a merge says which copy could not be read", () => {
  const good = newDocument("Maltby");
  const broken = { ...good, content: { ...good.content, plans: "none" } };
  throwsCares(() => merge(good, broken), { code: "invalid-document", path: "content.plans" });
  assert.throws(() => merge(good, broken), /^CaresError: b: at content\.plans: /);
});

test("copies of different documents are refused", () => {
  throwsCares(() => merge(newDocument("Maltby"), newDocument("Maltby")), {
    code: "different-document",
  });
});

test("an edit the core refuses says why and leaves the document as it was", () => {
  const doc = newDocument("Maltby");
  throwsCares(() => apply(doc, laptop, { "set-title": { title: "  " } }), { code: "blank" });
  throwsCares(() => apply(doc, laptop, { "set-title": { title: 7 } }), {
    code: "invalid-edit",
    path: "edit.set-title.title",
  });
  throwsCares(() => apply(doc, "laptop", { "set-title": { title: "x" } }), {
    code: "invalid-argument",
    path: "replica",
  });
  assert.equal(currentContent(doc).title, "Maltby");
});

test("roll-ups group by lead, and the groups are the core's", () => {
  const { document, planId } = importTable(TABLE);
  const rows = rollup(document, planId, "lead", "2024-06-01");
  assert.deepEqual(
    rows.map((r) => [r.group, r.actions, r.smart]),
    [
      // The core splits "Maltby PCN" into a person and an organisation.
      ["Maltby (PCN)", 1, 1],
      ["No lead", 1, 0],
    ],
  );
  assert.equal(rows[1].byCode["no-lead"], 1);
  assert.equal(rows[0].byStatus["not-started"], 1);
  throwsCares(() => rollup(document, planId, "colour", "2024-06-01"), {
    code: "invalid-argument",
    path: "by",
  });
});

test("a plan that is not in the document, and a date that is not a date, are named", () => {
  const { document, planId } = importTable(TABLE);
  throwsCares(() => auditPlan(document, crypto.randomUUID(), "2024-06-01"), {
    code: "plan-not-found",
    path: "planId",
  });
  throwsCares(() => auditPlan(document, planId, "1 June 2024"), { path: "today" });
  throwsCares(() => auditPlan(document, planId, new Date("nonsense")), { path: "today" });
  throwsCares(() => auditPlan(42, planId, "2024-06-01"), { code: "invalid-argument", path: "doc" });
});

test("the framework is the built-in 2022-25 strategy, and the schema refuses version 99", () => {
  const strategy = framework();
  assert.equal(strategy.focus_areas.length, 3);
  const documentSchema = schema();
  assert.equal(documentSchema.$id, "urn:cares:schema:cares-document:v2");
  assert.equal(documentSchema.properties.version.const, 2);
});
