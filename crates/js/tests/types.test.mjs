// The hand-written index.d.ts against what the package really exports: the same
// names both ways, and (with the TypeScript compiler the package's devDependencies
// install) a strict compile of tests/typescript/usage.ts, which uses every call.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import * as nodeEntry from "../npm/node.js";

const npm = new URL("../npm/", import.meta.url);
const declarations = readFileSync(new URL("index.d.ts", npm), "utf8");

function declaredValues() {
  const names = [...declarations.matchAll(/^export (?:declare )?(?:function|class|const) (\w+)/gm)];
  return [...new Set(names.map((m) => m[1]))].sort();
}

test("index.d.ts declares every export and nothing that is not exported", () => {
  assert.deepEqual(declaredValues(), Object.keys(nodeEntry).sort());
});

test("the browser entry exports the same names as the Node one", () => {
  const browser = readFileSync(new URL("browser.js", npm), "utf8");
  const node = readFileSync(new URL("node.js", npm), "utf8");
  for (const entry of [browser, node]) {
    assert.match(entry, /^export \* from "\.\/api\.js";$/m);
  }
});

test("every file the package lists and its entries point to is there", () => {
  const manifest = JSON.parse(readFileSync(new URL("package.json", npm), "utf8"));
  const entries = Object.values(manifest.exports["."]);
  for (const file of [...manifest.files, ...entries, manifest.types]) {
    assert.ok(existsSync(new URL(file, npm)), `${file} is listed in package.json but missing`);
  }
  assert.deepEqual(Object.keys(manifest.exports["."]), ["types", "node", "default"]);
});

test("every error code the package can throw is declared", () => {
  const declared = new Set([...declarations.matchAll(/^ {2}\| "([a-z0-9-]+)";?$/gm)].map((m) => m[1]));
  const rust = ["failure.rs", "calls.rs"]
    .map((f) => readFileSync(new URL(`../src/${f}`, import.meta.url), "utf8"))
    .join("\n");
  const thrown = new Set([...rust.matchAll(/(?:Self::new|Failure::new|=> )\(?"([a-z0-9-]+)"/g)].map((m) => m[1]));
  thrown.add("invalid-argument");
  for (const code of thrown) {
    assert.ok(declared.has(code), `${code} is thrown but not in CaresErrorCode`);
  }
});

test("the types compile, strictly, against a use of every call", () => {
  const tsc = fileURLToPath(new URL("node_modules/typescript/bin/tsc", npm));
  assert.ok(
    existsSync(tsc),
    "TypeScript is not installed: run `npm ci` in crates/js/npm (cargo xtask test does)",
  );
  const project = fileURLToPath(new URL("typescript/tsconfig.json", import.meta.url));
  try {
    execFileSync(process.execPath, [tsc, "-p", project], { encoding: "utf8" });
  } catch (error) {
    assert.fail(`tsc found type errors:\n${error.stdout}${error.stderr}`);
  }
});
