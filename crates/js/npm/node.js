// @cares/core for Node.js (20 or newer): the WebAssembly is read from beside this
// file and compiled before the first call, synchronously, so importing is enough.
import { readFileSync } from "node:fs";
import { initSync } from "./wasm/cares_core.js";

initSync({ module: readFileSync(new URL("./wasm/cares_core_bg.wasm", import.meta.url)) });

export * from "./api.js";
