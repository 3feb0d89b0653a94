import { describe, expect, test } from 'vitest';
import { dayEnd, dayStart, matchesFilters, NO_FILTERS } from '@/utils/library/search';
import { matchRanges } from '@/utils/store/search-tokens';
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
const records = [cityRenewal, safety, fullWidth, gone];
const ids = (hs: { id: string }[]) => hs.map((h) => h.id);
/** The live records that pass the filters, in the order given. */
const filtered = (f: typeof NO_FILTERS) => ids(records.filter((r) => r.deleted !== true && matchesFilters(r, f, NOW)));

describe('filters', () => {
  test('colour, category, tag and site: any value within a kind, all kinds together', () => {
    const f = (over: Partial<typeof NO_FILTERS>) => filtered({ ...NO_FILTERS, ...over });
    expect(f({ colors: ['green', 'blue'] })).toEqual([cityRenewal.id, fullWidth.id]);
    expect(f({ categories: ['target'] })).toEqual([fullWidth.id]);
    expect(f({ tags: ['安全', 'policy'] })).toEqual([cityRenewal.id, safety.id]);
    expect(f({ sites: ['www.gov.cn'] })).toEqual([safety.id]);
    expect(f({ colors: ['green'], sites: ['www.gov.cn'] })).toEqual([]);
  });

  test('last 7 / 30 days and a date range by creation time', () => {
    const f = (date: (typeof NO_FILTERS)['date']) => filtered({ ...NO_FILTERS, date });
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
});

describe('matchRanges', () => {
  test('marks every match as the search finds it (Chinese anywhere, words at their start), merged and sorted', () => {
    expect(matchRanges('城市更新，城市功能', ['城市'])).toEqual([
      [0, 2],
      [5, 7],
    ]);
    expect(matchRanges('Safety First', ['fety', 'saf'])).toEqual([[0, 3]]);
    expect(matchRanges('Safety First, safe', ['saf', 'first'])).toEqual([
      [0, 3],
      [7, 12],
      [14, 17],
    ]);
    expect(matchRanges('abc', [])).toEqual([]);
    // 'ﬁ' becomes 'fi' under NFKC: offsets would not line up, so nothing is marked.
    expect(matchRanges('ﬁre', ['fi'])).toEqual([]);
  });
});
