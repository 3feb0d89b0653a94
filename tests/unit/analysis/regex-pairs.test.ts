import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { secondsByFirst } from '@/utils/analysis/regex-pairs';
import { EN_RULES, ZH_RULES } from '@/utils/analysis/rules';

const code = (ch: string) => ch.charCodeAt(0);
/** The answer as { first: seconds } strings, for reading. */
function readable(src: string, ignoreCase = false): Record<string, string> | null {
  const m = secondsByFirst(src, ignoreCase);
  if (!m) return null;
  return Object.fromEntries([...m].map(([c, s]) => [String.fromCharCode(c), String.fromCharCode(...s)]));
}

describe('secondsByFirst', () => {
  it('reads the second characters of sequences, groups, classes and repetitions', () => {
    expect(readable('(?:到|至)?\\d月')).toEqual({
      到: '0123456789',
      至: '0123456789',
      ...Object.fromEntries([...'0123456789'].map((d) => [d, '月'])),
    });
    // A comma opens a match only through the number class: a number character must follow.
    expect(readable('[\\d,，]*\\d%')!['，']).toBe(',0123456789，');
    expect(readable('(?:ab)*c')).toEqual({ a: 'b' });
    expect(readable('a+b')).toEqual({ a: 'ab' });
  });

  it('reads lookarounds and word boundaries as matching nothing, and folds ASCII case when asked', () => {
    expect(readable('(?<![财行])政要')).toEqual({ 政: '要' });
    expect(readable('(?=各)各级')).toEqual({ 各: '级' });
    expect(readable('\\b(?:Shall|must) not\\b', true)).toEqual({ s: 'h', m: 'u' });
  });

  it('leaves out a first character that can be the whole match or be followed by anything', () => {
    expect(readable('a|ab')).toEqual({});
    expect(readable('x(?:y)?')).toEqual({});
    expect(readable('要[^，]{0,6}?(?:说说|讲讲)')).toEqual({});
    expect(readable('要.说')).toEqual({});
    expect(readable('b\\Sc')).toEqual({});
  });

  it('answers null for what it does not read or what can match the empty text', () => {
    expect(secondsByFirst('(a)b')).toBeNull();
    expect(secondsByFirst('(?<n>a)b')).toBeNull();
    expect(secondsByFirst('a\\1')).toBeNull();
    expect(secondsByFirst('\\p{L}x')).toBeNull();
    expect(secondsByFirst('x?')).toBeNull();
    expect(secondsByFirst('[^a]b')).toBeNull();
    expect(secondsByFirst('éa', true)).toBeNull(); // non-ASCII case is not the matcher's fold
    expect(secondsByFirst('a)')).toBeNull();
  });

  for (const [name, rules, ignoreCase] of [
    ['Chinese', ZH_RULES, false],
    ['English', EN_RULES, true],
  ] as const) {
    it(`never leaves out a second character a real match has (${name} rules, random texts of their words)`, () => {
      const words = [
        ...new Set(rules.flatMap((r) => r.pattern.split(/[^\p{L}\p{N}%％ ]+/u)).filter(Boolean)),
        ...'0123456789５，,。.．% 一十个年月日',
      ];
      const withPairs = rules
        .map((r) => ({ pattern: r.pattern, pairs: secondsByFirst(r.pattern, ignoreCase) }))
        .filter((r) => r.pairs && r.pairs.size);
      expect(withPairs.length).toBeGreaterThan(10);
      const key = (c: number) => (ignoreCase && c >= 65 && c <= 90 ? c | 0x20 : c);
      fc.assert(
        fc.property(
          fc.constantFrom(...withPairs),
          fc.array(fc.constantFrom(...words), { maxLength: 12 }),
          fc.boolean(),
          (rule, parts, upper) => {
            const text = upper && ignoreCase ? parts.join('').toUpperCase() : parts.join('');
            const re = new RegExp(rule.pattern, ignoreCase ? 'iy' : 'y');
            for (let i = 0; i < text.length; i++) {
              re.lastIndex = i;
              const m = re.exec(text);
              const seconds = m && rule.pairs!.get(key(code(text[i]!)));
              if (!seconds) continue;
              expect(m[0].length).toBeGreaterThan(1);
              expect(seconds).toContain(key(text.charCodeAt(i + 1)));
            }
          },
        ),
        { numRuns: 1500 },
      );
    });
  }
});
