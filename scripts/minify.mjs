// Trunk's post-build hook, last: minifies what a phone downloads as text — the page's own scripts
// (boot.js, sw.js, the embed helpers), the glue script of each build of the page, and the
// stylesheet, which it then inlines into index.html — with esbuild (from the npm registry, pinned
// in package.json). The commented sources stay in the repository; only the staged copies change.
// Trunk's own minifier fails on the glue script and on the hook's HTML, so it stays off.
import { readFileSync, writeFileSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('minify: run by trunk build (TRUNK_STAGING_DIR)');

const scripts = readdirSync(stage).filter((n) => /^(boot|sw|embed|embed-page|weiquan-.*)\.js$/.test(n));
for (const name of scripts) {
  const path = join(stage, name);
  const { code } = transformSync(readFileSync(path, 'utf8'), { minify: true, format: 'esm', target: 'es2022' });
  writeFileSync(path, code);
}

// The stylesheet goes into the page itself: on a slow network a separate file is one more round
// trip (150 ms and more) before anything paints, and the page is a few KB either way. The page's
// CSP allows exactly this stylesheet, by its hash; the file is no longer needed.
const page = join(stage, 'index.html');
let html = readFileSync(page, 'utf8');
for (const name of readdirSync(stage).filter((n) => /^app-.*\.css$/.test(n))) {
  const path = join(stage, name);
  const { code } = transformSync(readFileSync(path, 'utf8'), { loader: 'css', minify: true });
  const css = code.trim();
  if (css.includes('</')) throw new Error(`minify: ${name} cannot be inlined (it contains "</")`);
  const tag = new RegExp(`<link rel="stylesheet" href="\\./${name.replace('.', '\\.')}"[^>]*>`);
  if (!tag.test(html)) throw new Error(`minify: no <link> for ${name} in index.html`);
  html = html.replace(tag, () => `<style>${css}</style>`);
  const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  if (!html.includes("style-src 'self'")) throw new Error("minify: no style-src 'self' in index.html's CSP");
  html = html.replace("style-src 'self'", `style-src ${hash}`);
  unlinkSync(path);
}
writeFileSync(page, html);
