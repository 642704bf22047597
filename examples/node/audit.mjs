// A partner's script: the SMART audit of a council action table (CSV), printed
// by section and action, with @cares/core.
//
//   node audit.mjs <table.csv> [--today YYYY-MM-DD]
//
// In a project of your own, `npm install @cares/core` (or the tarball that
// `cargo xtask pack-js` makes) and the import below is the same.

import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { CaresError, importTable, auditPlan, rollup } from "@cares/core";

function main(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { today: { type: "string" } },
  });
  const [file] = positionals;
  // The audit never reads the clock itself: "today" is yours to give.
  const today = values.today ?? new Date();
  if (!file || positionals.length > 1) {
    console.error("usage: node audit.mjs <table.csv> [--today YYYY-MM-DD]");
    return 2;
  }

  const { document, planId, warnings } = importTable(readFileSync(file, "utf8"), {
    title: file,
  });
  for (const warning of warnings) {
    console.error(`note: line ${warning.line}: ${warning.message}`);
  }

  const findings = auditPlan(document, planId, today);
  let section;
  let action;
  for (const finding of findings) {
    if (finding.section !== section) {
      section = finding.section;
      console.log(`\n${section ?? "Not in a section"}`);
    }
    if (finding.actionId !== action) {
      action = finding.actionId;
      console.log(`  ${finding.action}`);
    }
    console.log(`    ${finding.severity}: ${finding.message}`);
  }

  const rows = rollup(document, planId, "section", today);
  const actions = rows.reduce((n, row) => n + row.actions, 0);
  const smart = rows.reduce((n, row) => n + row.smart, 0);
  console.log(`\n${actions} actions; ${smart} are SMART; ${findings.length} things to look at.`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof CaresError)) {
    throw error;
  }
  // A CaresError's message says what is wrong and where, for a person; `code`,
  // `line` and `path` say the same for a program.
  console.error(`cannot audit it: ${error.message} [${error.code}]`);
  process.exitCode = 3;
}
