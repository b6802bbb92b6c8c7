// Starts the calculator: imports the wasm-bindgen glue named by this script tag and runs it.
// An external module, so the page's CSP can forbid inline script.
//
// The CSP in index.html allows exactly one kind of connection, to this origin, because fetching
// the .wasm file is one. Once the module is instantiated this script adds a second policy with
// connect-src 'none': browsers enforce every policy a page has, and a policy can only be added,
// never removed, so from here on the page can make no connection at all, to any origin.
const me = document.querySelector('script[data-js]');

// Offline: a same-origin service worker keeps the app's files (sw.js says what it does and does
// not do). Registered before the connection lock below; the worker's own fetches are not the page's.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}

// Embedded (?embed=1 inside an iframe): tell the host page our content height, and nothing else,
// so embed.js can size the iframe. The message is {type: 'weiquan:height', height, version}; it
// carries no input, so it can go to any parent ('*'). See docs/embedding.md.
if (new URLSearchParams(location.search).get('embed') === '1' && window.parent !== window) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'weiquan:height', height, version: 1 }, '*');
    }
  };
  new ResizeObserver(report).observe(document.body);
}
try {
  const glue = await import(me.dataset.js);
  await glue.default({ module_or_path: me.dataset.wasm });
} finally {
  // Even if start-up failed, nothing may connect from here on.
  const lock = document.createElement('meta');
  lock.httpEquiv = 'Content-Security-Policy';
  lock.content = "connect-src 'none'";
  document.head.append(lock);
}

// Printing: every explanation goes on paper. The result's and the costs' closed <details> open
// for the print and close again after (the print stylesheet in app.css hides the interface).
let openedForPrint = [];
addEventListener('beforeprint', () => {
  openedForPrint = [...document.querySelectorAll('#result details:not([open]), #costs details:not([open])')];
  for (const d of openedForPrint) d.open = true;
});
addEventListener('afterprint', () => {
  for (const d of openedForPrint) d.open = false;
  openedForPrint = [];
});
