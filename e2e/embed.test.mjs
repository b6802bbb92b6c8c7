// A law firm's page on a second local origin embeds the calculator cross-origin: the iframe
// grows with its content, the parameters take effect, no request leaves the two origins, and the
// host hears heights only, never what a visitor types.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync, readdirSync, existsSync } from 'node:fs';
import { launch, BASE_URL, ORIGIN, DESKTOP, PHONE, openPage } from './browser.mjs';

const OUT = process.env.SCREENSHOT_DIR || 'target/screenshots';
mkdirSync(OUT, { recursive: true });

let browser, host, hostOrigin;
const query = '?embed=1&lang=en&accent=%23005a9c&firm=Example%20Law%20Firm&modules=purchase&case=chancheng-2021-expired-beer&accent2=x';

before(async () => {
  browser = await launch();
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>A law firm</title></head><body>
    <h1>A law firm's page</h1>
    <script>window.heard = []; addEventListener('message', (e) => heard.push(e.data));</script>
    <iframe data-weiquan src="${BASE_URL}${query}" title="Weiquan" style="width:100%;border:0;height:300px"></iframe>
    <script src="${BASE_URL}embed.js"></script></body></html>`;
  host = createServer((req, res) => { res.setHeader('content-type', 'text/html'); res.end(page); });
  await new Promise((ok) => host.listen(0, 'localhost', ok));
  hostOrigin = `http://localhost:${host.address().port}`;
});
after(async () => { await browser.close(); host.close(); });

test('embedded cross-origin: it resizes, the options apply, heights only reach the host', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const warnings = [];
  page.on('console', (m) => warnings.push(m.text()));
  await page.goto(hostOrigin + '/');
  assert.notEqual(new URL(hostOrigin).origin, ORIGIN, 'two different origins');
  const frame = page.frameLocator('iframe[data-weiquan]');
  await frame.locator('#firm').waitFor();
  assert.equal((await frame.locator('#firm').textContent()).trim(), 'Provided by Example Law Firm');
  assert.equal(await frame.locator('#claim-pi').count(), 0, 'modules=purchase');
  assert.match(await frame.locator('#total-amount').textContent(), /1,054 yuan/, 'case= loads the preset');
  assert.equal(await frame.locator('footer').count(), 0);
  const accent = await frame.locator('html').evaluate((e) => getComputedStyle(e).getPropertyValue('--accent').trim());
  assert.equal(accent, '#005a9c');
  assert.ok(warnings.some((w) => /ignored accent2/.test(w)), 'a bad parameter is reported in the console');

  const iframe = page.locator('iframe[data-weiquan]');
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 300);
  const before = (await iframe.boundingBox()).height;
  // The content grows: every disclosure opened, text typed.
  await frame.locator('#purchase-loss').fill('123456');
  for (const s of await frame.locator('details > summary').all()) await s.click();
  await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height > h + 100, before);
  // The host resizes on each message; give the last of them a moment to land (up to 5 s). The
  // height comes in steps of 960 px: the content fits, with less than a step to spare.
  let grown = 0;
  let inner = 0;
  for (let i = 0; i < 50 && !(grown >= inner && grown < inner + 960); i++) {
    await page.waitForTimeout(100);
    grown = (await iframe.boundingBox()).height;
    inner = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  }
  assert.ok(grown >= inner && grown < inner + 960, `the iframe fits its content (${grown} vs ${inner})`);

  const heard = await page.evaluate(() => window.heard);
  assert.ok(heard.length >= 2);
  for (const m of heard) {
    assert.deepEqual(Object.keys(m).sort(), ['height', 'type', 'version'], JSON.stringify(m));
    assert.equal(m.type, 'weiquan:height');
    assert.equal(m.height % 960, 0, 'a coarse step');
  }
  const heights = heard.map((m) => m.height);
  assert.deepEqual(heights, [...heights].sort((a, b) => a - b), 'never smaller than before');
  assert.ok(!JSON.stringify(heard).includes('123456'), 'nothing typed reaches the host');
  for (const url of requests) {
    const o = new URL(url).origin;
    assert.ok(o === ORIGIN || o === hostOrigin, url);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${OUT}/desktop-en-embedded.png` });
  await context.close();
});

// What the host hears must not tell visitors apart: ten visitors who answer differently, each
// typing an amount of a different length, and the heights the host heard from each.
test('the heights the host hears do not follow what a visitor types or chooses', async () => {
  const visitors = [
    ['#loss-none'], ['#loss-amount', ['direct-loss', '8']], ['#loss-amount', ['direct-loss', '88888888']],
    ['#loss-unquantifiable'], ['#gain-estimate', ['records', '40000'], ['price-per-record', '0.5']],
    ['#loss-amount', ['direct-loss', '500'], ['lawyer', '3000']], ['#serious', ['mental-claimed', '1000']],
    ['#loss-none', ['notarisation', '1000']], ['#gain-actual', ['gain-amount', '34000']], ['#loss-unquantifiable', ['conduct-date', '2022-03-15']],
  ];
  const plain = `<!doctype html><html><body><script>window.heard = []; addEventListener('message', (e) => heard.push(e.data.height));</script>
    <iframe data-weiquan src="${BASE_URL}?embed=1&full=1" style="width:360px;border:0;height:300px"></iframe></body></html>`;
  const server = createServer((req, res) => { res.setHeader('content-type', 'text/html'); res.end(plain); });
  await new Promise((ok) => server.listen(0, 'localhost', ok));
  const seen = new Map();
  const heardBy = [];
  for (const [choice, ...fields] of visitors) {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`http://localhost:${server.address().port}/`);
    const frame = page.frameLocator('iframe');
    await frame.locator('#root[data-ready]').waitFor();
    await frame.locator(choice).check();
    for (const [id, value] of fields) await frame.locator(`#${id}`).fill(value);
    await page.waitForTimeout(300);
    const heard = JSON.stringify(await page.evaluate(() => window.heard));
    seen.set(heard, (seen.get(heard) || 0) + 1);
    heardBy.push(heard);
    await context.close();
  }
  server.close();
  console.log(`embed heights: ${visitors.length} visitors, ${seen.size} different height sequences: ${[...seen.keys()].join(' | ')}`);
  // Visitors 1 and 2 answer alike and type 8 and 88888888: the host cannot tell them apart.
  assert.equal(heardBy[1], heardBy[2], 'the length of an amount does not show');
  assert.ok(seen.size < visitors.length / 2, `the host can tell ${seen.size} groups among ${visitors.length} visitors`);
});

