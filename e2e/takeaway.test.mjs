// What suing costs and what the user takes away: fees, interest and limitation on the page; the
// print-to-PDF pages; the plain-text copy; the share link and a tampered one; the complaint
// draft and its download.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, ready, type, totalText, BASE_URL, PHONE, DESKTOP, switchLanguage, FULL } from './browser.mjs';

const OUT = process.env.SCREENSHOT_DIR || 'target/screenshots';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('the seed case: the court fee ¥100–500 as a personality-rights claim; interest and limitation from dates', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  await page.click('button[data-case="hangzhou-2020-10605"]');
  const fee = page.locator('#costs li[data-line="court_fee_personality"]');
  assert.match(await fee.locator('.line__amount').textContent(), /100 元至 500 元/);
  await type(page, 'knew-on', '2023-05-10');
  await type(page, 'as-of', '2026-05-11');
  const limitation = page.locator('#costs li[data-line="limitation"]');
  await limitation.locator('summary').click();
  assert.match(await limitation.textContent(), /期间最后一日为 2026-05-10/);
  assert.match(await limitation.textContent(), /三年期间已经过去/);
  await type(page, 'judgment-unpaid', '34000');
  await type(page, 'pay-deadline', '2025-03-01');
  await type(page, 'paid-on', '2025-06-09');
  assert.match(await page.locator('#costs li[data-line="late_interest"] .line__amount').textContent(), /595 元/);
  await page.locator('#costs').screenshot({ path: `${OUT}/phone-zh-costs.png` });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('print to PDF: the whole Assessment with inputs and citations, no interface', async () => {
  const { page, context } = await openPage(browser, DESKTOP);
  await page.check('#loss-amount');
  await type(page, 'direct-loss', '8000');
  await type(page, 'notarisation', '1000');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  assert.equal(await page.isVisible('#print-inputs'), true, 'what was typed');
  assert.equal(await page.isVisible('#presets-heading'), false, 'no interface');
  assert.equal(await page.isVisible('#direct-loss'), false);
  assert.ok(await page.isVisible('#result .provision'), 'the citations are open');
  assert.match(await page.textContent('#result'), /不是法律意见/);
  const pdf = await page.pdf({ format: 'A4', path: `${OUT}/print.pdf` });
  assert.ok(pdf.length > 10_000);
  await page.screenshot({ path: `${OUT}/desktop-zh-print.png`, fullPage: true });
  await context.close();
});

test('copy as text, and the share link round trip', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
  await page.check('#loss-amount');
  await type(page, 'direct-loss', '8000');
  await type(page, 'lawyer', '2000');
  await page.click('#show-text');
  await page.click('#copy');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /8,000 元/);
  assert.equal(copied, await page.inputValue('#summary-text'));

  assert.equal(await page.locator('#share-link').count(), 0, 'made only on request');
  await page.click('#share');
  const link = await page.inputValue('#share-link');
  const url = new URL(link);
  assert.equal(url.search, '?full=1', 'only the page\'s own choice in the query: nothing typed reaches a server');
  assert.match(url.hash, /direct-loss=8000/);

  const other = await browser.newContext({ viewport: PHONE });
  const fresh = await other.newPage();
  await fresh.goto(link);
  await ready(fresh);
  assert.match(await fresh.textContent('#notice'), /已按分享链接填好表单/);
  assert.equal(await fresh.inputValue('#direct-loss'), '8000');
  assert.equal(await fresh.inputValue('#lawyer'), '2000');
  assert.equal(await totalText(fresh), await totalText(page));
  assert.equal(new URL(fresh.url()).hash, '', 'the fragment is cleared once read');
  // Cut short between two pairs, or one figure changed: caught by the link's check, and what
  // the tab had stays as it was.
  for (const bad of [link.slice(0, link.indexOf(';lawyer')), link.replace('8000', '9000')]) {
    await fresh.goto('about:blank');
    await fresh.goto(bad);
    await ready(fresh);
    assert.match(await fresh.textContent('#notice'), /分享链接无法读取.*表单没有改动/, bad);
    assert.equal(await fresh.inputValue('#direct-loss'), '8000');
  }
  await other.close();
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a tampered or truncated link gives a clear message and an empty form, never a panic', async () => {
  for (const hash of ['#w1;loss=amount;direct-loss=8000;bogus=1', '#w9;x', '#w1;direct-loss=%ZZ', '#w1;' + 'a'.repeat(5000), '#%']) {
    const { page, context, log } = await openPage(browser, PHONE, FULL + hash);
    // Only a fragment that starts like a link (w and a digit) is one; '#%' is an anchor.
    if (hash === '#%') assert.equal(await page.locator('#notice').count(), 0);
    else assert.match(await page.textContent('#notice'), /分享链接无法读取/, hash);
    assert.equal(await page.locator('#direct-loss').count(), 0, 'an empty form');
    await page.check('#loss-amount');
    await type(page, 'direct-loss', '100');
    assert.equal(await totalText(page), '100 元', 'the page keeps answering');
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('the complaint draft: claims in figures and capitals, provisions, fee; downloadable as .txt', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  await page.click('button[data-case="keqiao-2021-ctrip-price"]');
  await page.click('#show-complaint');
  const draft = await page.textContent('#complaint-text');
  assert.match(draft, /民事起诉状（草稿）/);
  assert.match(draft, /不是法律意见/);
  assert.match(draft, /原告：_+/);
  assert.match(draft, /人民币[\d,]+\.\d\d元（大写：[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+）/);
  assert.match(draft, /《中华人民共和国消费者权益保护法》第五十五条第一款/);
  assert.match(draft, /案件受理费（财产案件） 50 元/);
  await page.locator('#complaint').screenshot({ path: `${OUT}/phone-zh-complaint.png` });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#complaint-download')]);
  assert.equal(download.suggestedFilename(), '起诉状草稿.txt');
  assert.equal(readFileSync(await download.path(), 'utf8'), draft);
  // The other language is another build of the page: the answers come along, the draft is
  // opened again.
  await switchLanguage(page);
  await page.click('#show-complaint');
  assert.match(await page.textContent('#complaint-text'), /LETTER BEFORE ACTION/);
  assert.deepEqual(log.errors, []);
  await context.close();
});
