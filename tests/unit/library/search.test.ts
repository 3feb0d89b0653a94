import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  buildSearchIndex,
  collectFacets,
  dayEnd,
  dayStart,
  matchesFilters,
  normalizeForSearch,
  NO_FILTERS,
  narrowsQuery,
  queryTerms,
  searchEntries,
  searchLibrary,
} from '@/utils/library/search';
import { makeHighlight } from '../export/fixtures';

const DAY = 86_400_000;
const NOW = Date.UTC(2024, 5, 30);

const cityRenewal = makeHighlight({
  quote: { exact: '推进城市更新行动，完善城市功能', prefix: '', suffix: '' },
  note: 'Important for the URBAN plan',
  tags: ['城市', 'policy'],
  site: 'www.people.com.cn',
  color: 'green',
  category: 'obligation',
  created: NOW - 2 * DAY,
});
const safety = makeHighlight({
  quote: { exact: 'Safety first, prevention foremost', prefix: '', suffix: '' },
  note: '注意落实',
  tags: ['安全'],
  site: 'www.gov.cn',
  color: 'yellow',
  category: null,
  created: NOW - 20 * DAY,
});
const fullWidth = makeHighlight({
  quote: { exact: '２０２５年ＧＤＰ目标', prefix: '', suffix: '' },
  title: 'Ｒｅｐｏｒｔ',
  site: 'www.news.cn',
  color: 'blue',
  category: 'target',
  created: NOW - 60 * DAY,
});
const gone = makeHighlight({ quote: { exact: '城市更新 deleted', prefix: '', suffix: '' }, deleted: true });
const index = buildSearchIndex([cityRenewal, safety, fullWidth, gone]);
const ids = (hs: { id: string }[]) => hs.map((h) => h.id);

describe('search', () => {
  test('a Chinese substring matches without word breaks', () => {
    expect(ids(searchLibrary(index, '城市更新', NO_FILTERS, NOW))).toEqual([cityRenewal.id]);
    expect(ids(searchLibrary(index, '更新行', NO_FILTERS, NOW))).toEqual([cityRenewal.id]);
  });

  test('English is case-insensitive, in quotes and notes', () => {
    expect(ids(searchLibrary(index, 'SAFETY', NO_FILTERS, NOW))).toEqual([safety.id]);
    expect(ids(searchLibrary(index, 'urban', NO_FILTERS, NOW))).toEqual([cityRenewal.id]);
  });

  test('NFKC: full-width letters and digits match ASCII and the other way round', () => {
    expect(ids(searchLibrary(index, '2025年gdp', NO_FILTERS, NOW))).toEqual([fullWidth.id]);
    expect(ids(searchLibrary(index, 'report', NO_FILTERS, NOW))).toEqual([fullWidth.id]);
    expect(ids(searchLibrary(index, 'ｓａｆｅｔｙ', NO_FILTERS, NOW))).toEqual([safety.id]);
  });

  test('notes, tags, titles and sites are searched; deleted records never', () => {
    expect(ids(searchLibrary(index, '落实', NO_FILTERS, NOW))).toEqual([safety.id]);
    expect(ids(searchLibrary(index, 'policy', NO_FILTERS, NOW))).toEqual([cityRenewal.id]);
    expect(ids(searchLibrary(index, 'news.cn', NO_FILTERS, NOW))).toEqual([fullWidth.id]);
    expect(ids(searchLibrary(index, 'deleted', NO_FILTERS, NOW))).toEqual([]);
  });

  test('several words must all match; an empty query matches everything live', () => {
    expect(ids(searchLibrary(index, '城市  urban', NO_FILTERS, NOW))).toEqual([cityRenewal.id]);
    expect(ids(searchLibrary(index, '城市 safety', NO_FILTERS, NOW))).toEqual([]);
    expect(searchLibrary(index, '   ', NO_FILTERS, NOW)).toHaveLength(3);
    expect(queryTerms(' A  a Ｂ ')).toEqual(['a', 'b']);
  });

  test('a word never matches across two fields', () => {
    const h = makeHighlight({ quote: { exact: 'abc', prefix: '', suffix: '' }, note: 'def', title: 't', site: 's' });
    expect(searchLibrary(buildSearchIndex([h]), 'cdef', NO_FILTERS, NOW)).toEqual([]);
  });

  test('property: any substring of a quote finds its record', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }), fc.nat(), fc.nat(), (exact, a, b) => {
        const h = makeHighlight({ quote: { exact, prefix: '', suffix: '' } });
        const norm = normalizeForSearch(exact);
        const from = a % norm.length;
        const to = from + 1 + (b % (norm.length - from));
        const needle = norm.slice(from, to);
        // A substring with whitespace is several words; each is still a substring.
        if (needle.trim() === '') return;
        expect(searchLibrary(buildSearchIndex([h]), needle, NO_FILTERS, NOW)).toHaveLength(1);
      }),
    );
  });
});

