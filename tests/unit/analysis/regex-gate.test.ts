import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayMatch } from '@/utils/analysis/regex-gate';
import { CORE_RULES } from '@/utils/analysis/core-rules';

/** The regexes the cores gate: the governing phrases and the English coordination. */
const gated = (['zh', 'en'] as const).flatMap((lang) => {
  const r = CORE_RULES[lang]();
  return [...r.governed.map((g) => g.pattern), ...(r.coordination ? [r.coordination] : [])];
});

/** Pieces the regexes are made of, so that random strings often match. */
const PIECES = [
  '部门',
  '负责',
  '负责人',
  '机构',
  '人民政府',
  '，',
  '。',
  ' ',
  'and',
  'AND',
  ' and ',
  ' shall ',
  ' to ',
  'To',
  'required',
  'requires',
  'the agency',
  ' from ',
  'prohibits',
  'plan',
  ' called for ',
  'meeting',
  'urged',
  'goal',
  ' is ',
  'for',
  'x',
  'ſ',
  'İ',
  'K',
];

describe('mayMatch', () => {
  it('says no only where the regex finds nothing (random strings of the regexes’ own pieces)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (parts) => {
        const s = parts.join('');
        for (const re of gated) {
          re.lastIndex = 0;
          const found = re.test(s);
          re.lastIndex = 0;
          if (found) expect(mayMatch(re, s)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('rules a regex out when the text lacks what it needs, in either case', () => {
    expect(mayMatch(/((?:部门|机构))(?=负责)/g, '各地要加强领导')).toBe(false);
    expect(mayMatch(/((?:部门|机构))(?=负责)/g, '各部门负责落实')).toBe(true);
    expect(mayMatch(/\s+and\s+(?=shall\s)/gi, 'Agencies must review')).toBe(false);
    expect(mayMatch(/\s+and\s+(?=shall\s)/gi, 'Agencies AND shall')).toBe(true);
    // a regex with no text it needs is always tried
    expect(mayMatch(/^[“"‘]/, 'plain')).toBe(true);
  });
});
