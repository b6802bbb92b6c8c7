// The consumer's seven tasks on the guided questions, at 360×740 in Chinese and in English, typed a
// key at a time: each asserts its figure, and counts the taps and the screens scrolled to its answer
// (goal: within 6 taps and 1.5 screens). axe finds no WCAG A/AA violation on any step. The counts
// are printed for the README.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { launch, ready, typeByHand, BASE_URL, PHONE } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const OUT = process.env.SCREENSHOT_DIR || 'target/screenshots';
mkdirSync(OUT, { recursive: true });

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// A visitor on a phone: every tap and every scroll it takes to reach what it taps is counted.
class Visitor {
  static async open(lang) {
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(lang === 'en' ? `${BASE_URL}?lang=en` : BASE_URL);
    await ready(page);
    return Object.assign(new Visitor(), { context, page, errors, taps: 0, scrolled: 0, lang });
  }

  // Scrolls as a person would to bring the element into view, and counts how far.
  async reach(selector) {
    const before = await this.page.evaluate(() => scrollY);
    await this.page.locator(selector).scrollIntoViewIfNeeded();
    const after = await this.page.evaluate(() => scrollY);
    this.scrolled += Math.abs(after - before) / PHONE.height;
  }

  async tap(selector) {
    await this.reach(selector);
    await this.page.click(selector);
    this.taps += 1;
    await this.axe();
  }

  // A tap into the field, then the keys one at a time.
  async type(id, text) {
    await this.reach(`#${id}`);
    this.taps += 1;
    if ((await this.page.getAttribute(`#${id}`, 'type')) === 'date') await this.page.fill(`#${id}`, text);
    else await typeByHand(this.page, id, text);
  }

  // The answer is on screen: in view without scrolling further.
  async sees(selector) {
    await this.reach(selector);
    const box = await this.page.locator(selector).boundingBox();
    assert.ok(box && box.y >= 0 && box.y < PHONE.height, `${selector} is on screen`);
    return (await this.page.textContent(selector)).trim();
  }

  async axe() {
    await this.page.addScriptTag({ path: AXE });
    const { violations } = await this.page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  }

  report(task) {
    const line = `${this.lang} ${task}: ${this.taps} taps, ${this.scrolled.toFixed(2)} screens scrolled`;
    console.log(line);
    assert.ok(this.taps <= 6, line);
    assert.ok(this.scrolled <= 1.5, line);
  }

  async close() {
    assert.deepEqual(this.errors, []);
    await this.context.close();
  }
}

const words = {
  zh: { noMoney: /没有可以计算的金钱赔偿/, apology: /赔礼道歉/, proof: /举证责任/, limitation: /诉讼时效/, copied: /已复制/ },
  en: { noMoney: /no money to compute/, apology: /apolog/i, proof: /burden of proof/i, limitation: /Limitation period/, copied: /Copied/ },
};
const money = (lang, zh, en) => (lang === 'en' ? en : zh);

