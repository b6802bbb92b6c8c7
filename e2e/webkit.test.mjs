// The calculator in WebKit, where iPhones could differ from Chromium: it starts, answers what is
// typed, loads a preset, keeps the answers over a reload, a share link and Back, and once started
// connects nowhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, FULL } from './browser.mjs';
import { startDriver, Session } from './webkit.mjs';
import { host } from './host.mjs';

let driver, page;
before(async () => {
  driver = await startDriver();
  page = await Session.open(driver.url);
});
after(async () => {
  await page?.close().catch(() => {});
  driver?.stop();
});

const ready = () => page.until("document.querySelector('#root[data-ready]')", 'the app to start');
const total = () => page.text('#total-amount');
// What the user sees of their answers: every control's value or state, and the total.
const answers = () => page.run(`return JSON.stringify({
  controls: [...document.querySelectorAll('#root input:not([readonly])')].map((i) =>
    [i.id, i.type === 'checkbox' || i.type === 'radio' ? i.checked : i.value]),
  total: document.querySelector('#total-amount')?.textContent.trim() ?? null,
})`);
// The page writes what it remembers when the user pauses.
const pause = () => new Promise((ok) => setTimeout(ok, 700));

test('WebKit: it starts, answers a typed amount and a preset, and connects nowhere after start', async () => {
  console.log(`WebKit ${page.version}`);
  await page.go(FULL);
  await ready();
  await page.click('#loss-amount');
  await page.type('#direct-loss', '8000');
  await page.until("document.querySelector('#total-amount')?.textContent.includes('8,000')", 'the total');
  assert.equal(await total(), '8,000 元');
  await page.click('button[data-case="hangzhou-2020-10605"]');
  assert.equal(await total(), '34,000 元');
  const attempt = await page.runAsync("const done = arguments[0]; fetch('./index.html').then(() => done('connected'), () => done('blocked'))");
  assert.equal(attempt, 'blocked');
});

test('WebKit: a reload, a share link and Back show exactly what was there', async () => {
  await page.go(FULL);
  await ready();
  await page.click('button[data-case="keqiao-2021-ctrip-price"]');
  await page.type('#notarisation', '100').catch(() => {});
  const mine = await answers();
  await pause();
  await page.reload();
  await ready();
  assert.equal(await answers(), mine, 'reload');

  await page.click('#share');
  const link = await page.run("return document.querySelector('#share-link').value");
  await page.click('#clear-all');
  await page.go(link);
  await ready();
  assert.equal(await answers(), mine, 'share link');
  assert.equal(await page.run('return location.hash'), '', 'the fragment is taken off');

  await pause();
  await page.click('#gallery-link');
  await page.until("document.querySelector('.gallery')", 'the gallery');
  await page.back();
  await ready();
  assert.equal(await answers(), mine, 'Back');
});

// A first visit downloads the wasm once. WebKit ignores <link rel=preload> for a wasm, and its
// service worker does not share the page's HTTP cache, so precaching fetched it again: two or
// three downloads of the largest file on an iPhone's first visit. The page now asks for the wasm
// itself and hands its bytes to the service worker after start-up. The glue script (5.7 KB gzip)
// the worker still fetches for itself: the page has no copy of an imported module's bytes.
// Served from an origin of its own, so nothing is in the cache yet (WebKitWebDriver runs one
// session at a time).
test('WebKit: a first visit downloads the wasm once, and the other language never', async () => {
  const served = await host('dist');
  const fresh = page;
  try {
    await fresh.go(served.url);
    await fresh.until("document.querySelector('#root[data-ready]')", 'the app to start');
    // The service worker keeps the running build for offline use, from the bytes handed over.
    const kept = await fresh.runAsync(`const done = arguments[arguments.length - 1];
      const kept = () => caches.open('weiquan-v3').then((c) => c.keys()).then((k) => k.some((r) => r.url.endsWith('_bg.wasm')));
      (async () => { let yes = false; for (let i = 0; i < 50 && !yes; i++) { yes = await kept().catch(() => false); if (!yes) await new Promise((ok) => setTimeout(ok, 100)); } done(yes); })();`);
    assert.equal(kept, true, 'the wasm is kept for offline use');
    await new Promise((ok) => setTimeout(ok, 500));
    const count = (re) => served.requests.filter((p) => re.test(p)).length;
    assert.equal(count(/^\/weiquan-[0-9a-f]{16}_bg\.wasm$/), 1, `the wasm: ${served.requests.join(' ')}`);
    assert.ok(count(/^\/weiquan-[0-9a-f]{16}\.js$/) <= 2, `the glue script: ${served.requests.join(' ')}`);
    assert.equal(count(/^\/weiquan-en-/), 0, `the English build: ${served.requests.join(' ')}`);
  } finally {
    await served.close();
  }
});
