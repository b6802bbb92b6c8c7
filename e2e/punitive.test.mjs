// Punitive damages as a consumer builds each claim on a 360×740 phone: fraud (with the ¥500 floor
// and a narrower base), food (10× the price vs 3× the loss, and the 2009 text), a drug, a knowingly
// defective product (a range the court sets), the path from a personal-information claim to fraud,
// and the reform sandbox, which never changes the current-law total.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, type, totalText, PHONE, openTeacherArea } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// A purchase claim alone: untick personal information, tick the purchase, choose the rule.
async function purchaseOnly(page, rule) {
  await page.uncheck('#claim-pi');
  await page.check('#claim-purchase');
  await page.check(`#rule-${rule}`);
}

async function openLine(page, id) {
  const line = page.locator(`li[data-line="${id}"]`);
  await line.locator('summary').click();
  return line;
}

test('fraud: the price back plus 3×, the ¥500 floor, a narrower base, and the proof it needs', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  await purchaseOnly(page, 'fraud');
  await type(page, 'price', '100');
  assert.equal(await totalText(page), '600 元', '100 元 back + the 500 元 floor');
  const line = await openLine(page, 'punitive');
  const why = await line.locator('.line__why').textContent();
  assert.match(why, /不足法定最低额，按 500 元/);
  assert.match(why, /排除合理怀疑/);
  assert.match(why, /第五十五条第一款/);
  await type(page, 'price', '1234.57');
  assert.match(await page.textContent('li[data-line="punitive"] .line__amount'), /3,703\.71 元/);
  await page.uncheck('#refund');
  await type(page, 'price', '2889');
  await type(page, 'base', '1511.37');
  assert.equal(await totalText(page), '4,534.11 元', 'the court is bound by the base claimed');
  assert.match(await page.textContent('li[data-part="punitive_on_price"]'), /8,667 元/, 'the whole price is shown too');
  await type(page, 'purchase-date', '2013-05-01');
  assert.equal(await totalText(page), '1,511.37 元', 'the 1993 text: once the base, no floor');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('food: 10× the price or 3× the loss, the higher shown; ¥458 before October 2015', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  await purchaseOnly(page, 'food');
  await page.uncheck('#refund');
  await type(page, 'price', '45.80');
  assert.equal(await totalText(page), '1,000 元');
  await type(page, 'purchase-loss', '2000');
  assert.equal(await totalText(page), '8,000 元', 'the loss 2,000 元 + 3 × 2,000 元');
  await openLine(page, 'punitive');
  assert.match(await page.textContent('li[data-part="punitive_on_price"]'), /458 元/);
  assert.match(await page.textContent('li[data-part="punitive_on_loss"]'), /6,000 元/);
  await type(page, 'purchase-loss', '');
  await type(page, 'purchase-date', '2012-05-01');
  assert.equal(await totalText(page), '458 元');
  await page.check('#harmless-flaw');
  assert.equal(await totalText(page), '458 元', 'the 2009 text had no labelling exception');
  await type(page, 'purchase-date', '2020-01-01');
  assert.equal(await totalText(page), '0 元', 'the 2015 text excludes harmless label flaws');
  await type(page, 'purchase-date', '2008-01-01');
  assert.match(await page.textContent('#purchase-not-covered'), /无法计算/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a drug and a knowingly defective product: the floor, then a range the court sets', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  await purchaseOnly(page, 'drug');
  await type(page, 'price', '50');
  assert.equal(await totalText(page), '1,050 元');
  await page.check('#rule-defective');
  await page.uncheck('#refund');
  await type(page, 'purchase-loss', '10000');
  assert.equal(await totalText(page), '1 万元', 'no serious harm: the loss only');
  await page.check('#serious-harm');
  assert.equal(await totalText(page), '由法院根据实际情况酌定');
  assert.match(await page.textContent('#total-min'), /1 万元/);
  assert.match(await page.textContent('#total-ceiling'), /最高 3 万元/);
  const line = await openLine(page, 'punitive');
  assert.match(await line.locator('.line__why').textContent(), /相应的惩罚性赔偿/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('from personal information to fraud, and the sandbox toggled without touching the total', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  await page.check('#loss-amount');
  await type(page, 'direct-loss', '1000');
  assert.match(await page.textContent('.notes'), /没有法定的惩罚性赔偿/);
  await page.click('#add-fraud-claim');
  assert.ok(await page.isChecked('#claim-purchase'));
  assert.ok(await page.isChecked('#rule-fraud'));
  await type(page, 'price', '100');
  assert.equal(await totalText(page), '1,600 元', 'both claims together');
  assert.match(await page.textContent('#pi-subtotal'), /1,000 元/);
  assert.match(await page.textContent('#purchase-subtotal'), /600 元/);

  await openTeacherArea(page);

  await page.check('#reform-sandbox');
  await type(page, 'reform-per-record', '50');
  assert.equal(await totalText(page), '1,600 元', 'the proposal is never added');
  assert.match(await page.textContent('#reform'), /立法建议，非现行法/);
  assert.match(await page.textContent('#reform-amount'), /50 元/);
  assert.equal((await page.textContent('#compare-current')).trim(), '1,000 元', 'current law beside the proposal');
  assert.equal((await page.textContent('#compare-with')).trim(), '1,050 元');
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'every id is unique with every block open');
  const lines = await page.locator('#reform li.line .line__role').allTextContents();
  assert.ok(lines.length > 0 && lines.every((t) => /非现行法/.test(t)), 'every line says proposal');
  await page.uncheck('#reform-sandbox');
  assert.equal(await page.locator('#reform').count(), 0);
  assert.equal(await totalText(page), '1,600 元');
  assert.deepEqual(log.errors, []);
  await context.close();
});
