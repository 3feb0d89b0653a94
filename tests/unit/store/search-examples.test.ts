/**
 * What the reader's search finds, by example, through the store (the one search the popup and
 * the library page use): Chinese substrings, English words by prefix and case-insensitively,
 * NFKC (full-width = ASCII), every field but never across two, every word of the query,
 * tombstones never; and the facets the filter menus list.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Highlight } from '@/utils/highlights/record';
import { normalizeForSearch } from '@/utils/library/search';
import { isWordChar } from '@/utils/store/search-tokens';
import { makeHighlight } from '../export/fixtures';
import { testStore } from './helpers';

const DAY = 86_400_000;
const NOW = Date.UTC(2024, 5, 30);
let place = 0;
const at = (over: Partial<Highlight>) => {
  place += 100;
  return makeHighlight({ position: { start: place, end: place + 5 }, ...over });
};

const cityRenewal = at({
  quote: { exact: '推进城市更新行动，完善城市功能', prefix: '', suffix: '' },
  note: 'Important for the URBAN plan',
  tags: ['城市', 'policy'],
  site: 'www.people.com.cn',
  created: NOW - 2 * DAY,
});
const safety = at({
  quote: { exact: 'Safety first, prevention foremost', prefix: '', suffix: '' },
  note: '注意落实',
  tags: ['安全'],
  site: 'www.gov.cn',
  created: NOW - 20 * DAY,
});
const fullWidth = at({
  quote: { exact: '２０２５年ＧＤＰ目标', prefix: '', suffix: '' },
  title: 'Ｒｅｐｏｒｔ',
  site: 'www.news.cn',
  created: NOW - 60 * DAY,
});
const gone = at({ quote: { exact: '城市更新 deleted', prefix: '', suffix: '' }, deleted: true });

async function library(records: Highlight[]) {
  const lib = await (await testStore()).open();
  await lib.merge(records);
  return lib;
}

describe('search through the store', async () => {
  const lib = await library([cityRenewal, safety, fullWidth, gone]);
  const found = async (text: string) => (await lib.query({ text }, 100)).records.map((r) => r.id);

  test('a Chinese substring matches without word breaks', async () => {
    expect(await found('城市更新')).toEqual([cityRenewal.id]);
    expect(await found('更新行')).toEqual([cityRenewal.id]);
  });

  test('English is case-insensitive, by word prefix, in quotes and notes', async () => {
    expect(await found('SAFETY')).toEqual([safety.id]);
    expect(await found('urban')).toEqual([cityRenewal.id]);
    expect(await found('preven')).toEqual([safety.id]);
    expect(await found('afety')).toEqual([]);
  });

  test('NFKC: full-width letters and digits match ASCII and the other way round', async () => {
    expect(await found('2025年gdp')).toEqual([fullWidth.id]);
    expect(await found('report')).toEqual([fullWidth.id]);
    expect(await found('ｓａｆｅｔｙ')).toEqual([safety.id]);
  });

  test('notes, tags, titles and sites are searched; deleted records never', async () => {
    expect(await found('落实')).toEqual([safety.id]);
    expect(await found('policy')).toEqual([cityRenewal.id]);
    expect(await found('news.cn')).toEqual([fullWidth.id]);
    expect(await found('deleted')).toEqual([]);
  });

  test('several words must all match; an empty query matches everything live', async () => {
    expect(await found('城市  urban')).toEqual([cityRenewal.id]);
    expect(await found('城市 safety')).toEqual([]);
    expect(await found('   ')).toHaveLength(3);
    expect(await lib.count({ text: '城市' })).toBe(1);
  });

  test('a word never matches across two fields', async () => {
    const other = await library([
      at({ quote: { exact: 'abc', prefix: '', suffix: '' }, note: 'def', title: 't', site: 's' }),
    ]);
    expect((await other.query({ text: 'cdef' }, 10)).records).toEqual([]);
  });

  test('facets count live records, most used first', async () => {
    const more = await library([cityRenewal, safety, at({ tags: ['安全', '安全'], site: 'www.gov.cn' }), gone]);
    const facets = await more.facets();
    expect(facets.tags[0]).toEqual({ value: '安全', count: 2 });
    expect(facets.sites[0]).toEqual({ value: 'www.gov.cn', count: 2 });
    expect(facets.tags.map((t) => t.value)).not.toContain(undefined);
  });

  test('facets are read again after a write (they are kept between writes)', async () => {
    const lib = await library([cityRenewal, safety]);
    const before = await lib.facets();
    expect(before.tags.map((t) => t.value)).not.toContain('新标签');
    await lib.update(cityRenewal.id, { tags: ['新标签'] });
    expect((await lib.facets()).tags).toContainEqual({ value: '新标签', count: 1 });
    await lib.delete(cityRenewal.id);
    expect((await lib.facets()).tags.map((t) => t.value)).not.toContain('新标签');
  });
});

test('property: any substring of a quote that starts where a word starts (or in Chinese) finds its record', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }),
      fc.nat(),
      fc.nat(),
      async (exact, a, b) => {
        const norm = normalizeForSearch(exact);
        const from = a % norm.length;
        const to = from + 1 + (b % (norm.length - from));
        const needle = norm.slice(from, to);
        // A substring with whitespace is several words; one that starts inside a word is no match.
        if (needle.trim() !== needle || needle === '' || /\s/.test(needle)) return;
        const first = String.fromCodePoint(needle.codePointAt(0)!);
        const before = norm.slice(0, from);
        const previous = [...before].at(-1);
        if (isWordChar(first) && previous !== undefined && isWordChar(previous)) return;
        // Half of a character outside the BMP is no text to search for.
        if (/[\ud800-\udbff]$/.test(needle) || /^[\udc00-\udfff]/.test(needle)) return;
        const h = at({ quote: { exact, prefix: '', suffix: '' } });
        const lib = await library([h]);
        expect((await lib.query({ text: needle }, 10)).records.map((r) => r.id)).toEqual([h.id]);
      },
    ),
    { numRuns: 40 },
  );
});
