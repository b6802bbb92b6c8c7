// The embed page: turns the options into the query of the embedded calculator, shows the snippet
// a law firm pastes (with a copy button), lists the case ids, and previews it. No network, no
// storage: it only reads the form. The case ids are checked against the catalogue by
// e2e/embed.test.mjs.
const form = document.getElementById('options');
const snippet = document.getElementById('embed-snippet');
const preview = document.getElementById('embed-preview');
const base = new URL('./', location.href).href;

function query() {
  const f = form.elements;
  const q = new URLSearchParams({ embed: '1', lang: f.en.checked ? 'en' : 'zh-CN' });
  if (f.purchase.checked) q.set('modules', 'purchase');
  for (const name of ['accent', 'firm', 'case']) {
    const value = f[name].value.trim();
    if (value) q.set(name, value);
  }
  return '?' + q.toString();
}

function update() {
  const q = query();
  snippet.textContent =
    `<iframe data-weiquan src="${base}${q}" title="维权计算器" style="width:100%;border:0;height:900px" loading="lazy"></iframe>\n` +
    `<script src="${base}embed.js" defer></script>`;
  preview.src = './' + q;
}

form.addEventListener('input', update);
update();

// The case ids the "case" option takes.
const list = document.getElementById('case-list');
for (const id of ['beijing-4th-2024-order-leak', 'beijing-chaoyang-2018-ctrip', 'beijing-internet-2020-baidu-photo',
  'beijing-internet-2020-weread', 'chancheng-2021-expired-beer', 'guangzhou-internet-2021-sms', 'guiding-17-zhang-li-car',
  'guiding-23-sun-yinshan-sausage', 'hangzhou-2020-10605', 'keqiao-2021-ctrip-price', 'nantong-tongzhou-2024-sms',
  'shenzhen-2023-wechat-friends']) {
  const item = document.createElement('li');
  const code = document.createElement('code');
  code.textContent = id;
  item.append(code);
  list.append(item);
}

// Copy the snippet: select it and copy the selection (works on a plain-HTTP host too), and say so.
document.getElementById('copy-snippet').addEventListener('click', () => {
  const range = document.createRange();
  range.selectNodeContents(snippet);
  const selection = getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  const done = document.execCommand('copy');
  document.getElementById('snippet-copied').textContent = done ? '已复制 · Copied' : '已选中，请按 Ctrl+C · Selected: press Ctrl+C';
});
