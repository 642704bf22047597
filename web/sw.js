// The service worker: keeps the app shell so the app opens offline after the first visit.
//
// `cargo xtask` fills in the version and the list of files when it builds web/dist.
// The list is every file there, so it holds the wasm chunks of the pages that load
// lazily as well: they are fetched here, in the background, on the first visit, and
// every page then opens with no signal even if it was never opened online.
// Pages are fetched from the network first so an update shows at once, and from the
// cache when there is no signal; the other files have hashed names, so the cache is
// always right for them.
const VERSION = "{{version}}";
const SHELL = {{shell}};
const CACHE = `cares-shell-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith("cares-shell-") && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match("/index.html")),
      ),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request).then((cached) => cached || fetch(request)),
    ),
  );
});
