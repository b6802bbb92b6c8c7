// What the user chose is sacred: a reload, a share link, a preset link and the Back button show
// exactly what was there, and a link pasted into an open tab replaces the form with an undo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { launch, openPage, ready, type, totalText, BASE_URL, PHONE, switchLanguage, FULL, openTeacherArea } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// Every preset of the catalogue, as the page lists them.
const PRESETS = readdirSync(new URL('../src/cases/', import.meta.url))
  .filter((n) => n.endsWith('.json'))
  .map((n) => n.slice(0, -'.json'.length));

// Everything the user sees of their answers: each control's value or state, the total, the case
// panel and the language.
async function snapshot(page) {
  return page.evaluate(() => ({
    controls: Object.fromEntries([...document.querySelectorAll('#root input:not([readonly])')].map((i) => [
      i.id, i.type === 'checkbox' || i.type === 'radio' ? i.checked : i.value,
    ])),
    total: document.querySelector('#total-amount')?.textContent.trim() ?? null,
    case: document.querySelector('.case h2')?.textContent ?? null,
    publicInterest: document.querySelector('#public-interest-warning') !== null,
    lang: document.documentElement.lang,
  }));
}

// Waits until the page has written what it remembers (it writes when the user pauses).
async function settled(page) {
  await page.waitForTimeout(600);
}

async function reload(page) {
  await page.reload();
  await ready(page);
}

