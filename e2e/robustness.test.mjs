// Nothing typed or tampered with breaks the page: a bad-input matrix over every field, tampered
// storage, no WebAssembly, undo after clearing or loading a case, embedded memory-only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, ready, type, totalText, BASE_URL, PHONE, FULL, openTeacherArea } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const BAD = [
  '', '   ', '-1', '1e999', 'NaN', 'Infinity', '１２３', '3.4万', '12.345', '0.001', '💰', '\u202e123', '\u200b34000',
  'x'.repeat(10_000), '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
];

test('bad-input matrix: every field, every bad value — a message or a documented reading, nothing runs, nothing lost', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  // Open every part of the form so every field is there.
  await page.check('#loss-amount');
  await page.check('#third-party');
  await page.check('#gain-pro-rata');
  await page.check('#serious');
  await page.check('#claim-purchase');
  await openTeacherArea(page);
  await page.check('#reform-sandbox');
  await type(page, 'notarisation', '1000');
  const fields = await page.$$eval('#root input[type=text]', (els) => els.map((e) => e.id));
  assert.ok(fields.length >= 15, fields.join(','));
  const rows = [];
  for (const id of fields.filter((f) => f !== 'notarisation')) {
    for (const value of BAD) {
      await page.fill(`#${id}`, value);
      await page.locator(`#${id}`).blur();
      const error = await page.$eval(`#${id}-error`, (e) => e.textContent).catch(() => null);
      rows.push([id, value.slice(0, 12), error]);
      assert.equal(await page.inputValue('#notarisation'), '1000', `${id} ${value}: nothing else lost`);
    }
    await page.fill(`#${id}`, '');
    await page.locator(`#${id}`).blur();
  }
  // The page still answers after all of it: no panic (an `unreachable` would freeze it).
  await type(page, 'notarisation', '2000');
  await page.locator('#notarisation').blur();
  assert.match(await page.textContent("#result"), /2,000 元/);
  assert.equal(dialogs, 0, 'nothing typed ever runs');
  assert.deepEqual(log.errors, []);
  console.log(`matrix: ${fields.length - 1} fields × ${BAD.length} values = ${rows.length} cases; ${rows.filter((r) => r[2]).length} with a message`);
  // Accepted as documented: empty and spaces (not given), full-width digits, 万, invisible marks
  // (stripped). Everything else is a message next to its field.
  const accepted = ['', '   ', '１２３', '3.4万', '\u202e123', '\u200b34000'];
  const silent = rows.filter(([, v, e]) => e === null && !accepted.some((a) => a.slice(0, 12) === v));
  assert.deepEqual(silent, [], 'every bad value gets a message');
  await context.close();
});

test('tampered storage: the app starts empty, says so, and writes only sessionStorage', async () => {
  // The tab's key holds 's1', the language, the preset, the form and the last valid form, a line
  // each; the keys of the format before it (weiquan.form …) are still read once.
  const saved = (form) => ['s1', 'zh-CN', '', form, ''].join('\n');
  const cases = [
    ['weiquan.saved', 'not the format'], ['weiquan.saved', '{"json": true}'],
    ['weiquan.saved', saved('w1;direct-loss=' + 'x'.repeat(5_000_000))], ['weiquan.saved', saved('w1;loss=nonsense')],
    ['weiquan.saved', saved('w1;unknown=1')], ['weiquan.saved', 's1\nfr\n\nw1\n'], ['weiquan.form', 'w1;loss=nonsense'],
  ];
  for (const [key, stored] of cases) {
    const context = await browser.newContext({ viewport: PHONE });
    await context.addInitScript(([k, v]) => {
      if (!sessionStorage.getItem('tampered')) {
        sessionStorage.setItem('tampered', '1');
        try { sessionStorage.setItem(k, v); } catch { sessionStorage.setItem(k, v.slice(0, 1000)); }
        sessionStorage.setItem('weiquan.case', 'no-such-case');
      }
    }, [key, stored]);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(FULL);
    await ready(page);
    assert.match(await page.textContent('#notice'), /无法读取/, stored.slice(0, 20));
    await page.check('#loss-amount');
    await type(page, 'direct-loss', '100');
    assert.equal(await totalText(page), '100 元');
    const elsewhere = await page.evaluate(async () => ({
      local: localStorage.length,
      cookies: document.cookie,
      idb: (await indexedDB.databases()).length,
    }));
    assert.deepEqual(elsewhere, { local: 0, cookies: '', idb: 0 });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('clearing everything or loading a case can be undone, and says what happened', async () => {
  const { page, context, log } = await openPage(browser, PHONE);
  await page.check('#loss-amount');
  await type(page, 'direct-loss', '8000');
  await page.click('#clear-all');
  assert.match(await page.textContent('#notice'), /已清除全部内容/);
  assert.equal(await page.locator('#direct-loss').count(), 0);
  await page.click('#undo');
  assert.equal(await page.inputValue('#direct-loss'), '8000');
  assert.equal(await page.locator('#notice').count(), 0);
  await page.click('button[data-case="hangzhou-2020-10605"]');
  assert.match(await page.textContent('#notice'), /替换/);
  await page.click('#undo');
  assert.equal(await page.inputValue('#direct-loss'), '8000');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('embedded, nothing typed is written to the tab’s storage', async () => {
  const { page, context } = await openPage(browser, PHONE, `${FULL}&embed=1`);
  await page.check('#loss-amount');
  await type(page, 'direct-loss', '4321');
  await page.locator('#direct-loss').blur();
  const stored = await page.evaluate(() => Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k)).join(' '));
  assert.doesNotMatch(stored, /4321/);
  await context.close();
});

test('without WebAssembly the page says the calculator cannot start', async () => {
  const jitless = await launch(['--js-flags=--jitless']);
  const page = await jitless.newPage({ viewport: PHONE });
  await page.goto(FULL);
  await page.waitForSelector('#start-failed');
  assert.match(await page.textContent('#start-failed'), /WebAssembly/);
  assert.match(await page.textContent('h1'), /维权计算器/, 'the prerendered page is still there to read');
  await jitless.close();
});
