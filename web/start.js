// Starts the app (or the phone's entry, from join.html), from the page (the
// Content-Security-Policy allows no inline script). `cargo xtask` fills in this
// build's hashed file names and the service worker for the page.
import init from "/{{script}}";

init({ module_or_path: "/{{wasm}}" });
// The service worker keeps the app (or, for a phone at /join, only what joining needs)
// so it opens with no signal after the first visit.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/{{worker}}", { scope: "{{scope}}" }).catch(() => {});
}
