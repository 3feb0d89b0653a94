import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { applyRowEdits, decodeOrds, encodeOrds, intersect } from '@/utils/store/postings';

const sortedOrds = fc.uniqueArray(fc.nat(2 ** 32 - 1), { maxLength: 200 }).map((a) => a.sort((x, y) => x - y));

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
            row = applyRowEdits(row, add ? [[token, ord]] : [], add ? [] : [[token, ord]]);
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

  test('intersect', () => {
    fc.assert(
      fc.property(fc.array(sortedOrds, { minLength: 1, maxLength: 4 }), (lists) => {
        const expected = lists[0]!.filter((x) => lists.every((l) => l.includes(x)));
        expect(intersect(lists)).toEqual(expected);
      }),
    );
  });
});
