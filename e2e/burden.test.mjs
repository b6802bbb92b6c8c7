// The burden explainer, the evidence checklist, the classroom walk-through and the liability
// allocator, as a consumer and a teacher use them on a 360×740 phone; screenshots of each.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { launch, openPage, type, PHONE, DESKTOP, openTeacherArea } from './browser.mjs';

const OUT = process.env.SCREENSHOT_DIR || 'target/screenshots';
mkdirSync(OUT, { recursive: true });

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('the explainer: who proves what, what my evidence supports, what I could still gather', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  const burden = page.locator('#burden');
  assert.match(await burden.textContent(), /过错.*由对方证明/s, 'presumed fault: the processor disproves fault');
  assert.match(await burden.textContent(), /\(2017\)京01民终509号/, 'the causation reasoning cites its judgment');
  const causation = burden.locator('li.element').nth(3);
  assert.match(await causation.textContent(), /还没有勾选支持这一项的证据/);
  await page.check('#evidence-scam-message');
  assert.match(await causation.textContent(), /您已有：诈骗短信/);
  await causation.locator('.element__gather summary').click();
  assert.match(await causation.textContent(), /记下收到诈骗信息的时间/);
  assert.equal(await page.locator('#burden-reform-view').count(), 0, 'proposals hidden by default');
  await openTeacherArea(page);
  await page.check('#burden-reform');
  assert.match(await page.textContent('#burden-reform-view'), /非现行法/);
  // A fraud claim: beyond reasonable doubt.
  await page.click('#add-fraud-claim');
  assert.match(await burden.textContent(), /欺诈.*由您证明.*排除合理怀疑/s);
  await burden.screenshot({ path: `${OUT}/phone-zh-burden.png` });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the classroom walk-through goes one step at a time and back', async () => {
  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    const { page, context, log } = await openPage(browser, viewport);
    await page.click('#step-start');
    assert.match(await page.textContent('#step-counter'), /第 1 \/ 11 步/);
    assert.equal(await page.locator('#step li.element').count(), 1, 'one element per step');
    for (let i = 0; i < 5; i++) await page.click('#step-next');
    assert.match(await page.textContent('#step-counter'), /第 6 \/ 11 步/);
    assert.match(await page.textContent('#step'), /\(2017\)京01民终509号/);
    await page.click('#step-previous');
    assert.match(await page.textContent('#step-counter'), /第 5 \/ 11 步/);
    await page.locator('#step').screenshot({ path: `${OUT}/${name}-zh-classroom.png` });
    await page.click('#step-end');
    assert.equal(await page.locator('#step').count(), 0);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('who pays: joint, corresponding in two readings, after a notice', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  await page.click('button[data-case="chancheng-2021-expired-beer"]');
  const pays = page.locator('#who-pays');
  await page.check('#alloc-knew');
  assert.match(await pays.textContent(), /按“购买的商品或服务”这项请求的数额 1,054 元计算/);
  assert.match(await page.textContent('li[data-party="platform"]'), /您可以要求：1,054 元/);
  assert.match(await page.textContent('li[data-party="platform"]'), /内部份额：527 元/);
  await page.check('#alloc-failed-to-vet');
  await type(page, 'alloc-share', '30');
  assert.match(await page.textContent('li[data-party="platform"]'), /0 元至 316\.20 元/);
  await page.check('#reading-proportional');
  assert.match(await page.textContent('li[data-party="platform"] .pay__amount'), /^316\.20 元$/);
  await page.check('#alloc-notice');
  await type(page, 'alloc-enlarged', '200');
  assert.match(await page.textContent('li[data-party="platform"] .pay__amount'), /^200 元$/);
  await page.check('#alloc-scam');
  await type(page, 'alloc-share', '25');
  // Issue 16: a scam is shared on its own loss, never on another claim; the beer case has none.
  assert.equal(await page.locator('li[data-party="fraudster"]').count(), 0);
  await page.check('#alloc-failed-to-vet');
  // A bad share is called wrong next to its own field once the user leaves it, as everywhere.
  await type(page, 'alloc-share', '3成');
  assert.equal(await page.locator('#alloc-share-error').count(), 0, 'not while typing');
  await page.locator('#alloc-share').blur();
  assert.match(await page.textContent('#alloc-share-error'), /数字/);
  assert.equal(await page.getAttribute('#alloc-share', 'aria-invalid'), 'true');
  await type(page, 'alloc-share', '30');
  assert.equal(await page.locator('#alloc-share-error').count(), 0);
  await pays.screenshot({ path: `${OUT}/phone-zh-who-pays.png` });
  assert.deepEqual(log.errors, []);
  await context.close();
});
