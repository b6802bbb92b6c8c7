// The privacy promise, proven: a full use of the calculator requests nothing beyond the page's
// own initial assets, no CSP violation is reported, and once started the page cannot connect.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, type, totalText, ORIGIN, BASE_URL, PHONE, ready, switchLanguage, openTeacherArea } from './browser.mjs';
import { host } from './host.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('using every feature makes no request beyond the initial same-origin assets', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  const initial = [...log.requests];
  await page.click('button[data-case="hangzhou-2020-10605"]');
  await page.check('#claimant-individual');
  for (const summary of await page.locator('details > summary').all()) await summary.click();
  await page.check('#loss-amount');
  await type(page, 'direct-loss', '1000');
  await page.check('#third-party');
  await type(page, 'recovered', '100');
  await type(page, 'conduct-date', '2022-03-15');
  for (const id of ['investigation', 'notarisation', 'lawyer', 'other-expenses']) await type(page, id, '100');
  await page.check('#gain-estimate');
  await type(page, 'records', '40000');
  await type(page, 'price-per-record', '1');
  await page.check('#serious');
  await type(page, 'mental-claimed', 'abc');
  await type(page, 'mental-claimed', '5000');
  await page.uncheck('#via-network');
  await page.check('#facial');
  await openTeacherArea(page);
  await page.check('#reform-sandbox');
  await type(page, 'reform-multiple', '3');
  await type(page, 'reform-per-record', '1');
  await type(page, 'reform-cap', '1000');
  await page.click('#add-fraud-claim');
  for (const rule of ['food', 'drug', 'defective', 'fraud']) {
    await page.check(`#rule-${rule}`);
    await type(page, 'purchase-date', '2013-05-01');
    await type(page, 'price', '100');
    await type(page, 'purchase-loss', '50');
  }
  await type(page, 'base', '20');
  for (const id of ['refund', 'harmless-flaw', 'contrived']) await page.click(`#${id}`);
  await page.click('button[data-case="keqiao-2021-ctrip-price"]');
  await page.click('a[href="#result"]');
  assert.ok((await page.textContent('h1')).length > 0);

  // Chromium may fetch the icon again (from cache) on a fragment navigation: allowed, it is an
  // initial asset. Anything not loaded at start is not.
  const fresh = log.requests.slice(initial.length).filter((u) => !initial.includes(u));
  assert.deepEqual(fresh, [], 'new requests after load: ' + fresh.join(', '));

  // Switching the language loads the page's other build: the page (?lang=en and nothing else in
  // the address) and the same-origin files of that build, never anything typed.
  const beforeSwitch = log.requests.length;
  await switchLanguage(page);
  await page.click('#clear-all');
  const switched = log.requests.slice(beforeSwitch);
  for (const url of switched) {
    const u = new URL(url);
    assert.equal(u.origin, ORIGIN, url);
    assert.ok(['', '?full=1', '?lang=en', '?full=1&lang=en'].includes(u.search), url);
    assert.equal(u.hash, '', url);
    assert.match(u.pathname.split('/').pop(), /^(|boot\.js|manifest\.webmanifest|sw\.js|app-[0-9a-f]+\.css|weiquan-en-[0-9a-f]+(_bg\.wasm|\.js))$/, url);
  }
  for (const url of log.requests) assert.equal(new URL(url).origin, ORIGIN, url);
  const names = initial.map((u) => new URL(u).pathname.split('/').pop());
  for (const name of names) {
    assert.match(name, /^(|index\.html|boot\.js|app-[0-9a-f]+\.css|weiquan-[0-9a-f]+(_bg\.wasm|\.js))$/, name);
  }
  const violations = log.console.filter((m) => /Content Security Policy|Refused to/.test(m));
  assert.deepEqual(violations, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the page forbids inline script and, once started, every connection', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  const finished = [];
  const blocked = [];
  page.on('requestfinished', (r) => finished.push(r.url()));
  page.on('requestfailed', (r) => blocked.push(`${r.url()} ${r.failure()?.errorText}`));
  await page.waitForFunction(() => document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').length === 2);
  const policies = await page.$$eval('meta[http-equiv="Content-Security-Policy"]', (ms) => ms.map((m) => m.content));
  assert.match(policies[0], /script-src 'self' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(policies[0], /unsafe-inline/);
  assert.equal(policies[1], "default-src 'none'; img-src data:");
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script in the page');
  const attempt = await page.evaluate(() => fetch('./index.html').then(() => 'connected', () => 'blocked'));
  assert.equal(attempt, 'blocked');
  // sendBeacon only queues; the proof is the CSP violation it raises and the request never made.
  const violated = await page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective));
    navigator.sendBeacon('./beacon', 'data');
    setTimeout(() => resolve('no violation'), 2000);
  }));
  assert.equal(violated, 'connect-src');
  assert.equal(log.requests.filter((u) => u.includes('beacon')).length, 0);
  // What an injected script would try next: an image, a stylesheet, a script, a prefetch, an
  // import, a font. Each is refused before any request leaves.
  await page.evaluate(async () => {
    const add = (tag, attrs) => document.head.append(Object.assign(document.createElement(tag), attrs));
    add('img', { src: './x-img.png' });
    add('link', { rel: 'stylesheet', href: './x-style.css' });
    add('script', { src: './x-script.js' });
    add('link', { rel: 'prefetch', href: './x-prefetch' });
    await import('./x-import.js').catch(() => {});
    await new FontFace('x', 'url(./x-font.woff2)').load().catch(() => {});
    await new Promise((ok) => setTimeout(ok, 500));
  });
  // The browser reports each attempt, refused by the CSP before it leaves: none completes.
  assert.deepEqual(finished.filter((u) => u.includes('/x-')), [], 'nothing loaded');
  const attempts = log.requests.filter((u) => u.includes('/x-'));
  for (const u of attempts) assert.ok(blocked.some((b) => b === `${u} csp`), `${u}: ${blocked.join(', ')}`);
  await context.close();
});

