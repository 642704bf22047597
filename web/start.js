// Starts the app, from index.html (the Content-Security-Policy allows no inline
// script). `cargo xtask` fills in this build's hashed file names.
import init from "/{{script}}";

init({ module_or_path: "/{{wasm}}" });
// The service worker keeps the app so it opens with no signal after the first visit.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js").catch(() => {});
}
