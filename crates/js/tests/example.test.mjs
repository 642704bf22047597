// The partner example examples/node/audit.mjs, run as a partner would run it:
// through `import … from "@cares/core"` (examples/node/node_modules links the
// package; `npm install` there, which cargo xtask test runs, makes the link).

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const example = `${root}examples/node`;

function run(...args) {
  assert.ok(
    existsSync(`${example}/node_modules/@cares/core`),
    "the example's @cares/core link is missing: run `npm install` in examples/node",
  );
  return spawnSync(process.execPath, ["audit.mjs", ...args], { cwd: example, encoding: "utf8" });
}

test("the example audits the Joint Action Plan by section and action", () => {
  const { status, stdout, stderr } = run(
    "../../tests/fixtures/joint-action-plan-2013-16.csv",
    "--today",
    "2024-06-01",
  );
  assert.equal(status, 0, stderr);
  assert.match(stdout, /^Strategic Outcome 1 - All carers will be kept safe/m);
  assert.match(stdout, /^ {2}2\.4\n {4}gap: Who will lead this\?/m);
  // The CLI's summary says the same: 50 actions, 16 SMART, 110 findings.
  assert.match(stdout, /^50 actions; 16 are SMART; 110 things to look at\.$/m);
  assert.match(stderr, /^note: line 38: could not read a date/m);
});

test("the example says what is wrong with a table it cannot read, and where", () => {
  const dir = mkdtempSync(join(tmpdir(), "cares-example-"));
  try {
    const table = join(dir, "plan.csv");
    writeFileSync(table, "Action,Colour\nOpen a carers' café,blue\n");
    const missing = run(table);
    assert.equal(missing.status, 3);
    assert.match(missing.stderr, /^cannot audit it: missing required columns: .* \[missing-columns\]$/m);

    writeFileSync(
      table,
      "No,How we will do this,Outcome measure,Key Milestones,Lead officer / Organisation,Completion / Review Date\n1.1,Open a café\n",
    );
    const ragged = run(table);
    assert.equal(ragged.status, 3);
    assert.match(ragged.stderr, /^cannot audit it: line 2: the row has 2 cells but the header has 6 \[ragged-row\]$/m);
  } finally {
    rmSync(dir, { recursive: true });
  }
});
