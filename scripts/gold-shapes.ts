/**
 * Counts a sentence shape over the golds, to tell the analysis's error from a gold writer's departure
 * before a rule is written (docs/analysis-errors.md): how often is a sentence of this shape gold,
 * optional, listed "not", or left unlisted (a negative too), and how often does the analysis mark it?
 *
 *   npx tsx scripts/gold-shapes.ts REGEX [DIR] [--list] [--flags iu] [--kinds] [--pages REGEX]
 *
 * Every sentence of every page of DIR (default tests/fixtures/pages) that has a gold file: the
 * analysis's marks, and the other sentences of the article's blocks as the segmenter cuts them. A
 * sentence is labelled gold / optional / not / unlisted by the scorer's matching (white space and
 * NFKC folded; a sentence inside a gold text, or one holding it, is that gold's). The counts print per
 * label with how many of them the analysis marks and on how many pages; --list prints each sentence.
 * --kinds splits the counts by the page's kind (commentary / report / document, `page-kinds.ts`), to
 * tell a convention of commentaries from one of news reports; --pages REGEX counts only the pages
 * whose name matches.
 * A report for people tuning the rules, never a gate.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '@/utils/analysis/analyze';
import { segmentSentences } from '@/utils/analysis/segment';
import { parseDocument, readHtml } from './analyze';
import { kindOf } from './page-kinds';

interface Gold {
  url?: string;
  article?: { issuer?: unknown; docNumber?: unknown } | null;
  directives?: { text: string; category: string }[];
  optional?: (string | { text: string })[];
  not?: (string | { text: string })[];
}
type Label = 'gold' | 'optional' | 'not' | 'unlisted';

const norm = (s: string) => s.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
const textOf = (t: string | { text: string }) => norm(typeof t === 'string' ? t : t.text);
/** The scorer's cover: the sentence holds the listed text, or lies inside it and is at least 60 % of it. */
const covers = (s: string, t: string) =>
  t.length > 0 && s.length > 0 && (s.includes(t) || (t.includes(s) && s.length >= 0.6 * t.length));

function labelOf(s: string, gold: Gold): Label {
  if ((gold.directives ?? []).some((d) => covers(s, norm(d.text)))) return 'gold';
  if ((gold.optional ?? []).some((t) => covers(s, textOf(t)))) return 'optional';
  if ((gold.not ?? []).some((t) => covers(s, textOf(t)))) return 'not';
  return 'unlisted';
}

export interface Sentence {
  page: string;
  text: string;
  label: Label;
  marked: string | null;
}

/** Every sentence of the page, marked ones as the analysis cut them, the rest as the segmenter does. */
export function sentencesOf(file: string, gold: Gold): Sentence[] {
  const doc = parseDocument(readHtml(file));
  const { article, directives } = analyze(doc, gold.url ?? 'https://example.invalid/');
  if (!article) return [];
  const page = file.replace(/^.*\//, '').replace(/\.html$/, '');
  const out: Sentence[] = [];
  let d = 0;
  for (const block of article.blocks) {
    for (const u of segmentSentences(block.text, block.start)) {
      while (d < directives.length && directives[d]!.end <= u.start) d++;
      const mark = directives[d];
      if (mark && mark.start < u.end) {
        // the marked span (which may cut differently) stands for the sentences it overlaps
        if (mark.start >= u.start) {
          const t = article.text.slice(mark.start, mark.end);
          out.push({ page, text: t, label: labelOf(norm(t), gold), marked: mark.category });
        }
        continue;
      }
      const t = article.text.slice(u.start, u.end);
      out.push({ page, text: t, label: labelOf(norm(t), gold), marked: null });
    }
  }
  return out;
}

/** The value after a flag, and the arguments without the flag and its value. */
function option(argv: string[], flag: string): [string | null, string[]] {
  const i = argv.indexOf(flag);
  if (i < 0) return [null, argv];
  return [argv[i + 1] ?? '', argv.filter((_, j) => j !== i && j !== i + 1)];
}

interface Count {
  n: number;
  marked: number;
  pages: Set<string>;
}

function printCounts(counts: Map<Label, Count>, indent = '') {
  for (const label of ['gold', 'optional', 'not', 'unlisted'] as const) {
    const c = counts.get(label);
    console.log(`${indent}${label}: ${c?.n ?? 0} (marked ${c?.marked ?? 0}) on ${c?.pages.size ?? 0} pages`);
  }
}

function main(argv: string[]) {
  const list = argv.includes('--list');
  const byKind = argv.includes('--kinds');
  const [flagsArg, a1] = option(argv, '--flags');
  const [pagesArg, a2] = option(a1, '--pages');
  const flags = flagsArg ?? 'u';
  const pagesRe = pagesArg === null ? null : new RegExp(pagesArg, 'u');
  const rest = a2.filter((a) => a !== '--list' && a !== '--kinds');
  const [pattern, dirArg] = rest;
  if (!pattern) throw new Error('usage: gold-shapes REGEX [DIR] [--list] [--flags iu] [--kinds] [--pages REGEX]');
  const re = new RegExp(pattern, flags);
  const dir = resolve(dirArg ?? 'tests/fixtures/pages');
  const all = new Map<Label, Count>();
  const kinds = new Map<string, Map<Label, Count>>();
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.html')) continue;
    const page = f.replace(/\.html$/, '');
    if (pagesRe && !pagesRe.test(page)) continue;
    const goldFile = join(dir, `${page}.gold.json`);
    if (!existsSync(goldFile)) continue;
    const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
    const kind = kindOf(page, gold.article);
    for (const s of sentencesOf(join(dir, f), gold)) {
      if (!re.test(s.text)) continue;
      const perKind = kinds.get(kind) ?? new Map<Label, Count>();
      kinds.set(kind, perKind);
      for (const counts of [all, perKind]) {
        const c = counts.get(s.label) ?? { n: 0, marked: 0, pages: new Set<string>() };
        c.n++;
        if (s.marked) c.marked++;
        c.pages.add(s.page);
        counts.set(s.label, c);
      }
      if (list) {
        const k = byKind ? `${kind}\t` : '';
        console.log(`${k}${s.label}\t${s.marked ?? '-'}\t${s.page}\t${s.text.replace(/\s+/g, ' ')}`);
      }
    }
  }
  if (byKind) {
    for (const kind of ['commentary', 'report', 'document']) {
      console.log(`${kind}:`);
      printCounts(kinds.get(kind) ?? new Map(), '  ');
    }
    console.log('all:');
  }
  printCounts(all, byKind ? '  ' : '');
}

main(process.argv.slice(2));
