// Starts the calculator: imports the wasm-bindgen glue named by this script tag and runs it.
// An external module, so the page's CSP can forbid inline script.
//
// The CSP in index.html allows exactly one kind of connection, to this origin, because fetching
// the .wasm file is one. Once the module is instantiated this script adds a second policy,
// default-src 'none': browsers enforce every policy a page has, and a policy can only be added,
// never removed, so from here on the page can load nothing and connect nowhere (no fetch, image,
// stylesheet, font, script, prefetch or import, to any origin). Navigation and WebRTC are outside
// what CSP can block.
const me = document.querySelector('script[data-js]');
const query = new URLSearchParams(location.search);

// The page is built once per language, each wasm with its own language's words: data-js and
// data-wasm are the Chinese build, data-js-en and data-wasm-en the English one. The language is
// the address's ?lang= where there is one, else the tab's last (the app keeps it in
// sessionStorage under weiquan.lang; never when embedded), else Chinese.
function language() {
  const asked = query.get('lang');
  if (asked === 'en' || asked === 'zh-CN') return asked;
  if (query.get('embed') === '1') return 'zh-CN';
  try { return sessionStorage.getItem('weiquan.lang') || 'zh-CN'; } catch { return 'zh-CN'; }
}
const english = language() === 'en' && me.dataset.jsEn;
// The wasm's response, kept to hand to the service worker; handed over only if the app started
// with it (an error page or a portal's answer must never become the offline copy).
let downloaded = null;
let started = false;
const build = english
  ? { js: me.dataset.jsEn, wasm: me.dataset.wasmEn }
  : { js: me.dataset.js, wasm: me.dataset.wasm };

// Embedded (?embed=1 inside an iframe): tell the host page how tall to make the iframe, and
// nothing else, so embed.js can size it. The message is {type: 'weiquan:height', height, version};
// it carries no input, so it can go to any parent ('*'). The height is rounded up to a step of
// 960 px and never goes down, so the host cannot tell from it what was chosen or how long an
// amount typed was: only that the page grew past a step. See docs/embedding.md.
if (query.get('embed') === '1' && window.parent !== window) {
  const STEP = 960;
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height / STEP) * STEP;
    if (height > last) {
      last = height;
      window.parent.postMessage({ type: 'weiquan:height', height, version: 1 }, '*');
    }
  };
  new ResizeObserver(report).observe(document.body);
}
// Without WebAssembly (iOS Lockdown Mode, a JIT-less browser) or if start-up fails, the
// prerendered page would look alive but answer nothing: say so at the top of it.
const failed = () => {
  const note = document.createElement('p');
  note.className = 'notice';
  note.id = 'start-failed';
  note.setAttribute('role', 'alert');
  note.textContent = '计算器无法在这个浏览器中启动（需要 WebAssembly，例如 iOS 锁定模式会关闭它），页面内容只能阅读。'
    + ' The calculator cannot start in this browser (it needs WebAssembly, which e.g. iOS Lockdown Mode turns off); the page can only be read.';
  (document.getElementById('root') || document.body).prepend(note);
};
try {
  if (typeof WebAssembly !== 'object') throw new Error('no WebAssembly');
  // The wasm is asked for before the glue script is imported, so the two downloads overlap (on a
  // slow network the glue's round trip is otherwise paid before the wasm's starts). A copy of it
  // goes to the service worker after start-up (keepForOffline).
  // A page a worker already controls got the wasm through it, and the worker kept it then.
  const handOver = 'serviceWorker' in navigator && !navigator.serviceWorker.controller;
  const wasm = fetch(build.wasm).then((response) => {
    if (handOver && response.ok) downloaded = response.clone();
    return response;
  });
  wasm.catch(() => {}); // if the glue's import fails first, this rejection is not the news
  const glue = await import(build.js);
  await glue.default({ module_or_path: wasm });
  started = true;
} catch (e) {
  failed();
  console.error(e);
} finally {
  await keepForOffline();
  // Even if start-up failed, nothing may connect from here on.
  const lock = document.createElement('meta');
  lock.httpEquiv = 'Content-Security-Policy';
  // data: images only: the icon is one, and a data: address is never a request.
  lock.content = "default-src 'none'; img-src data:";
  document.head.append(lock);
}

// Offline: a same-origin service worker keeps the app's files (sw.js says what it does and does
// not do). Registered once the app runs, so that on a first visit its downloads do not compete
// with the page's own, and before the connection lock (the worker's own fetches are not the
// page's; a slow answer is not waited for beyond 3 s). It is told which build of the page this is,
// so it keeps the one language the visitor uses, not both, and is handed the wasm the page already
// downloaded: WebKit's worker does not share the page's HTTP cache, and would download the
// largest file a second time.
async function keepForOffline() {
  if (!('serviceWorker' in navigator)) return;
  if (!started) downloaded = null;
  const registered = navigator.serviceWorker.register('./sw.js').catch(() => null);
  // Registration refused (storage blocked): `ready` would never settle, and the copy would stay
  // in memory for the life of the page.
  registered.then((r) => { if (!r) downloaded = null; });
  await Promise.race([registered, new Promise((ok) => setTimeout(ok, 3000))]);
  navigator.serviceWorker.ready.then(async (r) => {
    const wasm = await downloaded?.arrayBuffer().catch(() => null);
    downloaded = null;
    r.active?.postMessage({ type: 'keep', files: [build.js, build.wasm], wasm }, wasm ? [wasm] : []);
  });
}

// Printing: every explanation goes on paper. The result's, the costs', the answer's and the
// burden's closed <details> open for the print and close again after (the print stylesheet in
// app.css hides the interface).
let openedForPrint = [];
addEventListener('beforeprint', () => {
  openedForPrint = [...document.querySelectorAll('#result details:not([open]), #costs details:not([open]), .more details:not([open]), .more__item:not([open]), #burden details:not([open])')];
  for (const d of openedForPrint) d.open = true;
});
addEventListener('afterprint', () => {
  for (const d of openedForPrint) d.open = false;
  openedForPrint = [];
});
