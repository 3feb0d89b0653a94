/**
 * What the rule scan's walk costs against what a walk can cost: prints figures, asserts nothing.
 *
 *   npx tsx scripts/bench/scan-floor.ts [--rounds N]
 *
 * Over the bench article's blocks (`analysis-ab`'s long article), in each block's language, CPU time per pass
 * in x = regex passes (/[要须应]/g over the whole text, as `analysis-ab` counts), stages interleaved round by
 * round (medians of N rounds, default 7):
 * - `loop`: charCodeAt and the automaton's symbol lookup at every character, nothing else: the floor of any
 *   walk in JavaScript;
 * - `walk`: the automaton's transitions alone (Candidates.gather's loop without its lists);
 * - `regex firsts`: a native regex of the automaton keys' first characters, each hit handed back to
 *   JavaScript — the walk done by V8's irregexp instead, as far as it can go (it finds where a key may
 *   start, not which key);
 * - `gather`: the walk with its per-position lists (matcher-candidates.ts);
 * - `scanHits`: gather, the position loop and the rule tries (matcher.ts): the rule scan.
 * Session 38 (docs/benchmarks.md, `s38-scan`) used it to see whether a native regex could take the walk over.
 */
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENDS, STATE, type Automaton } from '@/utils/analysis/automaton';
import { blockLanguage, compile } from '@/utils/analysis/directive-rules';
import { plainArticle } from '@/utils/analysis/directives';
import type { Lang } from '@/utils/analysis/rules';
import { cpuTime, longParagraphs, median } from './analysis-measure';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The matcher's private parts this bench reads. */
interface Inside {
  candidates: { automaton: Automaton; gather(text: string): unknown };
}
/** The automaton's private parts the walk reads (as Candidates.gather reads them). */
interface Tables {
  sym: Uint16Array;
  root: Int32Array;
  delta: Uint16Array | null;
  width: number;
  exBits: Int32Array;
  exception(s: number, a: number): number;
}

let sink = 0;

function stagesOf(lang: Lang, texts: readonly string[]): Record<string, () => void> {
  const matcher = compile(lang).matcher;
  const inside = matcher as unknown as Inside;
  const automaton = inside.candidates.automaton as unknown as Tables;
  const { sym, root, delta, width, exBits } = automaton;
  // the keys' first characters: the symbols the root moves on from
  const firsts: string[] = [];
  for (let c = 0; c < 65536; c++)
    if (sym[c] && root[sym[c]!]! & STATE) firsts.push(`\\u${c.toString(16).padStart(4, '0')}`);
  const firstsRe = new RegExp(`[${firsts.join('')}]`, 'g');
  let hits = 0;
  for (const t of texts) {
    firstsRe.lastIndex = 0;
    while (firstsRe.test(t)) hits++;
  }
  const chars = texts.reduce((n, t) => n + t.length, 0);
  console.log(
    `${lang}: ${texts.length} blocks, ${chars} characters; ${firsts.length} first characters of keys, at ${((100 * hits) / chars).toFixed(0)} % of the positions`,
  );
  return {
    // (each stage sums into a local, written out once: a module variable written at every character costs more than the step)
    loop: () => {
      let x = 0;
      for (const t of texts) for (let i = 0; i < t.length; i++) x += sym[t.charCodeAt(i)]!;
      sink += x;
    },
    walk: () => {
      let x = 0;
      for (const t of texts) {
        let s = 0;
        for (let i = 0; i < t.length; i++) {
          const a = sym[t.charCodeAt(i)]!;
          const target =
            delta !== null
              ? delta[s * width + a]!
              : (exBits[s]! >>> (a & 31)) & 1
                ? automaton.exception(s, a)
                : root[a]!;
          s = target & STATE;
          if (target & ENDS) x++;
        }
      }
      sink += x;
    },
    'regex firsts': () => {
      let x = 0;
      for (const t of texts) {
        firstsRe.lastIndex = 0;
        while (firstsRe.test(t)) x++;
      }
      sink += x;
    },
    gather: () => {
      for (const t of texts) inside.candidates.gather(t);
    },
    scanHits: () => {
      for (const t of texts) sink += matcher.scanHits(t);
    },
  };
}

async function main() {
  const r = process.argv.indexOf('--rounds');
  const rounds = r > 0 ? Math.max(1, Number(process.argv[r + 1]) || 7) : 7;
  const article = plainArticle(await longParagraphs(ROOT));
  const texts: Record<Lang, string[]> = { zh: [], en: [] };
  for (const b of article.blocks) texts[blockLanguage(b.text)].push(b.text);
  const re = /[要须应]/g;
  const pass = () => {
    re.lastIndex = 0;
    while (re.exec(article.text));
  };
  const stages = { zh: stagesOf('zh', texts.zh), en: stagesOf('en', texts.en) };
  const load = loadavg()[0] ?? 0;
  const times: Record<string, number[]> = { pass: [] };
  for (let k = 0; k < rounds; k++) {
    times.pass!.push(cpuTime(pass, 50, 3));
    for (const lang of ['zh', 'en'] as const)
      for (const [name, fn] of Object.entries(stages[lang])) (times[`${lang} ${name}`] ??= []).push(cpuTime(fn, 3, 3));
  }
  const unit = median(times.pass!);
  console.log(
    `regex pass ${unit.toFixed(3)} ms (CPU time, medians of ${rounds} rounds; load ${load.toFixed(1)} at the start)`,
  );
  for (const lang of ['zh', 'en'] as const)
    console.log(
      `${lang}: ` +
        Object.keys(stages[lang])
          .map((name) => `${name} ${(median(times[`${lang} ${name}`]!) / unit).toFixed(1)}x`)
          .join(', '),
    );
  if (sink === 0.5) console.log(sink);
}

await main();
