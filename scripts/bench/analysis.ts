/**
 * Analysis benchmark: prints figures, asserts nothing.
 *
 *   npx tsx scripts/bench/analysis.ts [--runs N] [--before DIR]
 *
 * `--before DIR`: another checkout's root (e.g. a `git archive` of an older commit, its imports
 * of `@/` resolving here): its findDirectives is measured on the same article in the same run,
 * batch by batch alternately with this one (and each of its stages, see `stages`), and its directives
 * compared with this one's.
 *
 * - findDirectives over a long article (≥ 100,000 characters, built by repeating the fixture
 *   pages' paragraphs): median time and characters per second, and the same without cores;
 * - where its CPU time goes, stage by stage, each measured alone in the same batches (`stages`);
 * - the same text through one plain regex pass (/[要须应]/g), measured in the same run, and the
 *   ratio of the two (how many "regex passes" the analysis costs);
 * - analyzeDocument (detection + metadata + directives) on the seed page, already parsed: median ms;
 * - analyzeDocument on a ≥ 100,000-character page (the seed with its body paragraphs cloned):
 *   chars/s, and its ratio to one regex pass over that article's text, in the same run;
 * - looksLikeArticle on the non-article fixture pages (the content script's pre-check): worst median.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { decodeHtml } from '@/utils/article/parse';
import { detectArticle } from '@/utils/article/detect';
import { looksLikeArticle } from '@/utils/article/looks-like-article';
import { analyzeDocument } from '@/utils/analysis/analyze';
import {
  addCores,
  blockLanguage,
  findDirectives,
  plainArticle,
  ruleMarkers,
  type AnalyzableArticle,
} from '@/utils/analysis/directives';
import { segmentSentences } from '@/utils/analysis/segment';
import { parseDocument } from '../analyze';
import { cpuTime, median } from './analysis-measure';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const SEED = join(PAGES, 'people-2017-tongzhan.html');
const SEED_URL = 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html';
const MIN_CHARS = 100_000;

/** Fastest run of the last `time` call: on a busy machine the median includes preemption. */
let lastMin = NaN;

/** Median wall time of `fn` in ms, after `warmup` unmeasured calls (the fastest run goes to `lastMin`). */
function time(fn: () => unknown, runs: number, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  lastMin = Math.min(...ts);
  return median(ts);
}

const urlOf = (file: string) => {
  try {
    return (
      (JSON.parse(readFileSync(file.replace(/\.html$/, '.gold.json'), 'utf8')) as { url?: string }).url ??
      'https://example.org/a/1.html'
    );
  } catch {
    return 'https://example.org/a/1.html';
  }
};

type Find = typeof findDirectives;

/** What `stages` measures, from this checkout or from the `--before` one. */
interface Analysis {
  findDirectives: Find;
  addCores: typeof addCores;
  blockLanguage: typeof blockLanguage;
  ruleMarkers: typeof ruleMarkers;
  segmentSentences: typeof segmentSentences;
}
const NOW: Analysis = { findDirectives, addCores, blockLanguage, ruleMarkers, segmentSentences };

/**
 * The stages of findDirectives, each run alone over the whole article as findDirectives runs it
 * (every block in its own language; the article is not zh-Hant, so no simplified view):
 * the rule scan, sentence segmentation, the block-language test, and the cores of every
 * directive (addCores). What findDirectives without cores spends beyond the first three is the
 * per-sentence work: scores, sentence context, imperative cues, slogan and heading tests, the
 * directive objects and their garbage.
 */
function stages(article: AnalyzableArticle, a: Analysis = NOW) {
  const { findDirectives, addCores, blockLanguage, ruleMarkers, segmentSentences } = a;
  const langs = article.blocks.map((b) => blockLanguage(b.text));
  const found = findDirectives(article, { cores: false });
  return {
    withoutCores: () => findDirectives(article, { cores: false }),
    scan: () => article.blocks.forEach((b, k) => ruleMarkers(b.text, langs[k]!)),
    segmentation: () => article.blocks.forEach((b) => segmentSentences(b.text, b.start)),
    language: () => article.blocks.forEach((b) => blockLanguage(b.text)),
    // with the blocks' languages, as findDirectives hands them over (without, addCores works each out again)
    cores: () => addCores(article, found, langs),
  };
}