// Embedded, the guided questions fit the iframe a step at a time, the answer shows its total in
// the page (no bar fixed to the bottom of a tall iframe), and a teacher's presentation asks the
// host to scroll to it: a number, nothing else.
test('embedded: the questions a step at a time, the total inline, the presentation shown by the host', async () => {
  const plain = `<!doctype html><html><body style="margin:0"><div style="height:1500px">the firm's page</div>
    <script>window.heard = []; addEventListener('message', (e) => heard.push(e.data));</script>
    <iframe data-weiquan src="${BASE_URL}?embed=1" style="width:360px;border:0;height:300px"></iframe>
    <script src="${BASE_URL}embed.js"></script></body></html>`;
  const server = createServer((req, res) => { res.setHeader('content-type', 'text/html'); res.end(plain); });
  await new Promise((ok) => server.listen(0, 'localhost', ok));
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`http://localhost:${server.address().port}/`);
  const frame = page.frameLocator('iframe');
  await frame.locator('#root[data-ready]').waitFor();
  await frame.locator('#happened-fraud').check();
  await frame.locator('#continue').click();
  await frame.locator('#price').fill('300');
  await frame.locator('#continue').click();
  assert.equal((await frame.locator('#total-amount').textContent()).trim(), '1,200 元');
  assert.equal(await frame.locator('.sticky-total').count(), 0, 'the total is in the page');
  const heights = (await page.evaluate(() => window.heard)).filter((m) => m.type === 'weiquan:height').map((m) => m.height);
  assert.ok(Math.max(...heights) <= 2 * 960, `a step at a time: ${heights}`);
  await frame.locator('#to-full').click();
  await frame.locator('#present-start').click();
  await page.waitForFunction(() => window.heard.some((m) => m.type === 'weiquan:show'));
  const show = (await page.evaluate(() => window.heard)).find((m) => m.type === 'weiquan:show');
  assert.deepEqual(Object.keys(show).sort(), ['top', 'type', 'version']);
  await page.waitForFunction(() => Math.abs(document.querySelector('iframe').getBoundingClientRect().top) < 4, null, { timeout: 5000 });
  await context.close();
  server.close();
});

test('the embed page gives the snippet and previews it', async () => {
  const { page, context, log } = await openPage(browser, PHONE, `${BASE_URL}embed.html`);
  assert.match(await page.textContent('#embed-snippet'), /<iframe data-weiquan src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1&lang=zh-CN/);
  await page.fill('input[name=firm]', '某律师事务所');
  await page.check('input[name=en]');
  const snippet = await page.textContent('#embed-snippet');
  assert.match(snippet, /lang=en/);
  assert.match(snippet, /firm=%E6%9F%90/);
  assert.match(snippet, /embed\.js/);
  const preview = page.frameLocator('#embed-preview');
  await preview.locator('#firm').waitFor();
  assert.match(await preview.locator('#firm').textContent(), /某律师事务所/);
  assert.equal(await page.locator('#case-list li').count(), readdirSync(new URL('../src/cases/', import.meta.url)).filter((n) => n.endsWith('.json')).length, 'every case id');
  for (const id of await page.$$eval('#case-list code', (cs) => cs.map((c) => c.textContent))) {
    assert.ok(existsSync(new URL(`../src/cases/${id}.json`, import.meta.url)), id);
  }
  await page.click('#copy-snippet');
  assert.match(await page.textContent('#snippet-copied'), /已复制|Ctrl\+C/);
  assert.match(await page.textContent('main'), /嵌入时什么都不保存/);
  await page.screenshot({ path: `${OUT}/phone-zh-embed-page.png` });
  assert.deepEqual(log.errors, []);
  const violations = log.console.filter((m) => /Content Security Policy|Refused to/.test(m));
  assert.deepEqual(violations, []);
  await context.close();
});

test('the gallery lists every real case and opens each in the calculator', async () => {
  const { page, context, log } = await openPage(browser, PHONE, `${BASE_URL}gallery.html`);
  assert.equal(await page.locator('.gallery li').count(), readdirSync(new URL('../src/cases/', import.meta.url)).filter((n) => n.endsWith('.json')).length);
  assert.match(await page.textContent('#guiding-23-sun-yinshan-sausage'), /\(2012\)江宁开民初字第646号/);
  await page.screenshot({ path: `${OUT}/phone-zh-gallery.png` });
  await page.click('#chancheng-2021-expired-beer a');
  await page.waitForSelector('#total-amount');
  assert.match(await page.textContent('#total-amount'), /1,054 元/);
  assert.deepEqual(log.errors, []);
  await context.close();
});
