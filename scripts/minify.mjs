// Trunk's post-build hook, last: minifies what a phone downloads as text — the page's own scripts
// (boot.js, sw.js, the embed helpers), the glue script of each build of the page, and the
// stylesheet — with esbuild (from the npm registry, pinned in package.json). The commented sources
// stay in the repository; only the staged copies change. The stylesheet's integrity hash in
// index.html is recomputed for the minified file. Trunk's own minifier fails on the glue script
// and on the hook's HTML, so it stays off.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
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

const page = join(stage, 'index.html');
let html = readFileSync(page, 'utf8');
for (const name of readdirSync(stage).filter((n) => /^app-.*\.css$/.test(n))) {
  const path = join(stage, name);
  const { code } = transformSync(readFileSync(path, 'utf8'), { loader: 'css', minify: true });
  writeFileSync(path, code);
  const integrity = 'sha384-' + createHash('sha384').update(code).digest('base64');
  const tag = new RegExp(`(href="\\./${name.replace('.', '\\.')}"[^>]*integrity=")[^"]*`);
  if (!tag.test(html)) throw new Error(`minify: no integrity for ${name} in index.html`);
  html = html.replace(tag, `$1${integrity}`);
}
writeFileSync(page, html);
