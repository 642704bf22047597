// The service worker: keeps the app shell so the app opens offline after the first visit.
//
// `cargo xtask` writes two from this file: `sw.js` for the app (scope `/`) and
// `sw-phone.js` for the phone's entry (scope `/join`), which keeps only join.html and
// what it needs. It fills in the version, the cache's name, the page opened offline
// and two lists of files.
// SHELL is every file a page needs, the wasm chunks of the pages that load lazily
// included: they are fetched here, in the background, on the first visit, and every
// page then opens with no signal even if it was never opened online.
// LATER is the big optional code (the spreadsheet reader and writer, ~350 KB) and each
// language's words (l10n/<tag>.json): a phone at a workshop should not download them in
// the background on its first visit, so each is stored the first time it is used, and
// from then on works offline too. A new version of the app fetches again at once what a
// device had used.
// Pages are fetched from the network first so an update shows at once, and from the
// cache when there is no signal; the other files have hashed names, so the cache is
// always right for them.
const VERSION = "{{version}}";
const SHELL = {{shell}};
const LATER = {{later}};
const PREFIX = "{{cache}}-";
const PAGE = "{{page}}";
// A plan's actions page (`/plan/<id>`) is an entry of its own, plan.html ("" if none).
const PLAN_PAGE = "{{plan_page}}";
const PLAN_ADDRESS = /^\/plan\/[0-9a-f-]{36}\/?$/;
const CACHE = `${PREFIX}${VERSION}`;

/** A file's name without its content hash: the same part in every version. */
const part = (url) => new URL(url, self.location.origin).pathname.replace(/-[0-9a-f]{16}(\.\w+)$/, "$1");

/**
 * The optional files an older version's cache held (they were used): the spreadsheet
 * code as a whole if any of it was, and each language's words that were chosen.
 */
async function usedBefore() {
  const held = new Set();
  for (const key of await caches.keys()) {
    if (!key.startsWith(PREFIX) || key === CACHE) continue;
    for (const request of await (await caches.open(key)).keys()) held.add(part(request.url));
  }
  const code = LATER.filter((url) => url.includes("/split_"));
  const used = LATER.filter((url) => !url.includes("/split_") && held.has(part(url)));
  return code.some((url) => held.has(part(url))) ? [...code, ...used] : used;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(async (cache) => {
        await cache.addAll(SHELL);
        const used = await usedBefore();
        if (used.length > 0) await cache.addAll(used);
      })
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request).catch(() =>
        caches
          .open(CACHE)
          .then((cache) => cache.match(PLAN_PAGE && PLAN_ADDRESS.test(url.pathname) ? PLAN_PAGE : PAGE)),
      ),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request).then(
        (cached) =>
          cached ||
          fetch(request).then((response) => {
            // Optional code is stored the first time it is used, for offline use after.
            if (response.ok && LATER.includes(url.pathname)) {
              event.waitUntil(cache.put(request, response.clone()).catch(() => {}));
            }
            return response;
          }),
      ),
    ),
  );
});