async function main() {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Math.max(3, Number(process.argv[i + 1]) || 31) : 31;
  const b = process.argv.indexOf('--before');
  const beforeDir = b > 0 ? resolve(process.argv[b + 1] ?? '.') : null;
  const before: Analysis | null = beforeDir
    ? {
        ...((await import(pathToFileURL(join(beforeDir, 'utils/analysis/directives.ts')).href)) as Omit<
          Analysis,
          'segmentSentences'
        >),
        ...((await import(pathToFileURL(join(beforeDir, 'utils/analysis/segment.ts')).href)) as Pick<
          Analysis,
          'segmentSentences'
        >),
      }
    : null;
  const findBefore: Find | null = before ? before.findDirectives : null;

  // Paragraphs of every fixture page that detection takes for an article.
  const paragraphs: { kind: 'heading' | 'paragraph' | 'listItem'; text: string }[] = [];
  for (const f of readdirSync(PAGES)
    .filter((n) => n.endsWith('.html'))
    .sort()) {
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
  const tFindNoCores = time(() => findDirectives(article, { cores: false }), runs);
  let hits = 0;
  const re = /[要须应]/g;
  const regexPass = () => {
    hits = 0;
    re.lastIndex = 0;
    while (re.exec(article.text)) hits++;
  };
  const tRegex = time(regexPass, runs);
  // The same two in CPU time, batch by batch alternately, so that both see the same machine.
  const cpuFind: number[] = [];
  const cpuRegex: number[] = [];
  const cpuBefore: number[] = [];
  const stage = stages(article);
  const cpuStage = Object.fromEntries(Object.keys(stage).map((k) => [k, [] as number[]])) as Record<
    keyof typeof stage,
    number[]
  >;
  // The before checkout's stages, in the same batches (with --before).
  const stageBefore = before ? stages(article, before) : null;
  const cpuStageBefore = Object.fromEntries(Object.keys(stage).map((k) => [k, [] as number[]])) as typeof cpuStage;
  for (let k = 0; k < 5; k++) {
    cpuFind.push(cpuTime(() => findDirectives(article), 5, 3));
    for (const [name, fn] of Object.entries(stage)) cpuStage[name as keyof typeof stage].push(cpuTime(fn, 5, 3));
    if (findBefore) cpuBefore.push(cpuTime(() => findBefore(article), 5, 3));
    if (stageBefore)
      for (const [name, fn] of Object.entries(stageBefore))
        cpuStageBefore[name as keyof typeof stage].push(cpuTime(fn, 5, 3));
    cpuRegex.push(cpuTime(regexPass, 200, 3));
  }
  const tFindBefore = findBefore ? time(() => findBefore(article), runs) : NaN;
  const sameAsBefore = findBefore && JSON.stringify(findBefore(article)) === JSON.stringify(findDirectives(article));

  const seedDoc = parseDocument(decodeHtml(new Uint8Array(readFileSync(SEED))));
  const seedArticle = detectArticle(seedDoc, SEED_URL);
  const tSeedAnalyze = time(() => analyzeDocument(seedDoc, SEED_URL), Math.max(runs, 101), 20);
  const tSeedAnalyzeMin = lastMin;
  const tSeedFind = seedArticle ? time(() => findDirectives(seedArticle), runs) : NaN;
  const tSeedFindBefore = seedArticle && findBefore ? time(() => findBefore(seedArticle), runs) : NaN;
  // The seed page grown past MIN_CHARS by cloning its body paragraphs: whole-page analysis cost.
  const bigDoc = parseDocument(decodeHtml(new Uint8Array(readFileSync(SEED))));
  const bigRoot = detectArticle(bigDoc, SEED_URL)?.root;
  if (!bigRoot) throw new Error('seed page not detected');
  const originals = Array.from(bigRoot.children);
  while ((bigRoot.textContent ?? '').length < MIN_CHARS)
    for (const el of originals) bigRoot.appendChild(el.cloneNode(true));
  const bigText = detectArticle(bigDoc, SEED_URL)?.text ?? '';
  let bigMarks = 0;
  const tBig = time(() => (bigMarks = analyzeDocument(bigDoc, SEED_URL).directives.length), Math.min(runs, 15), 2);
  const tBigRegex = time(() => {
    re.lastIndex = 0;
    while (re.exec(bigText));
  }, runs);

  // The content script's pre-check on pages that are not articles.
  let worstLooks = 0;
  let worstPage = '';
  for (const f of readdirSync(PAGES).filter((n) => n.endsWith('.gold.json'))) {
    const gold = JSON.parse(readFileSync(join(PAGES, f), 'utf8')) as { article: unknown; url?: string };
    if (gold.article !== null) continue;
    const page = join(PAGES, f.replace(/\.gold\.json$/, '.html'));
    const d = parseDocument(decodeHtml(new Uint8Array(readFileSync(page))));
    const t = time(() => looksLikeArticle(d, gold.url ?? 'https://example.org/x'), runs);
    if (t >= worstLooks) [worstLooks, worstPage] = [t, f.replace(/\.gold\.json$/, '.html')];
  }

  const tSeedParse = time(() => parseDocument(decodeHtml(new Uint8Array(readFileSync(SEED)))), Math.min(runs, 11), 2);

  const fmt = (x: number) => x.toFixed(3);
  console.log(
    `long article: ${n.toLocaleString('en')} chars in ${long.length} blocks (from ${paragraphs.length} fixture paragraphs), ${directives} directives`,
  );
  console.log(
    `findDirectives: median ${fmt(tFind)} ms over ${runs} runs = ${Math.round(n / (tFind / 1000)).toLocaleString('en')} chars/s`,
  );
  console.log(
    `regex pass /[要须应]/g: median ${fmt(tRegex)} ms (${hits} hits) = ${Math.round(n / (tRegex / 1000)).toLocaleString('en')} chars/s`,
  );
  console.log(
    `of which cores: findDirectives without them median ${fmt(tFindNoCores)} ms, so the cores cost ${fmt(tFind - tFindNoCores)} ms (${(((tFind - tFindNoCores) / tFindNoCores) * 100).toFixed(0)} %)`,
  );
  console.log(`ratio analysis / regex pass: ${(tFind / tRegex).toFixed(1)}x`);
  console.log(
    `the same in process CPU time (not counting waits for a core on a shared machine): findDirectives ${fmt(median(cpuFind))} ms, regex pass ${fmt(median(cpuRegex))} ms, ratio ${(median(cpuFind) / median(cpuRegex)).toFixed(1)}x`,
  );
  const x = (ms: number) => `${(ms / median(cpuRegex)).toFixed(0)}x`;
  const st = Object.fromEntries(Object.entries(cpuStage).map(([k, v]) => [k, median(v)])) as Record<
    keyof typeof stage,
    number
  >;
  const whereTimeGoes = (st: Record<keyof typeof stage, number>) =>
    `without cores ${fmt(st.withoutCores)} ms ${x(st.withoutCores)} = rule scan ${x(st.scan)} + segmentation ${x(st.segmentation)} + block language ${x(st.language)} + per-sentence work and the rest ${x(st.withoutCores - st.scan - st.segmentation - st.language)}; the cores of every directive (addCores) ${fmt(st.cores)} ms ${x(st.cores)}`;
  console.log(
    `where findDirectives' CPU time goes (each stage alone, same batches; x = regex passes): ${whereTimeGoes(st)}`,
  );
  if (stageBefore)
    console.log(
      `the same before (${beforeDir}), same batches: ${whereTimeGoes(
        Object.fromEntries(Object.entries(cpuStageBefore).map(([k, v]) => [k, median(v)])) as typeof st,
      )}`,
    );
  console.log(
    `seed analyzeDocument (detection + metadata + directives, parsed document): median ${fmt(tSeedAnalyze)} ms (fastest ${fmt(tSeedAnalyzeMin)} ms)`,
  );
  console.log(
    `long page analyzeDocument: ${bigText.length.toLocaleString('en')} chars, ${bigMarks} directives, median ${fmt(tBig)} ms = ${Math.round(bigText.length / (tBig / 1000)).toLocaleString('en')} chars/s; regex pass ${fmt(tBigRegex)} ms; ratio ${(tBig / tBigRegex).toFixed(1)}x`,
  );
  console.log(`looksLikeArticle on non-article pages: worst median ${fmt(worstLooks)} ms (${worstPage})`);
  console.log(`seed findDirectives alone: median ${fmt(tSeedFind)} ms`);
  if (findBefore) {
    console.log(
      `before (${beforeDir}), same run: findDirectives median ${fmt(tFindBefore)} ms, ratio ${(tFindBefore / tRegex).toFixed(1)}x; CPU time ${fmt(median(cpuBefore))} ms, ratio ${(median(cpuBefore) / median(cpuRegex)).toFixed(1)}x; seed findDirectives ${fmt(tSeedFindBefore)} ms; same directives as now: ${sameAsBefore ? 'yes' : 'NO'}`,
    );
  }
  console.log(`seed decode + linkedom parse (not part of the analysis): median ${fmt(tSeedParse)} ms`);
}

await main();
