/**
 * Filters without search text over schema 4's blocks (facet-ranges.ts): whatever the records'
 * times (blocks whose times overlap, ties, a date window that cuts blocks), every page of
 * `query` and `count` give what a plain scan of the records gives: the live records that match,
 * newest first (ties: greater id first), each once.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COLORS, type Highlight } from '@/utils/highlights/record';
import { matchesFilters, type LibraryFilters } from '@/utils/library/search';
import { draft, testStore } from './helpers';

const T0 = 1_600_000_000_000;
const TAGS = ['重点', 'policy', 'x'] as const;
const SITES = ['www.gov.cn', 'www.people.com.cn'] as const;

const item = fc.record({
  at: fc.integer({ min: 0, max: 40 }),
  color: fc.constantFrom(...COLORS),
  tags: fc.subarray([...TAGS]),
  site: fc.constantFrom(...SITES),
  deleted: fc.boolean(),
});

const filters = fc.record({
  colors: fc.subarray([...COLORS], { maxLength: 2 }),
  categories: fc.constant([] as string[]),
  tags: fc.subarray([...TAGS], { maxLength: 2 }),
  sites: fc.subarray([...SITES], { maxLength: 1 }),
  date: fc.oneof(
    fc.constant({ kind: 'any' as const }),
    fc
      .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }))
      .map(([a, b]) => ({ kind: 'range' as const, from: T0 + Math.min(a, b), to: T0 + Math.max(a, b) })),
  ),
}) as fc.Arbitrary<LibraryFilters>;

const newestFirst = (a: Highlight, b: Highlight) => b.created - a.created || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

describe('listings over the record blocks', () => {
  it('every page and the count match a plain scan, blocks overlapping in time', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(item, { minLength: 40, maxLength: 110 }),
        filters,
        fc.integer({ min: 1, max: 40 }),
        async (items, f, limit) => {
          const store = await testStore();
          const lib = await store.open();
          const records: Highlight[] = items.map((o, i) => ({
            ...draft(`r${String(i).padStart(3, '0')}`, {
              url: `https://${o.site}/p${i % 7}.htm`,
              site: o.site,
              position: { start: i, end: i + 5 },
              color: o.color,
              tags: o.tags,
            }),
            created: T0 + o.at,
            updated: T0 + o.at,
            clock: `${String(T0 + o.at).padStart(15, '0')}:000000:test`,
            ...(o.deleted && { deleted: true }),
          }));
          // Imported in two batches, so that blocks hold records of both and times interleave.
          await lib.importRecords(records.filter((_, i) => i % 2 === 0));
          await lib.importRecords(records.filter((_, i) => i % 2 === 1));
          const now = T0 + 100;
          const expected = records.filter((h) => h.deleted !== true && matchesFilters(h, f, now)).sort(newestFirst);
          const got: Highlight[] = [];
          for (let cursor: string | null = null, first = true; first || cursor; first = false) {
            const page = await lib.query({ filters: f }, limit, cursor);
            got.push(...page.records);
            cursor = page.cursor;
          }
          expect(got.map((h) => h.id)).toEqual(expected.map((h) => h.id));
          expect(await lib.count({ filters: f })).toBe(expected.length);
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
