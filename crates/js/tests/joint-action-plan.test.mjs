// The 2013-16 Joint Action Plan fixture audited by the package and by the `cares`
// command line: the same findings, in the same order, with the same words.
//
// The CLI is the binary in CARES_CLI (cargo xtask sets it) or, when that is not
// set, `cargo run -p cares-cli`. Ids are random on each import, so they are left
// out of the comparison; everything else must be equal.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { auditPlan, auditTable, importTable, rollup, schema } from "../npm/node.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const fixture = `${root}tests/fixtures/joint-action-plan-2013-16.csv`;
const csv = readFileSync(fixture, "utf8");
const today = "2024-06-01";
// What the CLI calls a plan imported from this file.
const title = "Imported from joint-action-plan-2013-16.csv";

function cliAudit() {
  const args = ["audit", fixture, "--json", "--today", today];
  const [program, programArgs] = process.env.CARES_CLI
    ? [process.env.CARES_CLI, args]
    : ["cargo", ["run", "--quiet", "-p", "cares-cli", "--", ...args]];
  const out = execFileSync(program, programArgs, { cwd: root, encoding: "utf8" });
  return JSON.parse(out).map(({ action_id, ...rest }) => rest);
}

const withoutIds = (findings) => findings.map(({ actionId, ...rest }) => rest);

test("auditing the Joint Action Plan gives exactly the CLI's findings", () => {
  const cli = cliAudit();
  assert.ok(cli.length > 100, `the CLI found ${cli.length} things`);
  assert.deepEqual(withoutIds(auditTable(csv, today, { title })), cli);
});

test("importing then auditing the plan gives the same findings as auditing the table", () => {
  const { document, planId, warnings } = importTable(csv, { title });
  assert.equal(document.content.plans[0].actions.length, 50);
  assert.deepEqual(
    warnings.map((w) => [w.line, w.column]),
    [[38, "Completion / Review Date"]],
  );
  assert.deepEqual(withoutIds(auditPlan(document, planId, new Date(2024, 5, 1))), cliAudit());
});

test("the hand-checked gaps are counted by section", () => {
  const { document, planId } = importTable(csv);
  const rows = rollup(document, planId, "section", today);
  // tests/fixtures/joint-action-plan-2013-16.expected.md: 50 actions, by outcome.
  assert.deepEqual(
    rows.map((r) => r.actions),
    [16, 10, 10, 6, 8],
  );
  const count = (code) => rows.reduce((n, r) => n + (r.byCode[code] ?? 0), 0);
  // The hand check's totals, as crates/cli/tests/joint_action_plan.rs has them.
  assert.equal(count("no-lead"), 1);
  assert.equal(count("no-measure"), 6);
  assert.equal(count("no-timescale"), 12);
  assert.equal(count("vague-timescale"), 5);
});

test("by organisation, the Joint Action Plan's leads come together however they were written", () => {
  const { document, planId } = importTable(csv);
  const byLead = rollup(document, planId, "lead", today);
  const byOrganisation = rollup(document, planId, "organisation", today);
  // Each way a lead cell was written is its own row by lead; by organisation the
  // people's names drop out and spellings of one organisation come together.
  assert.equal(byLead.length, 42);
  assert.equal(
    byOrganisation.length,
    30,
    `by organisation: ${byOrganisation.map((r) => r.group).join(" | ")}`,
  );
  const total = (rows) => rows.reduce((n, r) => n + r.actions, 0);
  assert.equal(total(byOrganisation), 50);
  const rccg = byOrganisation.find((r) => r.group === "RCCG");
  assert.ok(rccg && rccg.actions > 1, JSON.stringify(rccg));
  assert.ok(rccg.related.includes("RCCG/NHSCB"), JSON.stringify(rccg));
  assert.equal(byOrganisation.at(-1).group, "No organisation named");
});

test("schema(3) describes a compacted copy and an unknown version names the ones there are", () => {
  assert.equal(schema(3).properties.version.const, 3);
  assert.ok(schema(3).properties.checkpoint, "version 3 has its checkpoint");
  assert.equal(schema().properties.version.const, 2);
  assert.equal(schema(4).properties.version.const, 4);
  assert.throws(() => schema(99), (e) => e.code === "invalid-argument" && e.path === "version" && /version 2/.test(e.message));
});
