// The service worker: keeps the calculator's own files so that a phone that opened it once opens
// it again with no network. It handles same-origin GET requests for the app's files only; it never
// sees what a visitor types (that stays in the page and its sessionStorage) and sends nothing.
//
// Network first, then the cache: a new release is picked up whenever the network is there, and the
// last copy works when it is not. On install it caches the page and every file the page names
// (the hashed script, wasm and stylesheet), read from index.html itself.
const CACHE = 'weiquan-v1';

async function precache() {
  const cache = await caches.open(CACHE);
  const page = await fetch('./', { cache: 'no-cache' });
  const html = await page.clone().text();
  await cache.put('./', page);
  const names = new Set(['boot.js', 'favicon.svg', 'manifest.webmanifest']);
  for (const m of html.matchAll(/(?:href|src|data-js|data-wasm)="(?:\.\/)?([\w.-]+\.(?:js|wasm|css|svg))"/g)) names.add(m[1]);
  await cache.addAll([...names].map((n) => './' + n));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin) return;
  // The page with any query (?embed=1, ?lang=…) is the same file.
  const key = event.request.mode === 'navigate' ? './' : event.request;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(key, copy));
        }
        return response;
      })
      .catch(() => caches.match(key).then((hit) => hit || Response.error())),
  );
});
