// The embed page: turns the options into the query of the embedded calculator, shows the snippet
// a law firm pastes, and previews it. No network, no storage: it only reads the form.
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