describe('filters', () => {
  test('colour, category, tag and site: any value within a kind, all kinds together', () => {
    const f = (over: Partial<typeof NO_FILTERS>) => ids(searchLibrary(index, '', { ...NO_FILTERS, ...over }, NOW));
    expect(f({ colors: ['green', 'blue'] })).toEqual([cityRenewal.id, fullWidth.id]);
    expect(f({ categories: ['target'] })).toEqual([fullWidth.id]);
    expect(f({ tags: ['安全', 'policy'] })).toEqual([cityRenewal.id, safety.id]);
    expect(f({ sites: ['www.gov.cn'] })).toEqual([safety.id]);
    expect(f({ colors: ['green'], sites: ['www.gov.cn'] })).toEqual([]);
  });

  test('last 7 / 30 days and a date range by creation time', () => {
    const f = (date: (typeof NO_FILTERS)['date']) => ids(searchLibrary(index, '', { ...NO_FILTERS, date }, NOW));
    expect(f({ kind: 'last', days: 7 })).toEqual([cityRenewal.id]);
    expect(f({ kind: 'last', days: 30 })).toEqual([cityRenewal.id, safety.id]);
    expect(f({ kind: 'range', from: NOW - 70 * DAY, to: NOW - 10 * DAY })).toEqual([safety.id, fullWidth.id]);
    expect(f({ kind: 'range', to: NOW - 30 * DAY })).toEqual([fullWidth.id]);
  });

  test('a category filter excludes records without a category', () => {
    expect(matchesFilters(safety, { ...NO_FILTERS, categories: ['obligation'] }, NOW)).toBe(false);
  });

  test('day bounds of a date input cover the whole local day', () => {
    const start = dayStart('2024-05-01')!;
    const end = dayEnd('2024-05-01')!;
    expect(new Date(start).getDate()).toBe(1);
    expect(new Date(end).getDate()).toBe(1);
    expect(new Date(end + 1).getDate()).toBe(2);
    expect(dayStart('')).toBeUndefined();
    expect(dayEnd('2024-13-45x')).toBeUndefined();
  });

  test('facets count live records, most used first', () => {
    const facets = collectFacets([
      cityRenewal,
      safety,
      makeHighlight({ tags: ['安全', '安全'], site: 'www.gov.cn' }),
      gone,
    ]);
    expect(facets.tags[0]).toEqual({ value: '安全', count: 2 });
    expect(facets.sites[0]).toEqual({ value: 'www.gov.cn', count: 2 });
    expect(facets.tags.map((t) => t.value)).not.toContain(undefined);
  });
});

describe('matchRanges', () => {
  test('marks every occurrence, merged and sorted', async () => {
    const { matchRanges } = await import('@/utils/library/search');
    expect(matchRanges('城市更新，城市功能', ['城市'])).toEqual([
      [0, 2],
      [5, 7],
    ]);
    expect(matchRanges('Safety First', ['fety', 'saf'])).toEqual([[0, 6]]);
    expect(matchRanges('abc', [])).toEqual([]);
    // 'ﬁ' becomes 'fi' under NFKC: offsets would not line up, so nothing is marked.
    expect(matchRanges('ﬁre', ['fi'])).toEqual([]);
  });
});

describe('narrowing while typing', () => {
  test('a query narrows another when each earlier word is inside a new word', () => {
    expect(narrowsQuery('城市', '城市更新')).toBe(true);
    expect(narrowsQuery('', 'anything')).toBe(true);
    expect(narrowsQuery('urban', 'urban 城市')).toBe(true);
    expect(narrowsQuery('URB', 'urban')).toBe(true);
    expect(narrowsQuery('城市更新', '城市')).toBe(false);
    expect(narrowsQuery('urban 城市', 'urban')).toBe(false);
    expect(narrowsQuery('城市', '更新')).toBe(false);
  });

  test('searching among the previous results finds exactly what a full search finds', () => {
    const word = fc.constantFrom('城市', '更新', 'urban', 'a', 'an', '安全', '第1', '1');
    const records = fc.array(
      fc.record({ quote: fc.array(word, { maxLength: 4 }), note: fc.array(word, { maxLength: 2 }) }),
      { maxLength: 30 },
    );
    const query = fc.array(word, { maxLength: 3 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(records, query, query, (specs, q1, extra) => {
        const all = buildSearchIndex(
          specs.map((s) =>
            makeHighlight({
              quote: { exact: s.quote.join('') || '空', prefix: '', suffix: '' },
              note: s.note.join(' '),
            }),
          ),
        );
        const q2 = `${q1}${extra}`;
        if (!narrowsQuery(q1, q2)) return;
        const previous = searchEntries(all, q1, NO_FILTERS, NOW);
        expect(ids(searchLibrary(previous, q2, NO_FILTERS, NOW))).toEqual(ids(searchLibrary(all, q2, NO_FILTERS, NOW)));
      }),
    );
  });
});
