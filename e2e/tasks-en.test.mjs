// The four consumer tasks again, in English at 360×740, with no error shown mid-typing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, typeByHand, totalText, PHONE, switchLanguage } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function english() {
  const opened = await openPage(browser, PHONE);
  await switchLanguage(opened.page);
  assert.equal(await opened.page.getAttribute('html', 'lang'), 'en');
  return opened;
}

test('en task 1: no money lost but scam calls', async () => {
  const { page, context, log } = await english();
  await page.check('#loss-none');
  assert.equal(await totalText(page), '0 yuan');
  assert.match(await page.textContent('#total-reason'), /no money compensation to compute/);
  await page.check('#loss-unquantifiable');
  assert.match(await totalText(page), /For the court to fix/);
  assert.match(await page.textContent('#practice'), /practice, not law/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('en task 2: scammed after a leak, typed as a person types, no error mid-typing', async () => {
  const { page, context, log } = await english();
  await page.check('#loss-amount');
  await typeByHand(page, 'direct-loss', '¥8,000.00');
  await page.locator('#direct-loss').blur();
  assert.equal(await totalText(page), '8,000 yuan');
  await page.check('#third-party');
  await typeByHand(page, 'recovered', '2000');
  assert.match(await totalText(page), /^0 yuan .* 6,000 yuan$/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('en task 3: understand a real case, framed as public interest', async () => {
  const { page, context, log } = await english();
  await page.click('button[data-case="hangzhou-2020-10605"]');
  assert.equal(await totalText(page), '34,000 yuan');
  assert.match(await page.textContent('#result-heading'), /public-interest suit/);
  assert.ok(await page.locator('#case-public-interest').isVisible());
  assert.match(await page.textContent('.case'), /\(2020\)浙0192民初10605号/);
  assert.equal(await page.locator('.case [lang="zh-CN"]').count() > 0, true, 'the case number is marked Chinese');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('en task 4: what I must prove', async () => {
  const { page, context, log } = await english();
  await page.check('#loss-none');
  const burden = await page.textContent('#burden');
  assert.match(burden, /Fault is for the business to disprove/);
  assert.match(burden, /high probability/i);
  assert.deepEqual(log.errors, []);
  await context.close();
});
