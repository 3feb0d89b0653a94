import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  applyRowEdits,
  decodeOrds,
  encodeOrds,
  intersect,
  rowEdits,
  type PostingRow,
  type TokenChange,
} from '@/utils/store/postings';

const sortedOrds = fc.uniqueArray(fc.nat(2 ** 32 - 1), { maxLength: 200 }).map((a) => a.sort((x, y) => x - y));

/** A few tokens over two shards, and the rows a list of changes leaves. */
const token = fc.constantFrom('城', '城市', 'a', 'ab', '市');
const shardOf = (t: string) => t.slice(0, 1);
const rowsOf = (changes: TokenChange[]) => {
  const rows = new Map<string, PostingRow>();
  for (const [key, e] of rowEdits(changes, shardOf)) rows.set(key, applyRowEdits(rows.get(key), e.add, e.remove));
  return rows;
};

describe('postings', () => {
  test('ords survive encoding, and dense lists cost a byte each', () => {
    fc.assert(
      fc.property(sortedOrds, (ords) => {
        expect([...decodeOrds(encodeOrds(ords))]).toEqual(ords);
      }),
    );
    expect(encodeOrds(Array.from({ length: 8192 }, (_, i) => i)).length).toBe(8192);
  });

  test('row edits equal set operations', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('城', '城市', 'a', 'ab'), fc.nat(50), fc.boolean()), { maxLength: 60 }),
        (ops) => {
          let row = new Map<string, Uint8Array>();
          const model = new Map<string, Set<number>>();
          for (const [token, ord, add] of ops) {
            const edit = new Map([[token, [ord]]]);
            row = applyRowEdits(row, add ? edit : new Map(), add ? new Map() : edit);
            const set = model.get(token) ?? new Set();
            if (add) set.add(ord);
            else set.delete(ord);
            model.set(token, set);
          }
          for (const [token, set] of model) {
            expect([...decodeOrds(row.get(token))]).toEqual([...set].sort((a, b) => a - b));
            if (!set.size) expect(row.has(token)).toBe(false);
          }
        },
      ),
    );
  });

  test('a batch of changes edits the rows as the changes one at a time do', () => {
    const change = fc.record({
      ord: fc.nat(20_000),
      before: fc.uniqueArray(token, { maxLength: 4 }),
      after: fc.uniqueArray(token, { maxLength: 4 }),
    });
    const apply = (rows: Map<string, PostingRow>, changes: TokenChange[]) => {
      for (const [key, e] of rowEdits(changes, shardOf)) {
        const row = applyRowEdits(rows.get(key), e.add, e.remove);
        if (row.size) rows.set(key, row);
        else rows.delete(key);
      }
    };
    fc.assert(
      fc.property(fc.uniqueArray(change, { selector: (c) => c.ord, maxLength: 30 }), (raw) => {
        const changes = raw.map((c) => ({ ord: c.ord, before: new Set(c.before), after: new Set(c.after) }));
        // Each ord's `before` tokens are in the index first, as a stored record's are.
        const start = changes.map((c) => ({ ord: c.ord, before: new Set<string>(), after: c.before }));
        const batched = new Map<string, PostingRow>();
        const single = new Map<string, PostingRow>();
        apply(batched, start);
        apply(single, start);
        apply(batched, changes);
        for (const c of changes) apply(single, [c]);
        expect(batched).toEqual(single);
      }),
    );
  });

  test("a new record's token list (repeats allowed) edits the rows as its set does", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ ord: fc.nat(20_000), tokens: fc.array(token, { maxLength: 8 }) }), {
          selector: (c) => c.ord,
          maxLength: 30,
        }),
        (raw) => {
          const none = new Set<string>();
          const lists = rowsOf(raw.map((c) => ({ ord: c.ord, before: none, after: c.tokens })));
          const sets = rowsOf(raw.map((c) => ({ ord: c.ord, before: none, after: new Set(c.tokens) })));
          expect(lists).toEqual(sets);
          for (const [key, e] of rowEdits(
            raw.map((c) => ({ ord: c.ord, before: none, after: c.tokens })),
            shardOf,
          ))
            for (const [t, ords] of e.add) expect(new Set(ords).size, `${key} ${t}`).toBe(ords.length);
        },
      ),
    );
  });

  test("tokens in a shared list (a page's, commit.ts prepareTokens) edit the rows as the same tokens in `after` do", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(token, { maxLength: 6 }), { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(
          fc.record({
            // Ords across two index blocks (8,192 each), in any order.
            ord: fc.nat(17_000),
            before: fc.uniqueArray(token, { maxLength: 3 }),
            own: fc.array(token, { maxLength: 6 }),
            page: fc.nat(),
          }),
          { selector: (c) => c.ord, maxLength: 30 },
        ),
        (pages, raw) => {
          const shared = raw.map((c) => ({
            ord: c.ord,
            before: new Set(c.before),
            after: c.own,
            shared: pages[c.page % pages.length]!,
          }));
          const merged = raw.map((c) => ({
            ord: c.ord,
            before: new Set(c.before),
            after: [...c.own, ...pages[c.page % pages.length]!],
          }));
          expect(rowsOf(shared)).toEqual(rowsOf(merged));
        },
      ),
    );
  });

  test('a new row (none stored) holds what an edit of an empty one holds, whatever the order of its ords', () => {
    const ords = fc.array(fc.nat(20_000), { maxLength: 20 });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('城', '城市', 'a', 'ab'), ords), (raw) => {
        const add = () => new Map(Object.entries(raw).map(([t, list]) => [t, [...list]]));
        const fresh = applyRowEdits(undefined, add(), new Map());
        expect(fresh).toEqual(applyRowEdits(new Map(), add(), new Map()));
        for (const [t, list] of Object.entries(raw))
          expect([...decodeOrds(fresh.get(t))]).toEqual([...new Set(list)].sort((a, b) => a - b));
      }),
    );
  });

  test('intersect', () => {
    fc.assert(
      fc.property(fc.array(sortedOrds, { minLength: 1, maxLength: 4 }), (lists) => {
        const expected = lists[0]!.filter((x) => lists.every((l) => l.includes(x)));
        expect(intersect(lists)).toEqual(expected);
      }),
    );
  });
});
