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
    assert.ok(await page.locator('#present .provision').count() > 0, 'the article on the slide');
    await page.screenshot({ path: `${OUT}/${name}-zh-present.png` });
    await page.keyboard.press('ArrowRight');
    assert.match(await counter(), /第 2 \//);
    await page.keyboard.press('ArrowLeft');
    assert.match(await counter(), /第 1 \//);
    await page.keyboard.press(' ');
    assert.match(await counter(), /第 2 \//);
    await page.click('#present-stage');
    assert.match(await counter(), /第 3 \//);
    await page.keyboard.press('End');
    assert.match(await counter(), new RegExp(`第 ${total} / ${total}`));
    assert.equal((await page.textContent('#present-amount')).trim(), '4,777.48 元', 'the court’s award');
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
