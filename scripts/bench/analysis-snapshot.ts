/**
 * Writes the analysis JSON of every fixture page (as `npm run eval` analyses it: the gold's `url` as
 * the page address) and of the benchmarks' long article (`findDirectives` with cores, as
 * analysis-ab builds it) into a folder, one file each, so that two checkouts can be diffed: a change
 * meant to make the analysis faster must leave every file byte-identical.
 *
 *   npx tsx scripts/bench/analysis-snapshot.ts OUT_DIR [PAGES_DIR]   (run in the checkout to snapshot)
 *   diff -r BEFORE_DIR OUT_DIR
 *
 * Prints the number of files written; asserts nothing.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeDocument } from '@/utils/analysis/analyze';
import { detectArticle } from '@/utils/article/detect';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { parseDocument, readHtml } from '../analyze';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The fixture pages, or another folder of `.html` pages with their `.gold.json` (e.g. a blind batch). */
const PAGES = process.argv[3] ? resolve(process.argv[3]) : join(ROOT, 'tests/fixtures/pages');
/** As analysis-ab's long article: every page's blocks, repeated to this many characters. */
const MIN_CHARS = 100_000;

const out = process.argv[2];
if (!out) throw new Error('usage: analysis-snapshot.ts OUT_DIR');
mkdirSync(out, { recursive: true });
const paragraphs: { kind: 'heading' | 'paragraph' | 'listItem'; text: string }[] = [];
let files = 0;
for (const page of readdirSync(PAGES)
  .filter((n) => n.endsWith('.html'))
  .sort()) {
  let url = pathToFileURL(join(PAGES, page)).href;
  try {
    url =
      (JSON.parse(readFileSync(join(PAGES, page.replace(/\.html$/, '.gold.json')), 'utf8')) as { url?: string }).url ??
      url;
  } catch {
    // no gold file: the file's own address
  }
  const html = readHtml(join(PAGES, page));
  writeFileSync(
    join(out, page.replace(/\.html$/, '.json')),
    JSON.stringify(analyzeDocument(parseDocument(html), url), null, 1),
  );
  files++;
  const article = detectArticle(parseDocument(html), url);
  if (article) for (const b of article.blocks) paragraphs.push({ kind: b.kind, text: b.text });
}
const long: typeof paragraphs = [];
for (let chars = 0; chars < MIN_CHARS;)
  for (const p of paragraphs) {
    long.push(p);
    chars += p.text.length + 1;
  }
const found = findDirectives(plainArticle(long));
writeFileSync(
  join(out, '_long-article.json'),
  found.map((d) => JSON.stringify([d.start, d.end, d.category, d.score, d.blockIndex, d.core])).join('\n') + '\n',
);
console.log(`${files + 1} files written to ${out}`);
