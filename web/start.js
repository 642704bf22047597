// Starts the app (or the phone's entry, at /join). `cargo xtask` writes this, after
// loading.js, at the end of the wasm's glue, so a page fetches one script, not three;
// it fills in this build's hashed wasm name and the service worker for the page.
// `__wbg_init` is the glue's own start function (its default export).
__wbg_init({ module_or_path: "/{{wasm}}" });
// The service worker keeps the app (or, for a phone at /join, only what joining needs)
// so it opens with no signal after the first visit.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/{{worker}}", { scope: "{{scope}}" }).catch(() => {});
}
