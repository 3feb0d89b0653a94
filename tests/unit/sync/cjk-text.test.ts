import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CJK_TABLE } from '@/utils/sync/cjk-table';
import { packText, unpackText } from '@/utils/sync/cjk-text';
import { syncItemBytes } from '@/utils/sync/sync-quota';

const bytes = (s: string) => syncItemBytes('', s);
const cjk = fc.string({
  unit: fc.constantFrom(...[...CJK_TABLE].filter((c) => c.charCodeAt(0) >= 0x800).slice(0, 600)),
  maxLength: 80,
});
const mixed = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...CJK_TABLE),
    fc.constantFrom('~', '^', '"', '\\', '<', '\u2028', '😀', 'a', '1', ' ', '\n'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 60,
});

describe('CJK text packing', () => {
  it('the frozen table has 6,956 distinct non-ASCII characters', () => {
    expect(CJK_TABLE.length).toBe(6956);
    expect(new Set(CJK_TABLE).size).toBe(6956);
    expect([...CJK_TABLE].every((c) => c.charCodeAt(0) >= 0x80)).toBe(true);
    // Spot checks that pin the order (it is part of the stored format).
    expect(CJK_TABLE.indexOf('啊')).toBe(188);
    expect(CJK_TABLE.indexOf('，')).toBeGreaterThan(0);
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.oneof(mixed, fc.string({ unit: 'binary' }), fc.string()), (s) => {
        expect(unpackText(packText(s))).toBe(s);
      }),
    );
  });

  it('is never more than one byte (plus one per tilde) larger, and a third smaller for Chinese', () => {
    fc.assert(
      fc.property(fc.oneof(mixed, fc.string({ unit: 'binary' })), (s) => {
        const tildes = [...s].filter((c) => c === '~').length;
        expect(bytes(packText(s))).toBeLessThanOrEqual(bytes(s) + 1 + tildes);
      }),
    );
    fc.assert(
      fc.property(cjk, (s) => {
        expect(bytes(packText(s)) - 2).toBeLessThanOrEqual((2 * (bytes(s) - 2)) / 3);
      }),
    );
    const quote = '会议强调，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，到2025年下降13.5%。';
    expect(bytes(packText(quote))).toBeLessThan(bytes(quote) * 0.75);
    expect(packText('plain English')).toBe('~plain English');
    expect(unpackText('~')).toBe('');
    expect(unpackText('~~~')).toBe('~');
    expect(packText('')).toBe('');
  });

  it('packed text needs no JSON escaping', () => {
    fc.assert(
      fc.property(cjk, (s) => {
        const p = packText(s);
        expect(JSON.stringify(p)).toBe(`"${p}"`);
        expect(p).not.toMatch(/[<~]/);
      }),
    );
  });

  it.each(['~a~x', 'a', '~a~', '\u00ff\u00ff', '~~^a'])('rejects malformed packed text %j', (p) => {
    expect(() => unpackText(p)).toThrow(/packed text/);
  });
});
