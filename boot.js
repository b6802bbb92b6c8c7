// Starts the calculator: imports the wasm-bindgen glue named by this script tag and runs it.
// An external module, so the page's CSP can forbid inline script.
//
// The CSP in index.html allows exactly one kind of connection, to this origin, because fetching
// the .wasm file is one. Once the module is instantiated this script adds a second policy with
// connect-src 'none': browsers enforce every policy a page has, and a policy can only be added,
// never removed, so from here on the page can make no connection at all, to any origin.
const me = document.querySelector('script[data-js]');
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
