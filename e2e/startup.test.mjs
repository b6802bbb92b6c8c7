// Start-up: the first screen is in the HTML (prerendered at build time), so it paints before the
// wasm arrives; what is typed, ticked or picked in it meanwhile is kept when the app takes over.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, ready, totalText, BASE_URL, PHONE } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('the prerendered first screen paints without the wasm and keeps what is typed before start-up', async () => {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(BASE_URL, { waitUntil: 'domcontentloaded' });

  assert.match(await page.textContent('h1'), /维权计算器/);
  assert.equal(await page.locator('#root[data-ready]').count(), 0, 'the wasm has not started');
  assert.match(await page.textContent('#question'), /发生了什么/);
  await page.screenshot({ path: `${process.env.SCREENSHOT_DIR || 'target/screenshots'}/phone-zh-prerendered.png` });
  await page.check('#happened-scam');

  release();
  await ready(page);
  assert.ok(await page.isChecked('#happened-scam'), 'the answer picked before start-up is kept');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'happened-scam', 'the focus stays');
  await page.click('#continue');
  await page.fill('#direct-loss', '8000');
  assert.match(await page.textContent('#running-estimate'), /0 元至 8,000 元/);
  assert.deepEqual(errors, []);
  await context.close();
});