for (const lang of ['zh', 'en']) {
  test(`${lang} task 1: information leaked, no money lost: what can be asked, and the real cases like it`, async () => {
    const v = await Visitor.open(lang);
    await v.axe();
    await v.tap('#happened-leak');
    await v.tap('#continue');
    await v.tap('#continue');
    await v.tap('#continue');
    assert.match(await v.sees('#answer-sentence'), words[lang].noMoney);
    assert.match(await v.page.textContent('#answer-relief'), words[lang].apology);
    assert.ok(await v.page.locator('#similar-cases li').count() >= 2, 'the real no-loss cases');
    await v.page.screenshot({ path: `${OUT}/phone-${lang}-guided-no-loss.png` });
    v.report('no-loss leak');
    await v.close();
  });

  test(`${lang} task 2: scammed out of 8,000 after a leak, 2,000 back: 0 to 6,000`, async () => {
    const v = await Visitor.open(lang);
    await v.tap('#happened-scam');
    await v.tap('#continue');
    await v.type('direct-loss', '8000');
    await v.type('recovered', '2000');
    await v.tap('#continue');
    await v.tap('#continue');
    assert.equal(await v.sees('#total-amount'), money(lang, '0 元至 6,000 元', '0 yuan to 6,000 yuan'));
    await v.page.screenshot({ path: `${OUT}/phone-${lang}-guided-scam.png` });
    v.report('scam 8,000 with 2,000 back');
    await v.close();
  });

  test(`${lang} task 3: fake wine for 300 on 2024-05-01: 1,200`, async () => {
    const v = await Visitor.open(lang);
    await v.tap('#happened-fraud');
    await v.tap('#continue');
    await v.type('price', '300');
    await v.type('purchase-date', '2024-05-01');
    await v.tap('#continue');
    assert.equal(await v.sees('#total-amount'), money(lang, '1,200 元', '1,200 yuan'));
    assert.match(await v.page.textContent('#answer-sentence'), lang === 'en' ? /1,200 yuan/ : /法院可能判给您 1,200 元/);
    await v.page.screenshot({ path: `${OUT}/phone-${lang}-guided-answer.png` });
    v.report('fake wine 300');
    await v.close();
  });

  test(`${lang} task 4: expired sausages for 45: 1,045`, async () => {
    const v = await Visitor.open(lang);
    await v.tap('#happened-food');
    await v.tap('#continue');
    await v.type('price', '45');
    await v.tap('#continue');
    await v.tap('#continue');
    assert.equal(await v.sees('#total-amount'), money(lang, '1,045 元', '1,045 yuan'));
    v.report('expired sausages 45');
    await v.close();
  });

  test(`${lang} task 5: what I must prove, and the evidence to collect`, async () => {
    const v = await Visitor.open(lang);
    await v.tap('#happened-leak');
    await v.tap('#continue');
    await v.tap('#continue');
    await v.tap('#continue');
    await v.tap('#more-proof > summary');
    assert.match(await v.sees('#burden-heading'), words[lang].proof);
    assert.ok(await v.page.locator('#burden .evidence input').count() >= 3, 'evidence to tick');
    v.report('what to prove');
    await v.close();
  });

  test(`${lang} task 6: what suing costs, and how many days are left`, async () => {
    const v = await Visitor.open(lang);
    await v.tap('#happened-fraud');
    await v.tap('#continue');
    await v.type('price', '300');
    await v.type('purchase-date', '2024-05-01');
    await v.tap('#continue');
    await v.tap('#more-costs > summary');
    assert.match(await v.sees('#costs li[data-line="court_fee_property"]'), lang === 'en' ? /50 yuan/ : /50 元/);
    assert.match(await v.page.textContent('#costs li[data-line="limitation"]'), words[lang].limitation);
    assert.match(await v.page.textContent('#costs li[data-line="limitation"]'), /2027-05/, 'the last day, counted from the day of purchase');
    v.report('costs and days left');
    await v.close();
  });

  test(`${lang} task 7: take the result away: a share link copied, the draft, print`, async () => {
    const v = await Visitor.open(lang);
    await v.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
    await v.tap('#happened-fraud');
    await v.tap('#continue');
    await v.type('price', '300');
    await v.tap('#continue');
    await v.tap('#more-takeaway > summary');
    await v.sees('#copy-link');
    assert.ok(await v.page.locator('#print').isVisible());
    assert.ok(await v.page.locator('#show-complaint').isVisible());
    v.report('take-away');
    await v.page.click('#copy-link');
    assert.match(await v.page.textContent('#share-link-copied'), words[lang].copied);
    assert.match(await v.page.evaluate(() => navigator.clipboard.readText()), /#w1;/);
    await v.page.click('#show-complaint');
    await v.page.click('#copy-complaint');
    assert.match(await v.page.textContent('#complaint-text-copied'), words[lang].copied);
    await v.close();
  });
}

test('the browser Back goes to the question before, and the answers stay', async () => {
  const v = await Visitor.open('zh');
  await v.tap('#happened-fraud');
  await v.tap('#continue');
  await v.type('price', '300');
  await v.tap('#continue');
  assert.equal(await v.sees('#total-amount'), '1,200 元');
  await v.page.goBack();
  await v.page.waitForSelector('#price');
  assert.equal(await v.page.inputValue('#price'), '300');
  await v.page.goBack();
  await v.page.waitForSelector('#happened-fraud');
  assert.ok(await v.page.isChecked('#happened-fraud'));
  await v.page.goForward();
  await v.page.goForward();
  assert.equal(await v.sees('#total-amount'), '1,200 元');
  await v.page.reload();
  await ready(v.page);
  assert.equal(await v.sees('#total-amount'), '1,200 元', 'a reload shows the answer again');
  await v.close();
});

test('"change" goes back to its question; "anything else?" adds a second claim to the first', async () => {
  const v = await Visitor.open('zh');
  await v.tap('#happened-scam');
  await v.tap('#continue');
  await v.type('direct-loss', '8000');
  await v.tap('#continue');
  await v.tap('#continue');
  await v.page.click('#your-answers dd button >> nth=1');
  assert.equal(await v.page.inputValue('#direct-loss'), '8000');
  await v.page.click('#continue');
  await v.page.click('#continue');
  await v.page.click('#ask-another');
  await v.page.check('#happened-fraud');
  await v.page.click('#continue');
  await v.page.fill('#price', '300');
  await v.page.click('#continue');
  assert.match(await v.page.textContent('#total-amount'), /1,200 元至 9,200 元|1,200 元/);
  assert.equal(await v.page.locator('section[data-claim]').count(), 2, 'both claims answered');
  await v.close();
});
