// @cares/core for browsers and bundlers: the WebAssembly is fetched from beside
// this file (bundlers follow `new URL(…, import.meta.url)`) and compiled once, with
// top-level await, so every call is ready when the import resolves.
import init from "./wasm/cares_core.js";

await init({ module_or_path: new URL("./wasm/cares_core_bg.wasm", import.meta.url) });

export * from "./api.js";
