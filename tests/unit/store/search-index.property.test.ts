/**
 * The search index agrees with a plain scan: on random libraries of Chinese and English text,
 * the records a query finds through the index (all pages of it) are exactly the records whose
 * text matches every query term by a plain scan written independently of the index (a regular
 * expression: anywhere for Chinese, at a word start for words). Counts agree too.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseHighlight, sealChecked, type Highlight } from '@/utils/highlights/record';
import { normalizeForSearch } from '@/utils/library/search';
import { searchText } from '@/utils/store/rows';
import { draft, PAGE, testStore } from './helpers';
import type { Library } from '@/utils/store/library';

const OTHER = 'https://www.gov.uk/guidance/other';

const CJK = [...'城市更新行动推进高质量发展的一是不了国家政策落实严禁要求'];
const WORDS = [
  'policy',
  'police',
  'polite',
  'supervision',
  'water',
  'waterway',
  'must',
  'mustard',
  'report',
  'e',
  'x1',
];
const PUNCT = ['，', '。', '-', ' ', '\n', '（', '）', '5', '2024'];

const piece = fc.oneof(
  fc.constantFrom(...CJK),
  fc.constantFrom(...WORDS).map((w) => ` ${w} `),
  fc.constantFrom(...WORDS),
  fc.constantFrom(...PUNCT),
  fc.constantFrom('Policy', 'WATER', 'Ｗater', '𠀀'),
);
const text = (min: number, max: number) => fc.array(piece, { minLength: min, maxLength: max }).map((p) => p.join(''));
const record = fc.record({ quote: text(1, 30), note: text(0, 8), tags: fc.array(text(1, 3), { maxLength: 2 }) });
/** A query: random text, or a slice of a record's own text (so that most queries find something). */
const query = fc.oneof(
  fc.record({ record: fc.nat(), start: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  text(1, 4),
  fc.constantFrom(...CJK),
  fc.constantFrom(...WORDS).map((w) => w.slice(0, 1 + (w.length % 7))),
  fc.tuple(text(1, 3), text(1, 3)).map(([a, b]) => `${a} ${b}`),
);

/** The reference: a regular expression per term, no tokens involved. */
function plainMatch(h: Highlight, q: string): boolean {
  const hay = searchText(h);
  const terms = normalizeForSearch(q)
    .split(/\s+/u)
    .filter((t) => t !== '');
  return terms.every((term) => {
    const escaped = term.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const wordStart =
      /^[\p{L}\p{N}\p{M}]/u.test(term) && !/^[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}\p{sc=Hang}\p{sc=Bopo}]/u.test(term);
    const before = '(?<![[\\p{L}\\p{N}\\p{M}]--[\\p{sc=Han}\\p{sc=Hira}\\p{sc=Kana}\\p{sc=Hang}\\p{sc=Bopo}]])';
    return new RegExp(wordStart ? before + escaped : escaped, 'v').test(hay);
  });
}

/** Every query finds through the index (all pages of it) and counts what a plain scan finds. */
async function expectQueries(
  lib: Library,
  queries: readonly (string | { record: number; start: number; length: number })[],
  quotes: readonly string[],
  pageSize: number,
) {
  const all = await lib.all();
  for (const spec of queries) {
    const q =
      typeof spec === 'string'
        ? spec
        : (() => {
            const chars = [...quotes[spec.record % quotes.length]!];
            const at = spec.start % chars.length;
            return chars.slice(at, at + spec.length).join('') || chars.join('');
          })();
    if (!q.trim()) continue;
    const expected = all
      .filter((h) => h.deleted !== true && plainMatch(h, q))
      .map((h) => h.id)
      .sort();
    const found: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await lib.query({ text: q }, pageSize, cursor);
      expect(page.records.length).toBeLessThanOrEqual(pageSize);
      found.push(...page.records.map((h) => h.id));
      cursor = page.cursor;
    } while (cursor);
    expect({ q, found: [...found].sort() }).toEqual({ q, found: expected });
    expect(new Set(found).size).toBe(found.length);
    expect(await lib.count({ text: q })).toBe(expected.length);
  }
}

