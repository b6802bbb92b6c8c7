// The size report: gzip (level 9) and brotli (quality 11) of every file in dist/, and the total,
// against the budget for the whole app. Prints figures; exits 1 only if the budget is exceeded or
// a language's build carries the other language's words.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] || 'dist';
// Bytes: the budget for the whole app, gzip. It was 150 KB through punitive damages (146.0 KB, after
// compiling the presets in, saving the form as text and turning stateless components into plain
// functions). The burden-of-proof explainer (elements, evidence and how to get it, special rules,
// the courts' causation reasoning, the classroom walk-through) and the liability allocator took it
// to 175.3 KB (177.2 KB with the embed parameters): about 40 KB gzip of the app is now text in two languages, the rest Yew and the
// page's code. Raised to 180 KB for that (178.7 KB). Issue 8 then added the prerendered first
// screen in index.html (+3.3 KB: HTML that paints before the wasm, so it is paid for in first
// paint, not delay), the start-up glue that carries typed values over (+0.8 KB) and presentation
// mode with current law beside the reform proposal (+4.0 KB): 188.7 KB. Issue 9 (court fees,
// interest, limitation with fifteen more provisions; print, copy as text, the share link, the
// complaint draft with capital numerals) added 20.8 KB of wasm: 209.5 KB. Issue 10 (errors
// after leaving a field, the spoken live region, undo, next steps, the start-up checks, the
// 'more records' box, the line cue): 214.9 KB, with wasm-opt --converge saving 0.1 KB.
// Then money read the Chinese way (one formatter instead of Display and the spoken rewrite:
// 214.4 KB), keyed notes and one cue on every disclosure (215.3 KB), and English case numbers
// and dates with every Chinese word in English marked lang="zh-CN" (ten translated citations
// and the marking: 216.8 KB; after review fixes, 217.0 KB). Budget 218 KB. This is far above the first release's 150 KB; the cuts to make next are in
// ARCHITECTURE.md ("Size").
const BUDGET_GZIP = 218 * 1000;
// The goal for the page on a phone (issue 19): printed beside the budget, met or missed.
const GOAL_GZIP = 150 * 1000;

const rows = readdirSync(dir)
  .filter((name) => statSync(join(dir, name)).isFile())
  .sort()
  .map((name) => {
    const bytes = readFileSync(join(dir, name));
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const brotli = brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length;
    return { name, raw: bytes.length, gzip, brotli };
  });

const kb = (n) => (n / 1000).toFixed(1).padStart(8) + ' KB';
console.log('file'.padEnd(44) + 'raw'.padStart(11) + 'gzip'.padStart(11) + 'brotli'.padStart(11));
for (const r of rows) console.log(r.name.padEnd(44) + kb(r.raw) + kb(r.gzip) + kb(r.brotli));
// The embed tooling (embed.js for a host page, embed.html and its script for a law firm's developer)
// and the case gallery (gallery.html, pages.css) are never loaded by the calculator page, so the
// budget counts only what is. The page is built once per language (weiquan-<hash> Chinese,
// weiquan-en-<hash> English) and a visitor loads one of them: each language's page is counted
// with its own build, and the budget holds for the larger.
const shared = rows.filter((r) => !/^(embed|gallery\.html|pages\.css|weiquan-)/.test(r.name));
const build = (english) => rows.filter((r) => /^weiquan-/.test(r.name) && /^weiquan-en-/.test(r.name) === english);
const pages = { Chinese: [...shared, ...build(false)], English: [...shared, ...build(true)] };
const sum = (list, k) => list.reduce((s, r) => s + r[k], 0);
console.log('total'.padEnd(44) + kb(sum(rows, 'raw')) + kb(sum(rows, 'gzip')) + kb(sum(rows, 'brotli')));
for (const [lang, files] of Object.entries(pages)) {
  console.log(`calculator page, ${lang}`.padEnd(44) + kb(sum(files, 'raw')) + kb(sum(files, 'gzip')) + kb(sum(files, 'brotli')));
}
// Each build carries its own language's words only: phrases of the page in the other language
// must not be in its wasm (else both were shipped, and the split saves nothing).
const absent = {
  Chinese: ['What a court could award you', 'LETTER BEFORE ACTION', 'Personal Information Protection Law'],
  English: ['法院可能支持的赔偿（估算）', '民事起诉状（草稿）', '查看计算过程和法律依据'],
};
let leaked = false;
for (const [lang, phrases] of Object.entries(absent)) {
  const wasm = pages[lang].find((r) => r.name.endsWith('.wasm'));
  const bytes = wasm ? readFileSync(join(dir, wasm.name)) : Buffer.alloc(0);
  for (const phrase of phrases) {
    if (bytes.includes(Buffer.from(phrase))) {
      console.log(`the ${lang} build carries the other language: "${phrase}"`);
      leaked = true;
    }
  }
}
const largest = Math.max(...Object.values(pages).map((files) => sum(files, 'gzip')));
const ok = largest <= BUDGET_GZIP;
console.log(`budget: the calculator page ≤ ${BUDGET_GZIP / 1000} KB gzip: ${ok ? 'within' : 'OVER'} (${(largest / 1000).toFixed(1)} KB, the larger language)`);
console.log(`goal: 150 KB gzip: ${largest <= GOAL_GZIP ? 'met' : `missed by ${((largest - GOAL_GZIP) / 1000).toFixed(1)} KB`}`);
process.exit(ok && !leaked ? 0 : 1);
