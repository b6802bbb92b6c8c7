// axe-core (WCAG 2.x A and AA rules) on the page with a result and every panel open, at 360×740,
// in Chinese and English. The context bypasses the page's CSP only to inject axe itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launch, ready, type, BASE_URL, PHONE, switchLanguage, FULL, openTeacherArea } from './browser.mjs';

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
    await page.goto(FULL);
    await ready(page);
    if (lang === 'en') await switchLanguage(page);
    await page.check('#loss-amount');
    await type(page, 'direct-loss', '8000');
    await page.locator('#direct-loss').blur();
    await type(page, 'lawyer', 'abc');
    await page.locator('#lawyer').blur();
    await page.click('#add-fraud-claim');
    await type(page, 'price', '100');
    await openTeacherArea(page);
    await page.check('#reform-sandbox');
    await page.click('#share');
    for (const summary of await page.locator('details > summary').all()) await summary.click();
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
}

test('in English every word that holds Chinese carries lang="zh-CN" (WCAG 3.1.2)', async () => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(FULL);
  await ready(page);
  await switchLanguage(page);
  const unmarked = new Set();
  const scan = async () => {
    // While a walk-through covers the page, only what it shows can be opened.
    const within = (await page.locator('#step').count()) ? '#step ' : '';
    for (const s of await page.locator(`${within}details:not([open]) > summary`).all()) if (await s.isVisible()) await s.click();
    const found = await page.evaluate(() => {
      const out = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!/[\u3000-\u9fff\uff00-\uffef]/.test(n.textContent) || n.parentElement.closest('noscript')) continue;
        if (!n.parentElement.closest('[lang]')?.getAttribute('lang').startsWith('zh')) out.push(n.textContent.trim().slice(0, 60));
      }
      return out;
    });
    found.forEach((f) => unmarked.add(f));
  };
  // Every real case (its number, date, story), then typed Chinese, its errors and the take-away.
  for (const id of await page.$$eval('button[data-case]', (bs) => bs.map((b) => b.dataset.case))) {
    await page.click(`button[data-case="${id}"]`);
    await scan();
  }
  await page.check('#claim-purchase');
  await type(page, 'price', '4万余');
  await page.locator('#price').blur();
  await type(page, 'investigation', '１２');
  await page.locator('#investigation').blur();
  await openTeacherArea(page);
  await page.check('#reform-sandbox');
  await openTeacherArea(page);
  await page.check('#burden-reform');
  await page.click('#share');
  await scan();
  // The classroom walk-through, step by step (its reasoning steps cite a Chinese case number).
  await page.click('button[data-case="beijing-chaoyang-2018-ctrip"]');
  await page.click('#step-start');
  while (await page.locator('#step-next').count()) {
    await scan();
    await page.click('#step-next');
  }
  await scan();
  assert.deepEqual([...unmarked], []);
  // The marks are on words, not whole sentences: the English around them stays English.
  assert.match(await page.innerHTML('#next-steps'), /<span lang="zh-CN">"人民法院在线服务"<\/span>/);
  await context.close();
});
