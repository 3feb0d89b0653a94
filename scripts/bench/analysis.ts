/**
 * Analysis benchmark: prints figures, asserts nothing.
 *
 *   npx tsx scripts/bench/analysis.ts [--runs N]
 *
 * - findDirectives over a long article (≥ 100,000 characters, built by repeating the fixture
 *   pages' paragraphs): median time and characters per second;
 * - the same text through one plain regex pass (/[要须应]/g), measured in the same run, and the
 *   ratio of the two (how many "regex passes" the analysis costs);
 * - analyzeDocument (detection + directives) and findDirectives alone on the seed page: median ms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { decodeHtml } from '@/utils/article/parse';
import { detectArticle } from '@/utils/article/detect';
import { analyzeDocument } from '@/utils/analysis/analyze';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { parseDocument } from '../analyze';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const SEED = join(PAGES, 'people-2017-tongzhan.html');
const SEED_URL = 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html';
const MIN_CHARS = 100_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Median wall time of `fn` in ms, after `warmup` unmeasured calls. */
function time(fn: () => unknown, runs: number, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

const urlOf = (file: string) => {
  try {
    return (JSON.parse(readFileSync(file.replace(/\.html$/, '.gold.json'), 'utf8')) as { url?: string }).url ?? 'https://example.org/a/1.html';
  } catch {
    return 'https://example.org/a/1.html';
  }
};

function main() {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Math.max(3, Number(process.argv[i + 1]) || 31) : 31;

  // Paragraphs of every fixture page that detection takes for an article.
  const paragraphs: { kind: 'heading' | 'paragraph' | 'listItem'; text: string }[] = [];
  for (const f of readdirSync(PAGES).filter((n) => n.endsWith('.html')).sort()) {
    const file = join(PAGES, f);
    const doc = parseDocument(decodeHtml(new Uint8Array(readFileSync(file))));
    const article = detectArticle(doc, urlOf(file));
    if (article) for (const b of article.blocks) paragraphs.push({ kind: b.kind, text: b.text });
  }
  if (!paragraphs.length) throw new Error(`no article pages in ${PAGES}`);
  const long: typeof paragraphs = [];
  let chars = 0;
  while (chars < MIN_CHARS) {
    for (const p of paragraphs) {
      long.push(p);
      chars += p.text.length + 1;
    }
  }
  const article = plainArticle(long);
  const n = article.text.length;

  let directives = 0;
  const tFind = time(() => (directives = findDirectives(article).length), runs);
  let hits = 0;
  const re = /[要须应]/g;
  const tRegex = time(() => {
    hits = 0;
    re.lastIndex = 0;
    while (re.exec(article.text)) hits++;
  }, runs);

  const seedDoc = parseDocument(decodeHtml(new Uint8Array(readFileSync(SEED))));
  const seedArticle = detectArticle(seedDoc, SEED_URL);
  const tSeedAnalyze = time(() => analyzeDocument(seedDoc, SEED_URL), runs);
  const tSeedFind = seedArticle ? time(() => findDirectives(seedArticle), runs) : NaN;
  const tSeedParse = time(() => parseDocument(decodeHtml(new Uint8Array(readFileSync(SEED)))), Math.min(runs, 11), 2);

  const fmt = (x: number) => x.toFixed(3);
  console.log(`long article: ${n.toLocaleString('en')} chars in ${long.length} blocks (from ${paragraphs.length} fixture paragraphs), ${directives} directives`);
  console.log(`findDirectives: median ${fmt(tFind)} ms over ${runs} runs = ${Math.round(n / (tFind / 1000)).toLocaleString('en')} chars/s`);
  console.log(`regex pass /[要须应]/g: median ${fmt(tRegex)} ms (${hits} hits) = ${Math.round(n / (tRegex / 1000)).toLocaleString('en')} chars/s`);
  console.log(`ratio analysis / regex pass: ${(tFind / tRegex).toFixed(1)}x`);
  console.log(`seed analyzeDocument (detection + directives): median ${fmt(tSeedAnalyze)} ms`);
  console.log(`seed findDirectives alone: median ${fmt(tSeedFind)} ms`);
  console.log(`seed decode + linkedom parse (not part of the analysis): median ${fmt(tSeedParse)} ms`);
}

main();
