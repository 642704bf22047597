// Compiled (not run) by types.test.mjs with `tsc --strict`: each call of
// @cares/core used as a TypeScript partner would, so a declaration that does not
// fit its use fails the test.

import {
  CaresError,
  apply,
  auditPlan,
  auditTable,
  currentContent,
  framework,
  importTable,
  merge,
  newDocument,
  readDocument,
  rollup,
  schema,
  type CaresDocument,
  type Finding,
  type RollupRow,
} from "@cares/core";

const csv = "Ref,Action,Lead,Outcome measure,Key Milestones,Timescale\n1.1,Open a café,,,,2025\n";
const { document, planId, warnings } = importTable(csv, { title: "Maltby" });
const lines: number[] = warnings.map((w) => w.line);
const findings: Finding[] = auditPlan(document, planId, new Date());
const fromTable: Finding[] = auditTable(csv, "2024-06-01");
const gaps = findings.filter((f) => f.severity === "gap").map((f) => `${f.section ?? ""} ${f.action}: ${f.message}`);
const rows: RollupRow[] = rollup(document, planId, "focus-area", "2024-06-01");
const smart: number = rows.reduce((n, r) => n + r.smart + (r.byCode["no-lead"] ?? 0), 0);

const me = crypto.randomUUID();
const edited: CaresDocument = apply(document, me, { "set-title": { title: "Maltby network" } });
const { document: merged, added } = merge(readDocument(JSON.stringify(edited)), document);
const title: string = currentContent(merged).title;
const fresh: CaresDocument = newDocument("Maltby");

try {
  readDocument("{}");
} catch (error) {
  if (error instanceof CaresError) {
    const where: string | null = error.path;
    const line: number | null = error.line;
    console.log(error.code, where, line, error.message);
  }
}

const areas: number = framework().focus_areas.length;
const id: unknown = schema()["$id"];
console.log(lines, fromTable, gaps, smart, added, title, fresh.id, areas, id);
