import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CJK_TABLE, SYNC_MODEL_CODE_LENGTHS, SYNC_MODEL_WORDS } from '@/utils/sync/cjk-table';
import { asciiToBits, BitReader, bitsToAscii, BitWriter } from '@/utils/sync/bit-stream';
import { packText, unpackText } from '@/utils/sync/cjk-pairs';
import { readText, readWords, writeText, writeWords } from '@/utils/sync/cjk-text';
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

describe('bit packing and the word model (encoding version 2)', () => {
  const withSurrogates = fc.oneof(mixed, fc.constantFrom('\ud800', 'a\udfffb', '\u0000'));
  const roundTrip = (write: (w: BitWriter) => void) => {
    const w = new BitWriter();
    write(w);
    const ascii = bitsToAscii(w.bits);
    return { ascii, reader: new BitReader(asciiToBits(JSON.parse(JSON.stringify(ascii)) as string)) };
  };

  it('the model is a complete prefix code over end, escape, ASCII, the table and its words', () => {
    const words = SYNC_MODEL_WORDS.split(' ');
    expect(new Set(words).size).toBe(words.length);
    expect(SYNC_MODEL_CODE_LENGTHS.length).toBe(2 + 95 + CJK_TABLE.length + words.length);
    const kraft = [...SYNC_MODEL_CODE_LENGTHS].reduce((sum, c) => sum + 2 ** -(c.charCodeAt(0) - 64), 0);
    expect(kraft).toBeCloseTo(1, 12);
  });

  it('text fields, unsigned and signed numbers read back exactly, in order', () => {
    fc.assert(
      fc.property(
        fc.array(withSurrogates, { maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 52 }), { maxLength: 4 }),
        fc.array(fc.integer({ min: -(2 ** 51), max: 2 ** 51 }), { maxLength: 4 }),
        (texts, uints, ints) => {
          const { ascii, reader } = roundTrip((w) => {
            texts.forEach((t) => writeWords(w, t));
            texts.forEach((t) => writeText(w, t));
            uints.forEach((n) => w.writeUint(n));
            ints.forEach((n) => w.writeInt(n));
          });
          expect(texts.map(() => readWords(reader))).toEqual(texts);
          expect(texts.map(() => readText(reader))).toEqual(texts);
          expect(uints.map(() => reader.readUint())).toEqual(uints);
          expect(ints.map(() => reader.readInt())).toEqual(ints);
          // Printable ASCII that JSON and Chromium write as is: one byte a letter.
          expect(bytes(ascii)).toBe(ascii.length + 2);
        },
      ),
    );
  });

  it('packs Chinese prose well below the 2 bytes a character of packText', () => {
    // Not from the benchmark corpus.
    const text = '国务院常务会议指出，要进一步稳定和扩大就业，加大对中小微企业的支持力度，切实保障困难群众基本生活。';
    const { ascii, reader } = roundTrip((w) => writeWords(w, text));
    expect(readWords(reader)).toBe(text);
    expect(ascii.length).toBeLessThan(0.75 * (bytes(packText(text)) - 2));
  });

  it('writeText keeps urls and dates at 7 bits a character and Chinese in the word model', () => {
    const size = (t: string) => {
      const w = new BitWriter();
      writeText(w, t);
      return w.bits.length;
    };
    const url = 'https://www.gov.cn/zhengce/content/202403/content_6939261.htm';
    expect(size(url)).toBeLessThanOrEqual(1 + 7 * url.length + 11);
    const title = '国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见';
    expect(size(title)).toBeLessThan(10 * title.length);
  });

  it('rejects letters outside the alphabet and truncated input with an error, never a wrong read', () => {
    expect(() => asciiToBits('ab~')).toThrow(/packed record/);
    expect(() => readWords(new BitReader([]))).toThrow(/packed record: truncated/);
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        try {
          const reader = new BitReader(asciiToBits(s));
          for (let i = 0; i < 5; i++) readWords(reader);
        } catch (e) {
          expect((e as Error).message).toMatch(/packed/);
        }
      }),
    );
  });
});
