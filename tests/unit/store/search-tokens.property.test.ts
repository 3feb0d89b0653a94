/**
 * search-tokens.ts `tokensOf` (by code unit, token strings shared across texts in small
 * direct-mapped tables) gives exactly the tokens of the plain definition (`plainTokensOf`), on
 * any text: Chinese, Latin of both cases, digits, other scripts, combining marks, characters
 * outside the Basic Multilingual Plane, lone surrogates, white space; called one after another
 * (what the tables share must never leak a wrong token into the next text).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { normalizeForSearch } from '@/utils/library/search';
import { tokensOf } from '@/utils/store/search-tokens';
import { ownText, pageText, searchText } from '@/utils/store/rows';
import type { Highlight } from '@/utils/highlights/record';
import { plainTokensOf } from './search-tokens-oracle';

const PIECES = [
  ...'城市更新行动推进高质量发展一是不了国家政策落实',
  ...'，。（）-_/“”、：；',
  ...'かなカナ한국ㄅ',
  '\uce00', // a Hangul syllable whose code unit differs from 丁 (U+4E01) only by its top bit
  '\u4e01',
  'policy',
  'Policy',
  'WATER',
  'x1',
  '2024',
  'é',
  'e\u0301', // a combining mark: a word character
  'сила',
  'नीति',
  '𠀀', // Han outside the BMP: a gram character of two code units
  '𪚥',
  '𝐀𝐁', // letters outside the BMP: word characters of two code units
  '😀', // outside the BMP, neither: a gram character
  '\ud800', // lone surrogates
  '\udc00',
  '\0',
  ' ',
  '\n',
  '\t',
  '\u3000', // ideographic space
  '\u00a0',
];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
);
const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));

const sorted = (s: Set<string>) => [...s].sort();

describe('tokensOf', () => {
  test('equals the plain definition on any text, raw or normalized', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (texts) => {
        for (const t of texts)
          for (const s of [t, normalizeForSearch(t)]) expect(sorted(tokensOf(s))).toEqual(sorted(plainTokensOf(s)));
      }),
      { numRuns: 500 },
    );
  });

  test('equals it on arbitrary UTF-16', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        expect(sorted(tokensOf(a))).toEqual(sorted(plainTokensOf(a)));
        expect(sorted(tokensOf(b))).toEqual(sorted(plainTokensOf(b)));
      }),
      { numRuns: 500 },
    );
  });

  test('stays right when many distinct tokens clash in its shared tables', () => {
    // 300 × 300 distinct gram pairs and 20,000 distinct words, far more than the tables hold,
    // each text checked again after the others have overwritten its slots.
    const texts: string[] = [];
    for (let a = 0; a < 300; a++) {
      let t = '';
      for (let b = 0; b < 300; b++) t += String.fromCharCode(0x4e00 + a, 0x6000 + b) + ' ';
      texts.push(t);
    }
    for (let w = 0; w < 200; w++)
      texts.push(Array.from({ length: 100 }, (_, k) => (w * 100 + k).toString(36) + 'x').join(' '));
    for (const round of [0, 1])
      texts.forEach((t, i) => {
        if (round === 1 || i % 7 === 0) expect(sorted(tokensOf(t))).toEqual(sorted(plainTokensOf(t)));
        else tokensOf(t);
      });
  });

  test('tells apart words whose prefixes share a hash', () => {
    // These 6-letter words hash alike in the word table (found by search): the second must
    // not be given the first one's string.
    for (const [a, b] of [
      ['7yzlaq', 'e6apaq'],
      ['gwzlaq', '16cpaq'],
    ]) {
      expect(tokensOf(a!).has(a!)).toBe(true);
      expect(sorted(tokensOf(b!))).toEqual(sorted(plainTokensOf(b!)));
    }
  });
});

describe('searchText', () => {
  test("normalizing a record's own part and its page's part apart gives the text normalized whole", () => {
    // commit.ts prepareTokens tokenizes a page's part once for all its records.
    const field = fc.oneof(text, fc.constantFrom('ΟΔΟΣ', 'Σ', 'ΑΣ', '\u0301x', 'ﬁ', 'Ⅻ', '①', 'İ', 'e\u0301'));
    fc.assert(
      fc.property(
        fc.record({
          quote: field,
          note: field,
          tags: fc.array(field, { maxLength: 2 }),
          title: field,
          article: field,
          site: field,
        }),
        (f) => {
          const h = {
            quote: { exact: f.quote, prefix: '', suffix: '' },
            note: f.note,
            tags: f.tags,
            title: f.title,
            site: f.site,
            article: { title: f.article },
          } as unknown as Highlight;
          const article = f.article && f.article !== f.title ? f.article : '';
          const whole = normalizeForSearch([f.quote, f.note, f.tags.join('\n'), f.title, article, f.site].join('\n'));
          expect(searchText(h)).toBe(whole);
          expect(sorted(tokensOf(whole))).toEqual(
            sorted(
              new Set([...tokensOf(normalizeForSearch(ownText(h))), ...tokensOf(normalizeForSearch(pageText(h)))]),
            ),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
