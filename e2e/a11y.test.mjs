// axe-core (WCAG 2.x A and AA rules) on the page with a result and every panel open, at 360×740,
// in Chinese and English. The context bypasses the page's CSP only to inject axe itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launch, ready, type, BASE_URL, PHONE } from './browser.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function violations(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')})`);
  });
}

for (const lang of ['zh', 'en']) {
  test(`axe finds no WCAG A/AA violation (${lang}, 360×740, every panel open)`, async () => {
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(BASE_URL);
    await ready(page);
    if (lang === 'en') await page.click('#switch-language');
    await page.check('#loss-amount');
    await type(page, 'direct-loss', '8000');
    await page.locator('#direct-loss').blur();
    await type(page, 'lawyer', 'abc');
    await page.locator('#lawyer').blur();
    await page.click('#add-fraud-claim');
    await type(page, 'price', '100');
    await page.check('#reform-sandbox');
    await page.click('#share');
    for (const summary of await page.locator('details > summary').all()) await summary.click();
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
}
