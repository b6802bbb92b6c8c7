// Start-up and response, as a phone would see them: the release build served with gzip like a real
// host, beside a one-input plain-HTML baseline page, at 1x, 4x CPU throttling, and 4x + a slow
// network (1.6 Mbps down, 150 ms latency). For each: first paint (first-contentful-paint), and the
// time until the calculator answers a typed amount (navigation start -> the typed figure shown),
// measured inside the page; then keystroke -> result at 4x. Medians of 5 loads. Prints figures;
// asserts nothing (goals are in the README, not in pass/fail tests). Usage: node scripts/startup.mjs
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../e2e/browser.mjs';

const DIST = 'dist';
const LOADS = 5;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };
const BASELINE = `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>baseline</title></head><body><h1>Baseline</h1><label for="direct-loss">Loss</label>
<input id="direct-loss" inputmode="decimal"><p id="total-amount"></p>
<script>document.getElementById('direct-loss').addEventListener('input', (e) => {
  const n = Number(e.target.value); document.getElementById('total-amount').textContent = n.toLocaleString('en-US') + ' 元';
});</script></body></html>`;

// A static server that gzips, as a real host would.
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  let body;
  let type = 'text/html';
  if (path === '/baseline.html') body = Buffer.from(BASELINE);
  else {
    const file = join(DIST, path === '/' ? 'index.html' : path);
    if (!existsSync(file)) { res.statusCode = 404; return res.end(); }
    body = readFileSync(file);
    type = TYPES[extname(file)] || 'application/octet-stream';
  }
  res.setHeader('content-type', type);
  res.setHeader('content-encoding', 'gzip');
  res.end(gzipSync(body));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}/`;

// Runs in the page from its first byte: waits for the input, types 1000, notes when 1,000 元 shows.
const PROBE = () => {
  const tick = () => {
    const radio = document.getElementById('loss-amount');
    if (radio && !radio.checked) radio.click();
    const input = document.getElementById('direct-loss');
    if (input && !window.__typed) {
      input.value = '1000';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      window.__typed = true;
    }
    const total = document.getElementById('total-amount');
    if (total && total.textContent.includes('1,000 元')) { window.__answered = performance.now(); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await launch();
const conditions = [
  { name: '1x CPU', rate: 1 },
  { name: '4x CPU', rate: 4 },
  { name: '4x CPU + 1.6 Mbps / 150 ms', rate: 4, net: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 } },
];

async function load(url, c, measureKeystroke) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: c.rate });
  if (c.net) { await cdp.send('Network.enable'); await cdp.send('Network.emulateNetworkConditions', c.net); }
  await page.addInitScript(PROBE);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__answered, null, { timeout: 60000, polling: 100 });
  const r = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    answered: window.__answered,
  }));
  if (measureKeystroke) {
    r.keystroke = await page.evaluate(async () => {
      const input = document.getElementById('direct-loss');
      const total = document.getElementById('total-amount');
      const start = performance.now();
      input.value = '2000';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (!total.textContent.includes('2,000 元')) await new Promise((ok) => requestAnimationFrame(ok));
      return performance.now() - start;
    });
  }
  await context.close();
  return r;
}

for (const c of conditions) {
  for (const [label, url] of [['app', base], ['baseline', base + 'baseline.html']]) {
    const runs = [];
    for (let i = 0; i < LOADS; i++) runs.push(await load(url, c, label === 'app' && c.rate === 4 && !c.net));
    const m = (k) => median(runs.map((r) => r[k])).toFixed(0);
    let line = `${c.name.padEnd(28)} ${label.padEnd(9)} first paint ${m('paint').padStart(5)} ms, answers ${m('answered').padStart(5)} ms`;
    if (runs[0].keystroke !== undefined) line += `, keystroke -> result ${median(runs.map((r) => r.keystroke)).toFixed(1)} ms`;
    console.log(line);
  }
}
// Memory over 5,000 edits in a row: the JS heap and the ArrayBuffer backing stores (the wasm
// linear memory among them) after 1,000 and after 5,000 edits, each after a forced GC.
{
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(base);
  await page.waitForSelector('#root[data-ready]');
  await page.click('#loss-amount');
  const edits = (n) => page.evaluate((n) => {
    const input = document.getElementById('direct-loss');
    for (let i = 0; i < n; i++) {
      input.value = String(1000 + (i % 997));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return new Promise((ok) => setTimeout(ok, 100));
  }, n);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const u = await cdp.send('Runtime.getHeapUsage');
    return `JS heap ${(u.usedSize / 1e6).toFixed(1)} MB, array buffers ${((u.backingStorageSize ?? 0) / 1e6).toFixed(1)} MB`;
  };
  await edits(1000);
  const after1k = await heap();
  await edits(4000);
  console.log(`memory: after 1,000 edits ${after1k}; after 5,000 edits ${await heap()}`);
  await context.close();
}
await browser.close();
server.close();
