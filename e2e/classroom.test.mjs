// Presentation mode for a classroom projector: a real case, one line at a time, by keys and clicks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, PHONE, DESKTOP } from './browser.mjs';

const OUT = process.env.SCREENSHOT_DIR || 'target/screenshots';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`presentation mode (${name}): ←/→, space, a click, Home/End and Esc; the total last`, async () => {
    const { page, context, log } = await openPage(browser, viewport);
    await page.click('button[data-case="keqiao-2021-ctrip-price"]');
    await page.click('#present-start');
    const counter = () => page.textContent('#present-progress');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'present', 'the keys work at once');
    const total = (await counter()).match(/\/ (\d+)/)[1];
    assert.match(await counter(), /第 1 \//);
    assert.equal(await page.getAttribute('#present .present__slide', 'data-slide'), 'facts', 'the facts come first');
    await page.keyboard.press('ArrowRight');
    assert.match(await counter(), /第 2 \//);
    assert.ok(await page.locator('#present .provision').count() > 0, 'the article on the slide');
    await page.screenshot({ path: `${OUT}/${name}-zh-present.png` });
    await page.keyboard.press('ArrowLeft');
    assert.match(await counter(), /第 1 \//);
    await page.keyboard.press(' ');
    assert.match(await counter(), /第 2 \//);
    await page.click('#present-stage');
    assert.match(await counter(), /第 3 \//);
    await page.keyboard.press('End');
    assert.match(await counter(), new RegExp(`第 ${total} / ${total}`));
    assert.equal((await page.textContent('#present-amount')).trim(), '4,777.48 元', 'the court’s award');
    assert.match(await page.textContent('#present-court'), /本页面计算 4,777.48 元 ｜ 法院判决的数额 4,777.48 元 ✓/);
    assert.match(await page.textContent('#present'), /估算/);
    assert.ok(await page.isDisabled('#present-next'));
    await page.keyboard.press('ArrowRight');
    assert.match(await counter(), new RegExp(`第 ${total} /`), 'the keys still work at the end');
    await page.screenshot({ path: `${OUT}/${name}-zh-present-total.png` });
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#present').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'present-start', 'the focus comes back');
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

// A classroom projector: 1920×1080, a public-interest case. Every slide says the money is not one
// person's; the statutes are large enough to read across a room; the last slide puts this page's
// figure beside the court's.
test('presentation for a room (1920×1080): the warning on every slide, statutes of 24 px and more, the court beside the page', async () => {
  const { page, context, log } = await openPage(browser, { width: 1920, height: 1080 });
  await page.click('button[data-case="hangzhou-2020-10605"]');
  await page.click('#present-start');
  const total = Number((await page.textContent('#present-progress')).match(/\/ (\d+)/)[1]);
  for (let i = 1; i <= total; i++) {
    assert.ok(await page.locator('#present-public-interest').isVisible(), `slide ${i}: the public-interest warning`);
    for (const size of await page.$$eval('#present .provision__text p', (ps) => ps.map((p) => parseFloat(getComputedStyle(p).fontSize)))) {
      assert.ok(size >= 24, `slide ${i}: a statute at ${size} px`);
    }
    if (i === 2) await page.screenshot({ path: `${OUT}/projector-zh-present.png` });
    if (i < total) await page.keyboard.press('ArrowRight');
  }
  assert.match(await page.textContent('#present-court'), /本页面计算 34,000 元 ｜ 法院判决的数额 34,000 元 ✓/);
  await page.screenshot({ path: `${OUT}/projector-zh-present-total.png` });
  await page.keyboard.press('Escape');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('"what if…?": a teacher changes a figure and the case stays, the court beside the new figure', async () => {
  const { page, context } = await openPage(browser, DESKTOP);
  await page.click('button[data-case="hangzhou-2020-10605"]');
  await page.fill('#gain-amount', '50000');
  assert.match(await page.textContent('.case h2'), /杭州/);
  assert.match(await page.textContent('.case__figure'), /34,000 元/);
  assert.match(await page.textContent('#case-changed'), /5 万元/);
  await context.close();
});
