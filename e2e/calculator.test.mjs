// The calculator as a consumer uses it at 360×740: the four tasks of an individual (no money
// lost but scam calls; scammed after a leak; understand a real case; what I must prove), typing,
// errors, language and the session.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, type, typeByHand, totalText, PHONE, DESKTOP, ready, switchLanguage } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('task 1: no money lost but scam calls — ¥0 with its reason, then the court’s discretion in words', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  await page.check('#loss-none');
  assert.equal(await totalText(page), '0 元');
  assert.match(await page.textContent('#total-reason'), /没有可以计算的金钱赔偿/);
  assert.match(await page.textContent('#relief'), /删除您的个人信息/);
  assert.match(await page.textContent('#relief'), /不受三年诉讼时效的限制/);
  assert.equal(await page.locator('#practice').count(), 0);

  await page.check('#loss-unquantifiable');
  assert.equal(await totalText(page), '由法院根据实际情况酌定');
  assert.match(await page.textContent('#total-min'), /至少：您能证明的数额 0 元/);
  assert.match(await page.textContent('#total-ceiling'), /50 万元，不是通常判赔的数额/);
  assert.match(await page.textContent('.sticky-total'), /法院酌定/);
  assert.doesNotMatch(await page.textContent('.sticky-total'), /500,000/);
  const practice = await page.textContent('#practice');
  assert.match(practice, /是实务，不是法律规定/);
  assert.match(practice, /合理支出 1 万元/);
  await typeByHand(page, 'notarisation', '1000');
  assert.match(await page.textContent('#total-min'), /1,000 元/, 'documented expenses are the provable minimum');
  await typeByHand(page, 'claimed-property', '3000');
  assert.match(await page.textContent('#total-ceiling'), /最高 4,000 元/, 'the claim caps the award');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('task 2: scammed after a leak — a share from ¥0, never the whole loss', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  await page.check('#loss-amount');
  await typeByHand(page, 'direct-loss', '¥8,000.00');
  await page.locator('#direct-loss').blur();
  assert.equal(await totalText(page), '8,000 元');
  await page.check('#third-party');
  await typeByHand(page, 'recovered', '2000');
  assert.equal(await totalText(page), '0 元至 6,000 元');
  const line = page.locator('li[data-line="property_damages"]');
  await line.locator('summary').click();
  const why = await line.locator('.line__why').textContent();
  assert.match(why, /不是全部/);
  assert.match(why, /第一千一百七十五条/);
  assert.match(why, /损害是因第三人造成的，第三人应当承担侵权责任。/);
  await page.click('button[data-case="beijing-chaoyang-2018-ctrip"]');
  assert.match(await page.textContent('.case__figure'), /5 万元/);
  assert.equal(await totalText(page), '0 元至 10 万元');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('task 3: the Hangzhou example is understood as public interest, outside any panel', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  await page.click('button[data-case="hangzhou-2020-10605"]');
  assert.equal(await totalText(page), '34,000 元');
  assert.ok(await page.locator('#case-public-interest').isVisible(), 'the warning is not collapsed');
  assert.match(await page.textContent('#case-public-interest'), /赔偿款归公益，不归任何个人/);
  assert.match(await page.textContent('#result-heading'), /公益诉讼，不是个人可得的数额/);
  assert.match(await page.textContent('.case'), /\(2020\)浙0192民初10605号/);
  const line = page.locator('li[data-line="property_damages"]');
  await line.locator('summary').click();
  const why = await line.locator('.line__why').textContent();
  assert.match(why, /按获利计算：34,000 元/);
  assert.match(why, /一条信息约 0\.85 元/);
  assert.match(why, /按照被侵权人因此受到的损失或者侵权人因此获得的利益赔偿/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('task 4: what I must prove — presumed fault, causation, the standard', async () => {
  const { page, context } = await openPage(browser, PHONE);
  await page.check('#loss-none');
  const notes = page.locator('.notes');
  const fault = notes.locator('details', { hasText: '过错推定' });
  assert.match(await fault.textContent(), /因果关系/);
  assert.match(await fault.textContent(), /高度可能性/);
  await fault.locator('summary').click();
  assert.match(await fault.textContent(), /个人信息处理者不能证明自己没有过错的/);
  await type(page, 'conduct-date', '2021-06-01');
  assert.match(await notes.textContent(), /一般过错责任/, 'before the PIPL: ordinary fault');
  await type(page, 'conduct-date', '2010-06-01');
  assert.match(await page.textContent('#pi-not-covered'), /侵权责任法/, 'before the Tort Liability Law');
  await context.close();
});

test('what people type is understood; a bad value is explained next to its field', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  assert.equal(await page.locator('[aria-live]').count(), 1, 'one live region, there before any result');
  await page.check('#loss-amount');
  const before = await page.textContent('[aria-live]');
  await type(page, 'direct-loss', '３．４万');
  assert.equal(await totalText(page), '34,000 元');
  assert.equal(await page.textContent('[aria-live]'), before, 'nothing said while typing');
  await page.locator('#direct-loss').blur();
  assert.equal(await page.textContent('[aria-live]'), '合计（估算）：34,000 元', 'said on leaving, money as 元');
  await type(page, 'notarisation', '¥1,000.00');
  assert.equal(await totalText(page), '35,000 元');

  // While typing, nothing is called wrong: "¥", "¥34," are still being typed.
  for (const partial of ['¥', '¥34,', '¥34,0']) {
    await type(page, 'lawyer', partial);
    assert.match(await page.textContent('.total__stale'), /^正在输入/, `${partial}: still typing, not "an input error"`);
    assert.equal(await page.locator('#lawyer-error').count(), 0, partial);
    assert.equal(await page.locator('#error-summary').count(), 0, partial);
  }
  await type(page, 'lawyer', '-500');
  const input = page.locator('#lawyer');
  assert.equal(await input.getAttribute('aria-invalid'), null, 'no error before leaving the field');
  await input.blur();
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  assert.equal(await input.getAttribute('aria-describedby'), 'lawyer-error');
  assert.equal(await page.textContent('#lawyer-error'), '金额不能为负数。');
  assert.match(await page.textContent('#error-summary'), /有 1 处需要修改/);
  assert.match(await page.textContent('#error-summary'), /律师费：金额不能为负数/);
  await page.click('#error-summary a');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'lawyer', 'the summary link focuses the field');
  assert.match(await page.textContent('[aria-live]'), /^律师费：金额不能为负数。 .*上一次有效输入.*35,000 元$/, 'the field, its problem, and that the result is stale');
  assert.equal(await totalText(page), '35,000 元', 'the last valid result stays, marked stale');
  assert.equal(await page.inputValue('#direct-loss'), '３．４万', 'nothing else typed is lost');

  await type(page, 'lawyer', '500.999');
  assert.equal(await page.textContent('#lawyer-error'), '最多两位小数（精确到分）。');
  await type(page, 'lawyer', '500');
  assert.equal(await page.locator('#lawyer-error').count(), 0);
  assert.equal(await totalText(page), '35,000 元至 35,500 元', 'lawyer’s fees are the court’s call');
  // Once right, the field is quiet again while it is edited: "¥" is typing, not an error.
  await type(page, 'lawyer', '¥');
  assert.equal(await page.locator('#lawyer-error').count(), 0, 'a valid field edited again waits for leaving');
  await page.locator('#lawyer').blur();
  assert.equal(await page.textContent('#lawyer-error'), '请只填数字，例如 34000 或 34000.50。');
  await type(page, 'lawyer', '500');
  assert.equal(await page.locator('#lawyer-error').count(), 0, 'fixed: the message goes at once');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('one person’s share of a gain, labelled as an estimate', async () => {
  const { page, context } = await openPage(browser, DESKTOP);
  await page.check('#gain-pro-rata');
  await type(page, 'total-gain', '34000');
  await type(page, 'all-records', '40000');
  assert.equal(await totalText(page), '0.85 元');
  assert.match(await page.textContent('.total__label'), /含估算/);
  await page.check('#serious');
  await type(page, 'mental-claimed', '5000');
  assert.equal(await totalText(page), '0.85 元至 5,000.85 元');
  await context.close();
});

test('English by a visible switch, remembered for the tab with the form; clear wipes it', async () => {
  const { page, context } = await openPage(browser, PHONE);
  await switchLanguage(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.textContent('h1'), /Weiquan/);
  await page.check('#loss-amount');
  await type(page, 'direct-loss', '1.2亿');
  assert.equal(await totalText(page), '120,000,000 yuan');
  assert.match(await page.textContent('.total'), /not legal advice/);

  await page.reload();
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.inputValue('#direct-loss'), '1.2亿');

  await page.click('#clear-all');
  assert.equal(await page.locator('#direct-loss').count(), 0);
  assert.equal(await page.locator('#total-amount').count(), 0);
  await page.reload();
  await ready(page);
  assert.equal(await page.isChecked('#loss-amount'), false);
  assert.equal(await page.getAttribute('html', 'lang'), 'en', 'clearing keeps the chosen language');
  await context.close();
});

test('an opened note or element stays open on the same sentence when others come and go above it', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  const openNotes = () => page.$$eval('.notes details.note[open] > summary', (s) => s.map((e) => e.textContent));
  await page.check('#loss-none');
  const faultNote = page.locator('.notes details.note > summary', { hasText: '过错推定' });
  await faultNote.click();
  const opened = await openNotes();
  assert.equal(opened.length, 1);
  assert.match(opened[0], /^过错推定/);
  // The note about the missing date sits above it; giving the date removes that note.
  assert.match(await page.locator('.notes .note').first().textContent(), /没有填写侵权行为发生的日期/);
  await page.fill('#conduct-date', '2023-05-01');
  await page.locator('#conduct-date').blur();
  assert.doesNotMatch(await page.locator('.notes .note').first().textContent(), /没有填写/);
  assert.deepEqual(await openNotes(), opened, 'the same note is open, and only it');
  // And when a note below goes: "serious harm" removes the note on mental damages.
  await faultNote.click();
  await page.locator('.notes details.note > summary', { hasText: '利用信息网络' }).click();
  await page.check('#serious');
  const after = await openNotes();
  assert.equal(after.length, 1);
  assert.match(after[0], /^“利用信息网络”/);
  // In the burden explainer, open an element's evidence list, then add a purchase claim whose
  // explainer comes after: the personal-information element keeps its open list.
  const gather = page.locator('.explainer').first().locator('.element').nth(3).locator('details.element__gather');
  await gather.locator('summary').click();
  // A result line the reader opened stays open when a second claim puts a combined total above.
  await page.locator('li[data-line="property_damages"] summary').click();
  await page.check('#claim-purchase');
  await page.fill('#price', '100');
  await page.locator('#price').blur();
  assert.equal(await page.$eval('#result li[data-line="property_damages"] details', (d) => d.open), true);
  assert.match(await page.textContent('#result'), /各项请求合计/, 'the combined total is above');
  const openGathers = await page.$$eval('.explainer', (xs) => xs.map((x) =>
    [...x.querySelectorAll('.element')].map((e) => !!e.querySelector('details.element__gather[open]'))));
  assert.deepEqual(openGathers[0], [false, false, false, true, false]);
  assert.ok(openGathers.slice(1).flat().every((o) => !o), 'nothing opened in the new explainer');
  assert.deepEqual(log.errors, []);
  await context.close();
});
