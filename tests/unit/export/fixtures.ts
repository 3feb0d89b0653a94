import fc from 'fast-check';
import * as v from 'valibot';
import { ArticleMetaSchema, CATEGORIES, COLORS, HighlightSchema, type Highlight } from '@/utils/highlights/record';

let counter = 0;

/** A valid record; ids are UUIDs like the ones the extension makes. */
export function makeHighlight(overrides: Partial<Highlight> = {}): Highlight {
  counter++;
  const base: Highlight = {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    url: 'https://www.gov.cn/zhengce/content/2024-05/01/content_1.htm',
    title: '国务院关于加强安全生产工作的意见',
    site: 'www.gov.cn',
    article: {
      title: '国务院关于加强安全生产工作的意见',
      published: '2024-05-01 10:00',
      source: '中国政府网',
      editor: '张三',
    },
    quote: { exact: '必须坚持安全第一', prefix: '各地区', suffix: '，预防为主' },
    position: { start: 10, end: 18 },
    color: 'yellow',
    note: '',
    tags: [],
    created: Date.UTC(2024, 4, 1, 2),
    updated: Date.UTC(2024, 4, 1, 3),
    clock: '001714528800000:000000:devA',
  };
  return { ...base, ...overrides };
}

const text = (max: number, min = 0) =>
  fc.oneof(
    fc.string({ minLength: min, maxLength: max }),
    fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }),
    // Lone surrogates, control characters: JSON must still carry them exactly.
    fc.string({ minLength: min, maxLength: max, unit: 'binary' }),
  );

const optionalNullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const articleArb = fc.record(
  {
    title: text(40),
    published: optionalNullable(text(20)),
    source: optionalNullable(text(20)),
    editor: optionalNullable(text(20)),
    author: optionalNullable(text(20)),
    keywords: fc.array(text(10), { maxLength: 3 }),
    channel: fc.array(text(10), { maxLength: 3 }),
    language: optionalNullable(text(8)),
    issuer: optionalNullable(text(20)),
    docNumber: optionalNullable(text(20)),
  },
  { requiredKeys: ['title'] },
);

const timeArb = fc.oneof(
  fc.integer({ min: 0, max: 4_102_444_800_000 }), // up to 2100
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), // beyond what a Date can hold
);

/** Any record the schema accepts (http/https URL, since only those are imported). */
export const highlightArb: fc.Arbitrary<Highlight> = fc
  .record(
    {
      id: fc.oneof(fc.uuid(), text(128, 1)),
      url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
      title: text(60),
      site: text(30),
      article: fc.oneof(fc.constant(null), articleArb),
      exact: text(80, 1),
      prefix: text(64),
      suffix: text(64),
      start: fc.nat({ max: 1_000_000 }),
      length: fc.integer({ min: 1, max: 1000 }),
      color: fc.constantFrom(...COLORS),
      note: text(200),
      tags: fc.array(text(64, 1), { maxLength: 32 }),
      category: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
      created: timeArb,
      updated: timeArb,
      clock: text(40, 1),
      deleted: fc.boolean(),
    },
    {
      requiredKeys: [
        'id',
        'url',
        'title',
        'site',
        'exact',
        'prefix',
        'suffix',
        'start',
        'length',
        'color',
        'note',
        'tags',
        'created',
        'updated',
        'clock',
      ],
    },
  )
  // fc.record builds null-prototype objects; stored records are plain ones.
  .map(({ exact, prefix, suffix, start, length, article, ...rest }) => ({
    ...rest,
    ...(article !== undefined && { article: article === null ? null : { ...article } }),
    quote: { exact, prefix, suffix },
    position: { start, end: start + length },
  }))
  .filter((r) => v.is(HighlightSchema, r) && v.is(v.optional(v.nullable(ArticleMetaSchema)), r.article));

export const IMPORT_CLOCK = '001720000000000:000000:import';
export const NOW = Date.UTC(2024, 6, 1);

/** Deterministic ids for foreign records. */
export function idMaker(prefix = 'aaaaaaaa-0000-4000-8000-'): () => string {
  let n = 0;
  return () => `${prefix}${String(++n).padStart(12, '0')}`;
}
