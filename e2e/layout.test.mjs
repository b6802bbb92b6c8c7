// Mobile first: at 360×740 nothing overflows, every control is a ≥ 44 px tap target, and the
// total stays in sight; screenshots at 360×740 and 1280×800 in both languages are saved.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { launch, openPage, PHONE, DESKTOP, BASE_URL, switchLanguage, openTeacherArea } from './browser.mjs';

const OUT = process.env.SCREENSHOT_DIR || 'test-results/screenshots';
let browser;
before(async () => { browser = await launch(); mkdirSync(OUT, { recursive: true }); });
after(async () => { await browser.close(); });

async function loadCase(page, lang) {
  if (lang === 'en') await switchLanguage(page);
  await page.click('button[data-case="hangzhou-2020-10605"]');
  await page.locator('li[data-line="property_damages"] summary').click();
}

test('at 360×740 nothing overflows and every control is at least 44 px tall', async () => {
  const { page, context } = await openPage(browser, PHONE);
  for (const lang of ['zh', 'en']) {
    if (lang === 'en') await switchLanguage(page);
    await page.click('button[data-case="beijing-chaoyang-2018-ctrip"]');
    await page.check('#serious');
    // The longest figures anyone can type: the total becomes a range of twelve-digit yuan.
    await page.fill('#direct-loss', '1000亿');
    await page.check('#gain-actual');
    await page.fill('#gain-amount', '999亿');
    await page.fill('#mental-claimed', '¥99,999,999,999.99');
    await page.fill('#lawyer', 'not a number');
    for (const summary of await page.locator('details > summary').all()) await summary.click();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${lang}: page is ${width}px wide`);
    const small = await page.$$eval('input[type=text], input[type=date], button, summary, label.check, .sticky-total', (els) =>
      els.filter((e) => e.offsetParent !== null || getComputedStyle(e).position === 'fixed')
        .map((e) => [e.id || e.className || e.tagName, Math.round(e.getBoundingClientRect().height)])
        .filter(([, h]) => h < 44));
    assert.deepEqual(small, [], `${lang}: tap targets under 44px`);
    // Inside a sideways-scrolling row (the presets on a phone) an item past the edge is reached by
    // swiping; the row itself must still fit.
    const overflowing = await page.$$eval('body *', (els) => {
      const scrolls = (e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
      const inScroller = (e) => { for (let a = e.parentElement; a; a = a.parentElement) if (scrolls(a)) return true; return false; };
      return els
        .filter((e) => e.getBoundingClientRect().right > 361 && getComputedStyle(e).position !== 'fixed' && !inScroller(e))
        .map((e) => e.className || e.tagName);
    });
    assert.deepEqual(overflowing, [], `${lang}: elements past the right edge`);
  }
  await context.close();
});

test('on a phone the total is visible without hunting', async () => {
  const { page, context } = await openPage(browser, PHONE);
  await page.click('button[data-case="hangzhou-2020-10605"]');
  const bar = page.locator('.sticky-total');
  assert.ok(await bar.isVisible());
  assert.match(await bar.textContent(), /34,000 元/);
  const box = await bar.boundingBox();
  assert.ok(box.y + box.height <= 740 && box.y >= 740 - 80, 'pinned to the bottom of the screen');
  await context.close();
});

test('one cue on every disclosure, words at 16 px in the accent colour; no text under 14 px', async () => {
  for (const lang of ['zh', 'en']) {
    const { page, context } = await openPage(browser, PHONE);
    if (lang === 'en') await switchLanguage(page);
    await page.click('button[data-case="beijing-chaoyang-2018-ctrip"]');
    await page.check('#claim-purchase');
    await page.fill('#price', '100');
    const cues = () => page.$$eval('details > summary', (ss) => ss.filter((s) => s.offsetParent !== null).map((s) => {
      const cue = s.classList.contains('cue') ? s : s.querySelector('.cue');
      if (!cue) return { text: s.textContent.slice(0, 30), cue: null };
      const style = getComputedStyle(cue);
      return { text: s.textContent.slice(0, 30), cue: cue.textContent, size: parseFloat(style.fontSize), color: style.color,
        mark: getComputedStyle(cue, '::after').content, marker: getComputedStyle(s).display === 'list-item' && getComputedStyle(s).listStyleType !== 'none' };
    }));
    const closed = await cues();
    assert.ok(closed.length >= 20, `${lang}: ${closed.length} disclosures`);
    for (const c of closed) {
      assert.ok(c.cue, `${lang}: "${c.text}" has a cue`);
      assert.ok(c.size >= 16, `${lang}: "${c.text}" cue at ${c.size}px`);
      assert.equal(c.color, 'rgb(179, 38, 30)', `${lang}: "${c.text}" in the accent colour`);
      assert.match(c.mark, /›/, `${lang}: "${c.text}" shows › when closed`);
      assert.equal(c.marker, false, `${lang}: "${c.text}" has no second, native marker`);
    }
    for (const summary of await page.locator('details > summary').all()) if (await summary.isVisible()) await summary.click();
    for (const c of await cues()) assert.match(c.mark, /⌄/, `${lang}: "${c.text}" shows ⌄ when open`);
    const small = await page.$$eval('body *', (els) => els
      .filter((e) => e.offsetParent !== null && !e.closest('.visually-hidden') && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
      .map((e) => [e.className || e.tagName, parseFloat(getComputedStyle(e).fontSize)])
      .filter(([, size]) => size < 14));
    assert.deepEqual(small, [], `${lang}: text under 14 px`);
    // A sum is one unit: "316.20 元" never wraps between its figure and its unit.
    const broken = await page.$$eval('.money:not(.money--long)', (els) => els
      .filter((e) => e.offsetParent !== null && e.getClientRects().length > 1).map((e) => e.textContent));
    assert.deepEqual(broken, [], `${lang}: sums broken across lines`);
    await context.close();
  }
});

test('on a wide screen the guided questions are one column, not squeezed into the form-and-result grid (screenshots)', async () => {
  const { page, context } = await openPage(browser, DESKTOP, BASE_URL);
  const width = await page.locator('.flow').evaluate((e) => e.getBoundingClientRect().width);
  // 40rem less nothing: the card had been 296 px wide in the grid's first column.
  assert.ok(width >= 600, `the question card is ${width}px wide`);
  const cardBottom = await page.locator('.flow').evaluate((e) => e.getBoundingClientRect().bottom);
  const linkTop = await page.locator('.layout--guided > :last-child').evaluate((e) => e.getBoundingClientRect().top);
  assert.ok(linkTop >= cardBottom, 'what follows the card is below it, not beside it');
  await page.screenshot({ path: `${OUT}/desktop-zh-guided.png` });
  await context.close();
});

test('screenshots at 360×740 and 1280×800, zh and en', async () => {
  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    for (const lang of ['zh', 'en']) {
      const { page, context, log } = await openPage(browser, viewport);
      await loadCase(page, lang);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${OUT}/${name}-${lang}.png` });
      await page.locator('#result').evaluate((e) => e.scrollIntoView());
      await page.screenshot({ path: `${OUT}/${name}-${lang}-result.png` });
      // A consumer whose loss cannot be put in figures: the court decides, in words.
      await page.click('#clear-all');
      await page.check('#loss-unquantifiable');
      await page.fill('#notarisation', '1000');
      await page.locator('#result').evaluate((e) => e.scrollIntoView());
      await page.screenshot({ path: `${OUT}/${name}-${lang}-discretion.png` });
      // A fraud on the price (the Ctrip case): the price bases side by side, the proof it needs.
      await page.click('button[data-case="keqiao-2021-ctrip-price"]');
      await page.locator('li[data-line="punitive"] summary').click();
      await page.locator('#result').evaluate((e) => e.scrollIntoView());
      await page.screenshot({ path: `${OUT}/${name}-${lang}-punitive.png` });
      // The reform sandbox on the Hangzhou facts: set apart, never in the total.
      await page.click('button[data-case="hangzhou-2020-10605"]');
      await openTeacherArea(page);
      await page.check('#reform-sandbox');
      await page.fill('#reform-multiple', '3');
      await page.fill('#reform-per-record', '1');
      await page.locator('#reform').evaluate((e) => e.scrollIntoView());
      await page.screenshot({ path: `${OUT}/${name}-${lang}-reform.png` });
      assert.deepEqual(log.errors, []);
      await context.close();
    }
  }
});