describe('search index', () => {
  test('finds exactly what a plain scan finds, page by page, and counts it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { minLength: 1, maxLength: 25 }),
        fc.array(query, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 7 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (records, queries, pageSize, edits) => {
          const store = await testStore();
          const lib = await store.open();
          for (const [i, r] of records.entries())
            await lib.save(draft(`r${i}`, { ...r, quote: { exact: r.quote, prefix: '', suffix: '' } }));
          // Edits and deletes change what is indexed: the index must follow.
          for (const e of edits) {
            const id = `r${e % records.length}`;
            if (e % 5 === 4) {
              await lib.update(id, { note: 'moved' }).catch(() => undefined);
              continue;
            }
            if (e % 3 === 0) await lib.setDeleted([id], true);
            else if (e % 3 === 1) await lib.setDeleted([id], false);
            else
              await lib.save(draft(id, { note: records[(e + 1) % records.length]!.quote, url: e % 2 ? PAGE : OTHER }));
          }
          const all = await lib.all();
          // The writer's counters agree with a recount.
          const live = all.filter((h) => h.deleted !== true);
          expect(await lib.stats()).toMatchObject({
            highlights: live.length,
            pages: new Set(live.map((h) => h.url)).size,
          });
          expect(await lib.count({})).toBe(live.length);
          await expectQueries(
            lib,
            queries,
            records.map((r) => r.quote),
            pageSize,
          );
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  test("imported records (sealed, their page's tokens prepared once per page) are found as a plain scan finds them", async () => {
    const imported = fc.record({
      quote: text(1, 20),
      note: text(0, 4),
      tags: fc.array(text(1, 3), { maxLength: 2 }),
      page: fc.nat(3),
      title: fc.nat(2),
      deleted: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(imported, { minLength: 1, maxLength: 25 }),
        fc.array(text(0, 5), { minLength: 3, maxLength: 3 }),
        fc.array(query, { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.nat(),
        async (records, titles, queries, again, split) => {
          const lib = await (await testStore()).open();
          // Records as the router gets them: HighlightSchema's output, sealed.
          const sealed = (r: (typeof records)[number], i: number, t: number, quote = r.quote) => {
            const p = parseHighlight({
              ...draft(`r${i}`, {
                quote: { exact: quote, prefix: '', suffix: '' },
                note: r.note,
                tags: r.tags,
                url: `https://www.gov.cn/zhengce/${r.page}.htm`,
                // Pages share titles and sites, or differ in them (the site is in the search text too).
                title: titles[r.title]! || 'untitled',
                site: r.page % 2 ? 'www.gov.cn' : 'gov.cn',
                article: r.page === 3 ? { title: titles[(r.title + 1) % 3]! || 'article' } : undefined,
              }),
              deleted: r.deleted || undefined,
              created: t,
              updated: t,
              clock: `${String(t).padStart(15, '0')}:000000:test`,
            });
            if (!p.ok) throw new Error(p.error);
            return sealChecked(p.value);
          };
          const batch = records.map((r, i) => sealed(r, i, 1_700_000_000_000 + i));
          const at = split % (batch.length + 1);
          await lib.importRecords(batch.slice(0, at));
          await lib.importRecords(batch.slice(at));
          // Some imported again, newer and with another quote: their old tokens go, the new come.
          const newer = [...new Set(again.map((n) => n % records.length))].map((i) =>
            sealed(records[i]!, i, 1_800_000_000_000 + i, records[(i + 1) % records.length]!.quote),
          );
          await lib.importRecords(newer);
          // Queries from the titles too: half of an imported record's tokens are its page's.
          const texts = [...records.map((r) => r.quote), ...titles.filter((t) => t.trim())];
          await expectQueries(lib, queries, texts, 5);
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});