test('no third-party origin appears anywhere in the page', async () => {
  const { page, context } = await openPage(browser, PHONE, BASE_URL);
  const html = await page.content();
  const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((u) => !u.startsWith('data:')).map((u) => new URL(u, BASE_URL).origin);
  for (const origin of urls) assert.equal(origin, ORIGIN);
  await context.close();
});

test('offline: opened once, it opens again with no network, and the cache holds only the app', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  await page.check('#loss-amount');
  await type(page, 'direct-loss', '4321');
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await page.check('#loss-amount');
  await type(page, 'direct-loss', '1000');
  assert.equal((await page.textContent('#total-amount')).trim(), '1,000 元');
  const cached = await page.evaluate(async () => {
    const keys = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) keys.push(r.url);
    return keys;
  });
  assert.ok(cached.length >= 5, cached.join(', '));
  for (const url of cached) {
    const u = new URL(url);
    assert.equal(u.origin, ORIGIN);
    assert.equal(u.search, '', 'no query, so nothing typed');
    assert.match(u.pathname.split('/').pop(), /^(|boot\.js|manifest\.webmanifest|app-[0-9a-f]+\.css|weiquan-(en-)?[0-9a-f]+(_bg\.wasm|\.js))$/);
  }
  assert.ok(!cached.join(' ').includes('4321'));
  await page.screenshot({ path: `${process.env.SCREENSHOT_DIR || 'target/screenshots'}/phone-zh-offline.png` });
  await context.setOffline(false);
  assert.deepEqual(log.errors, []);
  await context.close();
});

// A Wi-Fi portal that answers every address with its login page, or a server error: the kept wasm
// is a build's file under a name that never changes, so it is answered from the cache first, and
// only a real wasm module is ever kept.
test('a portal answering for the wasm never becomes the offline copy', async () => {
  const portal = {};
  const served = await host('dist', portal);
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${served.url}?full=1`);
  await ready(page);
  const wasm = await page.evaluate(() => new URL(document.querySelector('script[data-wasm]').dataset.wasm, location.href).pathname);
  const kept = () => page.evaluate(async (path) => {
    for (let i = 0; i < 150; i++) {
      const hit = await caches.match(path);
      if (hit) return [...new Uint8Array(await hit.arrayBuffer()).slice(0, 4)].join();
      await new Promise((ok) => setTimeout(ok, 100));
    }
    return 'not kept';
  }, wasm);
  assert.equal(await kept(), '0,97,115,109', 'the first visit keeps the wasm module');
  portal[wasm] = '<h1>Wi-Fi login</h1>';
  // The browser's HTTP cache (which the host fills for a year) evicted, as a phone's may be.
  await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
  for (const offline of [false, true]) {
    await context.setOffline(offline);
    await page.reload();
    await ready(page);
    await page.check('#loss-amount');
    await type(page, 'direct-loss', '1000');
    assert.equal((await page.textContent('#total-amount')).trim(), '1,000 元', offline ? 'offline' : 'behind the portal');
  }
  assert.equal(await kept(), '0,97,115,109', 'the kept copy is still the module');
  await context.close();
  await served.close();
});
