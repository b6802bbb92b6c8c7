// The service worker: keeps the calculator's own files so that a phone that opened it once opens
// it again with no network. It handles same-origin GET requests for the app's files only; it never
// sees what a visitor types (that stays in the page and its sessionStorage) and sends nothing.
//
// Pages network first, then the cache: a new release is picked up whenever the network is there,
// and the last copy works when it is not. A build's files (weiquan-<hash>.js, _bg.wasm) come from
// the cache first: their names change with their content, so a kept copy is never stale. Each
// page is kept under its own name (the calculator, the gallery, the embed page), and only a page
// that is really one of ours is kept: a captive portal's page or an error never replaces the
// calculator. When a new release of the calculator page is kept, the files of older releases
// leave the cache.
const CACHE = 'weiquan-v3';
// Every page of the app carries <meta name="weiquan-page">; a portal's or a proxy's page does not.
const MARK = 'name="weiquan-page"';

// The last part of an address's path: a file's name ('' for the directory).
const fileName = (url) => new URL(url).pathname.split('/').pop();

// The name a page is kept under: './' for the calculator, whatever its query.
function pageKey(url) {
  const name = fileName(url);
  return name === '' || name === 'index.html' ? './' : name;
}

// A build of the page: its glue script and its wasm (weiquan-<hash>, weiquan-en-<hash>).
const BUILD = /^weiquan-.*\.(js|wasm)$/;

// The files a page names (the hashed scripts and wasm, and the fixed ones; the stylesheet is
// inline): those of both builds of the page (Chinese: data-js, data-wasm; English: data-js-en,
// data-wasm-en).
function assets(html) {
  const names = new Set(['boot.js', 'manifest.webmanifest']);
  for (const m of html.matchAll(/(?:href|src|data-[\w-]+)="(?:\.\/)?([\w.-]+\.(?:js|wasm))"/g)) names.add(m[1]);
  return names;
}

// Keeps a page fetched from the network, if it is one of ours; for the calculator, drops the
// files of other releases.
async function keepPage(key, response) {
  if (!response.ok || response.redirected || response.type !== 'basic') return;
  const html = await response.clone().text();
  if (!html.includes(MARK)) return;
  const cache = await caches.open(CACHE);
  await cache.put(key, response);
  if (key !== './') return;
  const current = assets(html);
  for (const request of await cache.keys()) {
    const name = fileName(request.url);
    if ((BUILD.test(name) || /^app-.*\.css$/.test(name)) && !current.has(name)) await cache.delete(request);
  }
}

// On install: the page and the files every build shares. The build the visitor runs is kept when
// the page says which it is (the 'keep' message), so a phone downloads one language, not both.
async function precache() {
  const page = await fetch('./', { cache: 'no-cache' });
  const html = await page.clone().text();
  await keepPage('./', page);
  const cache = await caches.open(CACHE);
  await cache.addAll([...assets(html)].filter((n) => !BUILD.test(n)).map((n) => './' + n));
}

// A build's file is kept only if it is what its name says: a wasm module (it starts with \0asm) or
// a script. A portal's page, an error or a truncated body never becomes the offline copy: a build's
// files are answered from the cache first (below), so a bad copy would outlive the bad network.
async function keepBuild(cache, key, response) {
  if (!response.ok) return;
  const bytes = await response.arrayBuffer();
  const head = String(new Uint8Array(bytes.slice(0, 4)));
  const wasm = String(key.url || key).endsWith('.wasm');
  if (wasm ? head !== '0,97,115,109' : !/javascript/.test(response.headers.get('content-type') || '')) return;
  const type = wasm ? 'application/wasm' : 'text/javascript';
  await cache.put(key, new Response(bytes, { headers: { 'content-type': type } }));
}

// The page names its build, and hands over the wasm it downloaded (its bytes), so that a browser
// whose worker does not share the page's HTTP cache (WebKit) does not download it again.
self.addEventListener('message', (event) => {
  const files = event.data?.type === 'keep' ? event.data.files : [];
  const names = files.map((f) => String(f).replace(/^\.\//, '')).filter((n) => BUILD.test(n));
  const given = event.data?.wasm instanceof ArrayBuffer ? event.data.wasm : null;
  const keep = async (cache, name) => {
    const key = new URL('./' + name, location.href).href;
    // A build's names carry a hash of its content: one already kept is this very file.
    if (await cache.match(key)) return;
    const response = given && name.endsWith('.wasm') ? new Response(given) : await fetch(key);
    await keepBuild(cache, key, response);
  };
  if (names.length) event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(names.map((n) => keep(cache, n)))));
});

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

// Older versions of this worker kept their files under other names: they go.
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
  const navigate = event.request.mode === 'navigate';
  if (!navigate && BUILD.test(fileName(url))) {
    // A build's file never changes under its name: the kept copy first, the network if none.
    event.respondWith(caches.match(event.request).then((hit) => hit || fetch(event.request).then((response) => {
      event.waitUntil(caches.open(CACHE).then((cache) => keepBuild(cache, event.request, response.clone())));
      return response;
    })));
    return;
  }
  const key = navigate ? pageKey(url) : event.request;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        const copy = response.clone();
        if (navigate) event.waitUntil(keepPage(key, copy));
        else if (response.ok) event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
        return response;
      })
      .catch(() => caches.match(key).then((hit) => hit || Response.error())),
  );
});
