// Watches the app's parts arrive and offers to try again when one cannot. `cargo
// xtask` writes this at the end of the wasm's glue, before start.js, so it runs before
// the app fetches its wasm (the Content-Security-Policy allows no inline script, and
// one file is one request fewer for a phone).
//
// Until the first page is on the screen the note in index.html says "Loading…" (a page
// whose code is a chunk of its own arrives after the app starts). If a part of the
// app cannot be fetched (offline before it was kept for offline use), say so and
// offer to try again: the app cannot go on without it, so trying again loads the
// page afresh.
(() => {
  const fetchOnce = window.fetch.bind(window);
  // Shown where the person is looking (a button low on the page may have asked for
  // the code), with "Try again" ready for the keyboard.
  const failed = () => {
    const box = document.getElementById("load-error");
    if (box && box.hidden) {
      box.hidden = false;
      box.scrollIntoView({ block: "nearest" });
      document.getElementById("load-error-retry")?.focus();
    }
    document.getElementById("loading-note")?.remove();
  };
  // The app's parts: wasm files, and packs of small wasm chunks (see packs.js).
  window.fetch = (resource, options) => {
    const address = String(resource instanceof Request ? resource.url : resource);
    const part = /\.(wasm|bin)$/.test(address.split(/[?#]/)[0]);
    const answer = fetchOnce(resource, options);
    return part
      ? answer.then((r) => { if (!r.ok) failed(); return r; }, (e) => { failed(); throw e; })
      : answer;
  };
  // The address stays that of the page left until the next page is ready, so
  // trying again goes to the link last followed.
  let goingTo = null;
  document.addEventListener("click", (event) => {
    const link = event.target.closest?.("a[href]");
    if (link && link.origin === location.origin) goingTo = link.href;
  }, true);
  // A module runs once the page is parsed but before DOMContentLoaded.
  document.addEventListener("DOMContentLoaded", () => {
    inChosenLanguage();
    document.getElementById("load-error-retry")
      .addEventListener("click", () => location.assign(goingTo ?? location.href));
    new MutationObserver((_, watching) => {
      if (document.getElementById("main")?.childElementCount) {
        document.getElementById("loading-note")?.remove();
        watching.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  // The words above in the language chosen on this device (the app's own
  // `cares-language`), from the data block the build wrote into index.html.
  function inChosenLanguage() {
    let chosen;
    let words;
    try {
      chosen = localStorage.getItem("cares-language");
      words = chosen && JSON.parse(document.getElementById("loading-words")?.textContent || "{}")[chosen];
    } catch {
      return;
    }
    if (!words) return;
    const say = (id, text) => {
      const element = document.getElementById(id);
      if (!element) return;
      element.textContent = text;
      element.lang = chosen;
      element.dir = words.dir;
    };
    say("loading-note", words.note);
    say("load-error-text", words.failed);
    say("load-error-retry", words.retry);
  }
})();
