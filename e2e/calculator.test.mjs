// The calculator as a consumer uses it: the Hangzhou case, typing, errors, language, the session.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, type, totalText, PHONE, DESKTOP } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('the Hangzhou preset reproduces ¥34,000 and shows why', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  await page.click('button[data-case="hangzhou-2020-10605"]');
  assert.equal(await totalText(page), '¥34,000.00');
  assert.match(await page.textContent('.case'), /\(2020\)浙0192民初10605号/);
  assert.match(await page.textContent('.total'), /不是法律意见/);
  assert.match(await page.textContent('.total'), /法律条文核对至 2026-06-03/);
  const line = page.locator('li[data-line="property_damages"]');
  await line.locator('summary').click();
  const why = await line.locator('.line__why').textContent();
  assert.match(why, /按获利计算：¥34,000\.00（未填写损失）/);
  assert.match(why, /《民法典》第一千一百八十二条/);
  assert.match(why, /按照被侵权人因此受到的损失或者侵权人因此获得的利益赔偿/);
  assert.match(await page.textContent('li[data-line="gain_per_record"]'), /¥0\.85/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('what people type is understood; a bad value is explained next to its field', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  assert.equal(await page.locator('[aria-live]').count(), 1, 'one live region, there before any result');
  await type(page, 'direct-loss', '３．４万');
  assert.equal(await totalText(page), '¥34,000.00');
  assert.equal(await page.textContent('[aria-live]'), '合计（估算）：¥34,000.00');
  await type(page, 'notarisation', '¥1,000.00');
  assert.equal(await totalText(page), '¥35,000.00');

  await type(page, 'lawyer', '-500');
  const input = page.locator('#lawyer');
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  assert.equal(await input.getAttribute('aria-describedby'), 'lawyer-error');
  assert.equal(await page.textContent('#lawyer-error'), '金额不能为负数。');
  assert.match(await page.textContent('#error-summary'), /律师费：金额不能为负数/);
  await page.click('#error-summary a');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'lawyer', 'the summary link focuses the field');
  assert.match(await page.textContent('[aria-live]'), /上一次有效输入.*¥35,000\.00/, 'the live region says the result is stale');
  assert.match(await page.textContent('.total'), /上一次有效输入/);
  assert.equal(await totalText(page), '¥35,000.00', 'the last valid result stays, marked stale');
  assert.equal(await page.inputValue('#direct-loss'), '３．４万', 'nothing else typed is lost');

  await type(page, 'lawyer', '500.999');
  assert.equal(await page.textContent('#lawyer-error'), '最多两位小数（精确到分）。');
  await type(page, 'lawyer', '500');
  assert.equal(await page.locator('#lawyer-error').count(), 0);
  assert.equal(await totalText(page), '¥35,000.00 至 ¥35,500.00', 'lawyer’s fees are the court’s call');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the gain basis, an estimate, and the court’s range when expenses are claimed too', async () => {
  const { page, context } = await openPage(browser, DESKTOP);
  await page.check('#gain-estimate');
  await type(page, 'records', '4万余');
  await type(page, 'price-per-record', '0.85');
  assert.equal(await totalText(page), '¥34,000.00');
  assert.match(await page.textContent('li[data-line="gain_basis"]'), /估算/);
  await type(page, 'lawyer', '3000');
  assert.equal(await totalText(page), '¥34,000.00 至 ¥37,000.00');
  await page.check('#serious');
  await type(page, 'mental-claimed', '5000');
  assert.equal(await totalText(page), '¥34,000.00 至 ¥42,000.00');
  await context.close();
});

test('English by a visible switch, remembered for the tab with the form; clear wipes it', async () => {
  const { page, context } = await openPage(browser, PHONE);
  await page.click('#switch-language');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.textContent('h1'), /Weiquan/);
  await type(page, 'direct-loss', '1.2亿');
  assert.equal(await totalText(page), '¥120,000,000.00');
  assert.match(await page.textContent('.total'), /not legal advice/);

  await page.reload();
  await page.waitForSelector('h1');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.inputValue('#direct-loss'), '1.2亿');

  await page.click('#clear-all');
  assert.equal(await page.inputValue('#direct-loss'), '');
  assert.equal(await page.locator('#total-amount').count(), 0);
  await page.reload();
  await page.waitForSelector('h1');
  assert.equal(await page.inputValue('#direct-loss'), '');
  assert.equal(await page.getAttribute('html', 'lang'), 'en', 'clearing keeps the chosen language');
  await context.close();
});
