// The browser entry of @cares/core in Debian's Chromium (driven by the
// playwright-core the browser tests install in tests/e2e): the package served
// as files over HTTP, imported as a module, giving the same audit as in Node.

import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

import { auditTable } from "../npm/node.js";

const CHROMIUM = "/usr/bin/chromium";
const npm = new URL("../npm/", import.meta.url);
const csv = readFileSync(
  new URL("../../../tests/fixtures/joint-action-plan-2013-16.csv", import.meta.url),
  "utf8",
);
const TYPES = { ".js": "text/javascript", ".wasm": "application/wasm", ".html": "text/html" };

function loadPlaywright() {
  const require = createRequire(new URL("../../../tests/e2e/package.json", import.meta.url));
  try {
    return require("playwright-core");
  } catch {
    assert.fail("playwright-core is missing: run `npm ci` in tests/e2e (cargo xtask test does)");
  }
}

// Serves the package folder; "/" is an empty page to import it from.
async function servePackage() {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, "http://localhost").pathname;
    if (path === "/") {
      response.writeHead(200, { "content-type": TYPES[".html"] });
      response.end("<!doctype html><title>@cares/core</title>");
      return;
    }
    try {
      const body = await readFile(new URL(`.${path}`, npm));
      const type = TYPES[path.slice(path.lastIndexOf("."))] ?? "application/octet-stream";
      response.writeHead(200, { "content-type": type });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

test("in Chromium the package audits the Joint Action Plan as it does in Node", async () => {
  const { chromium } = loadPlaywright();
  const server = await servePackage();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const inBrowser = await page.evaluate(async (table) => {
      const cares = await import("/browser.js");
      let error;
      try {
        cares.readDocument("{}");
      } catch (e) {
        error = { isError: e instanceof Error, name: e.name, code: e.code };
      }
      return { findings: cares.auditTable(table, "2024-06-01"), error };
    }, csv);
    const withoutIds = (findings) => findings.map(({ actionId, ...rest }) => rest);
    assert.deepEqual(withoutIds(inBrowser.findings), withoutIds(auditTable(csv, "2024-06-01")));
    assert.deepEqual(inBrowser.error, { isError: true, name: "CaresError", code: "not-a-document" });
  } finally {
    await browser.close();
    server.close();
  }
});
