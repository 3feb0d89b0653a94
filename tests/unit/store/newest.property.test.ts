/**
 * A search answered from the newest records in memory (newest.ts, reader.ts `searchNow`) is the
 * answer the index gives: on random libraries (edits and deletes too), whenever the newest
 * records can tell, their page equals `query`'s for that many records, cursor included, and
 * going on from its cursor gives the rest exactly. When they cannot tell, they say so (null)
 * rather than give fewer records than asked. And an answer is for one state of the library: a
 * write makes `stillAt` false and drops them.
 */
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { LibraryReader } from '@/utils/store/reader';
import type { LibraryQuery } from '@/utils/store/queries';
import { NO_FILTERS } from '@/utils/library/search';
import { draft, PAGE, testStore } from './helpers';

const CJK = [...'城市更新行动推进高质量发展严禁要求'];
const WORDS = ['policy', 'police', 'water', 'waterway', 'must', 'report', 'x1'];
const piece = fc.oneof(
  fc.constantFrom(...CJK),
  fc.constantFrom(...WORDS).map((w) => ` ${w} `),
  fc.constantFrom('，', '。', ' ', '5'),
);
const text = (min: number, max: number) => fc.array(piece, { minLength: min, maxLength: max }).map((p) => p.join(''));
const record = fc.record({
  quote: text(1, 12),
  note: text(0, 4),
  tag: fc.constantFrom('', '重点', 'tag1'),
  color: fc.constantFrom('yellow', 'green', 'blue'),
});
const query: fc.Arbitrary<LibraryQuery> = fc.record(
  {
    text: fc.oneof(
      fc.constantFrom(...CJK),
      fc.constantFrom('城市', '推进', 'wat', 'water', 'po', 'must 城', '严禁 x1'),
      text(1, 2),
    ),
    filters: fc.constantFrom(
      undefined,
      { ...NO_FILTERS, colors: ['yellow' as const] },
      { ...NO_FILTERS, tags: ['重点'] },
      { ...NO_FILTERS, date: { kind: 'last' as const, days: 1 } },
    ),
  },
  { requiredKeys: ['text'] },
);

test('an answer from the newest records is what the index answers, and its cursor goes on from there', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(record, { minLength: 1, maxLength: 40 }),
      fc.array(fc.nat(), { maxLength: 5 }),
      fc.integer({ min: 1, max: 50 }),
      fc.array(fc.tuple(query, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })), {
        minLength: 1,
        maxLength: 5,
      }),
      async (records, edits, kept, queries) => {
        const store = await testStore();
        const lib = await store.open();
        for (const [i, r] of records.entries())
          await lib.save(
            draft(`r${i}`, {
              quote: { exact: r.quote, prefix: '', suffix: '' },
              note: r.note,
              tags: r.tag ? [r.tag] : [],
              color: r.color as 'yellow',
              url: i % 2 ? PAGE : 'https://www.gov.uk/guidance/other',
            }),
          );
        for (const e of edits) {
          const id = `r${e % records.length}`;
          if (e % 3 === 0) await lib.setDeleted([id], true);
          else await lib.update(id, { note: e % 2 ? '城市 water' : '' }).catch(() => undefined);
        }
        const reader = (await LibraryReader.open(async () => store.db))!;
        await reader.readNewest(kept);
        // The index's answers, by a reader that keeps nothing (the same clock for date filters as searchNow's).
        const plain = (await LibraryReader.open(async () => store.db))!;
        for (const [q, a, b] of queries) {
          const [atLeast, limit] = a <= b ? [a, b] : [b, a];
          const now = reader.searchNow(q, limit, atLeast);
          if (!now) continue;
          const n = now.page.records.length;
          expect(n).toBeLessThanOrEqual(limit);
          if (now.page.cursor !== null) expect(n).toBeGreaterThanOrEqual(atLeast);
          // The same page as the index gives for that many (cursor included)…
          expect(now.page).toEqual(await plain.query(q, now.page.cursor === null ? limit : n, null));
          // …and from its cursor, the rest of the matches.
          if (now.page.cursor) {
            const rest = await plain.query(q, 1000, now.page.cursor);
            const all = await plain.query(q, 1000, null);
            expect([...now.page.records, ...rest.records].map((h) => h.id)).toEqual(all.records.map((h) => h.id));
          }
        }
        reader.close();
        plain.close();
      },
    ),
    { numRuns: 40 },
  );
});

test('the newest records answer a frequent term, and a rare one is left to the index', async () => {
  const store = await testStore();
  const lib = await store.open();
  for (let i = 0; i < 100; i++)
    await lib.save(
      draft(`r${i}`, { quote: { exact: i === 3 ? '严禁违规举债' : `推进城市更新行动${i}`, prefix: '', suffix: '' } }),
    );
  const reader = (await LibraryReader.open(async () => store.db))!;
  expect(reader.searchNow({ text: '城市' }, 8)).toBeNull();
  await reader.readNewest(32);
  const now = reader.searchNow({ text: '城市' }, 30, 8);
  // 32 records kept, 30 of them match: the first list whole.
  expect(now?.page).toEqual(await lib.query({ text: '城市' }, 30, null));
  expect(reader.searchNow({ text: '严禁' }, 8)).toBeNull();
});

test('a write changes the state: the answer no longer holds, and the newest records are dropped', async () => {
  const store = await testStore();
  const lib = await store.open();
  for (let i = 0; i < 10; i++)
    await lib.save(draft(`r${i}`, { quote: { exact: `推进城市更新行动${i}`, prefix: '', suffix: '' } }));
  const reader = (await LibraryReader.open(async () => store.db))!;
  await reader.readNewest(256);
  const now = reader.searchNow({ text: '城市' }, 8)!;
  expect(await reader.stillAt(now.state)).toBe(true);
  await lib.setDeleted(['r9'], true);
  expect(await reader.stillAt(now.state)).toBe(false);
  expect(reader.searchNow({ text: '城市' }, 8)).toBeNull();
  // Read again: the deleted record is gone from the answer.
  await reader.readNewest(256);
  expect(reader.searchNow({ text: '城市' }, 8)?.page).toEqual(await lib.query({ text: '城市' }, 8, null));
  expect(reader.searchNow({ text: '城市' }, 8)?.page.records.map((h) => h.id)).not.toContain('r9');
});
