/**
 * The splitter hands over exactly the elements of the annotation arrays, whatever the chunk
 * boundaries (inside strings, escapes, keys), and the document around them; a document broken
 * anywhere is refused, at the latest by `end()`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonDepthError, JsonItems } from '@/utils/export/json-items';

const ITEMS = /^(?:|(?:next\.)*items|rows|first(?:\.next)*\.items)$/;

function split(text: string, sizes: number[], maxDepth = 64, maxItemChars = 1e6) {
  const items: unknown[] = [];
  const parser = new JsonItems({
    isItemArray: (path) => ITEMS.test(path),
    onItem: (t) => items.push(t === null ? null : JSON.parse(t)),
    maxDepth,
    maxItemChars,
    maxOutsideChars: 1e7,
  });
  let at = 0;
  for (let k = 0; at < text.length; k++) {
    const size = sizes.length ? sizes[k % sizes.length]! : text.length;
    parser.write(text.slice(at, at + size));
    at += size;
  }
  return { items, document: parser.end() };
}

/** Values with the characters that matter to a splitter: quotes, backslashes, brackets, commas. */
const tricky = fc.string({ unit: fc.constantFrom('"', '\\', '[', ']', '{', '}', ',', ':', 'a', '字', ' ', '\n') });
const value = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(tricky, tie('v'), { maxKeys: 4 }),
  ),
})).v;
const sizes = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 });

describe('JSON items splitter', () => {
  it('hands over the elements of items / first.items / next pages, and the rest as it was (property)', () => {
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 6 }),
        fc.array(value, { maxLength: 3 }),
        value,
        sizes,
        fc.boolean(),
        (a, b, extra, cut, pretty) => {
          const doc = { extra, 'items\\"': [1], first: { label: extra, items: a, next: { items: b } } };
          const text = JSON.stringify(doc, null, pretty ? 2 : undefined);
          const { items, document } = split(text, cut);
          expect(items).toEqual([...a, ...b]);
          expect(document).toEqual({
            ...doc,
            first: { label: extra, items: a.map(() => 0), next: { items: b.map(() => 0) } },
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads the root array, rows, and a key written with escapes as the key it means', () => {
    expect(split('[1, {"a": [2]}, "x"]', [3]).items).toEqual([1, { a: [2] }, 'x']);
    expect(split('{"rows": [[1], []]}', [1]).items).toEqual([[1], []]);
    expect(split('{"it\\u0065ms": [true]}', [2]).items).toEqual([true]);
    expect(split('{"items": []}', [1]).items).toEqual([]);
  });

  it('hands over an element longer than the limit as null, keeping none of its text, and goes on', () => {
    const long = 'x'.repeat(500);
    const text = JSON.stringify({ items: [1, { note: long }, 'short', long] });
    expect(split(text, [7], 64, 100).items).toEqual([1, null, 'short', null]);
  });

  it('refuses a document broken anywhere: truncated, extra text, a trailing comma, deep nesting', () => {
    const text = JSON.stringify({ first: { items: [{ a: 'x"y' }, 2] } });
    for (let end = 0; end < text.length; end++) expect(() => split(text.slice(0, end), [5])).toThrow();
    expect(() => split(`${text}]`, [5])).toThrow();
    expect(() => split('{"items": [1,]}', [5])).toThrow();
    expect(() => split('{"items": [1] "x": 2}', [5])).toThrow();
    expect(() => split('{"items": [1}', [5])).toThrow();
    expect(() => split(`{"items": [${'['.repeat(70)}`, [7])).toThrow(JsonDepthError);
    expect(() => split(`{"x": ${'['.repeat(70)}`, [7])).toThrow(JsonDepthError);
  });
});