test('a reload shows exactly what was there, for every preset', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  for (const id of PRESETS) {
    await page.click(`button[data-case="${id}"]`);
    const before = await snapshot(page);
    assert.ok(before.total !== null || id === 'beijing-4th-2024-order-leak', id);
    await settled(page);
    await reload(page);
    assert.deepEqual(await snapshot(page), before, id);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a preset link shows the case as the button does, and a reload keeps what was edited', async () => {
  const reference = {};
  {
    const { page, context } = await openPage(browser, PHONE);
    for (const id of PRESETS) {
      await page.click(`button[data-case="${id}"]`);
      reference[id] = await snapshot(page);
    }
    await context.close();
  }
  for (const id of PRESETS) {
    const { page, context, log } = await openPage(browser, PHONE, `${BASE_URL}?case=${id}`);
    assert.deepEqual(await snapshot(page), reference[id], id);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
  const { page, context } = await openPage(browser, PHONE, `${BASE_URL}?case=hangzhou-2020-10605`);
  assert.equal(await totalText(page), '34,000 元');
  assert.ok((await snapshot(page)).publicInterest, 'the public-interest warning is there');
  await settled(page);
  await reload(page);
  assert.equal(await totalText(page), '34,000 元', 'a reload of the link changes nothing');
  await type(page, 'notarisation', '1000');
  await page.locator('#notarisation').blur();
  const edited = await snapshot(page);
  await settled(page);
  await reload(page);
  assert.deepEqual(await snapshot(page), edited, 'a reload keeps the edit; the link is not applied again');
  await context.close();
});

test('?lang= applies when the link is opened, not over a later switch', async () => {
  const { page, context } = await openPage(browser, PHONE, `${FULL}&lang=en`);
  assert.equal((await snapshot(page)).lang, 'en');
  await switchLanguage(page);
  await settled(page);
  await reload(page);
  assert.equal((await snapshot(page)).lang, 'zh-CN');
  await context.close();
});

test('share links give the recipient the same answers and total', async () => {
  const forms = [
    async (page) => { await page.check('#loss-amount'); await type(page, 'direct-loss', '8000'); await page.check('#third-party'); await type(page, 'recovered', '2000'); },
    async (page) => { await page.click('button[data-case="hangzhou-2020-10605"]'); },
    async (page) => { await page.click('button[data-case="guiding-23-sun-yinshan-sausage"]'); await page.check('#buyer-knew'); await type(page, 'reasonable-part', '20'); },
    async (page) => {
      await page.check('#claim-purchase'); await page.check('#rule-food'); await type(page, 'price', '45');
      await page.check('#gain-pro-rata'); await type(page, 'total-gain', '34000'); await type(page, 'all-records', '40000'); await type(page, 'own-records', '3');
      await page.check('#serious'); await type(page, 'mental-claimed', '2000'); await page.uncheck('#via-network');
      await page.check('#alloc-failed-to-vet'); await page.check('#reading-proportional'); await type(page, 'alloc-share', '30');
      await type(page, 'knew-on', '2024-05-01'); await type(page, 'as-of', '2026-12-01');
    },
  ];
  for (const [i, fill] of forms.entries()) {
    const { page, context } = await openPage(browser, PHONE);
    await fill(page);
    const sent = await snapshot(page);
    await page.click('#share');
    const link = await page.inputValue('#share-link');
    const other = await browser.newContext({ viewport: PHONE });
    const recipient = await other.newPage();
    await recipient.goto(link);
    await ready(recipient);
    const got = await snapshot(recipient);
    assert.deepEqual({ ...got, case: null }, { ...sent, case: null }, `form ${i}`);
    await settled(recipient);
    await reload(recipient);
    assert.deepEqual({ ...(await snapshot(recipient)), case: null }, { ...sent, case: null }, `form ${i}, reloaded`);
    await other.close();
    await context.close();
  }
});

test('a share link pasted into an open tab replaces the form, and can be undone', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  await page.click('button[data-case="keqiao-2021-ctrip-price"]');
  const link = await (async () => {
    await page.click('#share');
    return page.inputValue('#share-link');
  })();
  await page.click('button[data-case="hangzhou-2020-10605"]');
  const mine = await snapshot(page);
  // Pasting a link that differs only after # does not reload the page.
  await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
  await page.waitForSelector('#notice');
  assert.match(await page.textContent('#notice'), /已按分享链接填好表单/);
  assert.equal(await totalText(page), '4,777.48 元');
  assert.equal(new URL(page.url()).hash, '', 'the fragment is taken off the address');
  await page.click('#undo');
  assert.deepEqual({ ...(await snapshot(page)), case: null }, { ...mine, case: null });
  await settled(page);
  await reload(page);
  assert.deepEqual({ ...(await snapshot(page)), case: null }, { ...mine, case: null }, 'and no later reload applies the link');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('following the total to #result and reloading keeps the form', async () => {
  const { page, context } = await openPage(browser, PHONE);
  await page.check('#loss-amount');
  await type(page, 'direct-loss', '8000');
  await page.click('a[href="#result"]');
  assert.equal(new URL(page.url()).hash, '#result');
  const before = await snapshot(page);
  await settled(page);
  await reload(page);
  assert.deepEqual(await snapshot(page), before);
  assert.equal(await page.locator('#notice').count(), 0, 'an anchor is not a broken link');
  await context.close();
});

test('Back shows what that page showed, even after another case was opened in the tab', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  await page.check('#loss-amount');
  await type(page, 'direct-loss', '8000');
  await page.locator('#direct-loss').blur();
  const first = await snapshot(page);
  await settled(page);
  await page.click('#gallery-link');
  await page.waitForSelector('.gallery');
  await page.goBack();
  await ready(page);
  assert.deepEqual(await snapshot(page), first, 'Back to the calculator');
  await page.click('#gallery-link');
  await page.waitForSelector('.gallery');
  await page.click('#chancheng-2021-expired-beer a');
  await ready(page);
  assert.match(await totalText(page), /1,054 元/);
  await settled(page);
  await page.goBack();
  await page.waitForSelector('.gallery');
  await page.goBack();
  await ready(page);
  assert.deepEqual(await snapshot(page), first, 'Back twice: the first page as it was');
  await page.goForward();
  await page.waitForSelector('.gallery');
  await page.goForward();
  await ready(page);
  assert.match(await totalText(page), /1,054 元/, 'Forward: the case as it was');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a reload with a field in error shows the last result and the error, not an empty prompt', async () => {
  const { page, context } = await openPage(browser, PHONE);
  await page.check('#loss-amount');
  await type(page, 'direct-loss', '8000');
  await type(page, 'lawyer', '12.345');
  await page.locator('#lawyer').blur();
  const before = await snapshot(page);
  assert.equal(before.total, '8,000 元');
  await settled(page);
  await reload(page);
  assert.deepEqual(await snapshot(page), before);
  assert.match(await page.textContent('#lawyer-error'), /两位小数/);
  assert.match(await page.textContent('.total__stale'), /上一次有效输入/);
  await context.close();
});

test('an amount too large to compute is an error on the field that made it; the rest answers', async () => {
  const { page, context } = await openPage(browser, PHONE);
  await page.check('#gain-actual');
  await type(page, 'gain-amount', '34000');
  await openTeacherArea(page);
  await page.check('#reform-sandbox');
  await type(page, 'reform-multiple', '100000000000');
  await page.locator('#reform-multiple').blur();
  assert.match(await page.textContent('#reform-multiple-error'), /上限/);
  assert.equal(await totalText(page), '34,000 元');
  await page.check('#gain-pro-rata');
  await type(page, 'total-gain', '34000');
  await type(page, 'all-records', '40000');
  await type(page, 'own-records', '999999999999');
  await page.locator('#own-records').blur();
  assert.match(await page.textContent('#own-records-error'), /不能多于全部条数/);
  assert.equal(await page.locator('.result__error').count(), 0, 'no "too large to compute" in place of the result');
  await context.close();
});

test('text that reorders what is shown is taken out; the firm shows only when embedded', async () => {
  const { page, context } = await openPage(browser, PHONE);
  await page.check('#loss-amount');
  await page.locator('#direct-loss').pressSequentially('\u202e43');
  assert.equal(await page.inputValue('#direct-loss'), '43');
  assert.equal(await totalText(page), '43 元');
  await context.close();
  const plain = await openPage(browser, PHONE, `${FULL}&firm=${encodeURIComponent('某律所')}`);
  assert.equal(await plain.page.locator('#firm').count(), 0, 'not embedded: no firm on the calculator');
  await plain.context.close();
  const embedded = await openPage(browser, PHONE, `${FULL}&embed=1&firm=${encodeURIComponent('\u202e某律所')}`);
  assert.equal((await embedded.page.textContent('#firm')).includes('\u202e'), false);
  await embedded.context.close();
});

test('copy tells the user what happened, where the clipboard API is missing too', async () => {
  const context = await browser.newContext({ viewport: PHONE });
  await context.addInitScript(() => { delete Navigator.prototype.clipboard; });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(FULL);
  await ready(page);
  await page.click('button[data-case="hangzhou-2020-10605"]');
  await page.click('#show-text');
  await page.click('#copy');
  assert.match(await page.textContent('#summary-text-copied'), /已复制|请长按/);
  await type(page, 'notarisation', '100');
  assert.equal(await totalText(page), '34,100 元', 'the page still answers');
  assert.deepEqual(errors, []);
  await context.close();
});
