import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coreRules, PairFilter } from '@/utils/analysis/core-compiled';
import { WordSet } from '@/utils/analysis/word-set';

describe('PairFilter (the false friends looked up only where their first two characters are)', () => {
  it('never says no where one of its words starts', () => {
    const letters = fc.constantFrom(...'aAbB的需要求重1 ');
    const word = fc.array(letters, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.array(letters, { maxLength: 20 }),
        fc.boolean(),
        (words, chars, ignoreCase) => {
          const text = chars.join('');
          const set = new WordSet(words, { ignoreCase });
          const filter = new PairFilter(words, ignoreCase);
          for (let i = 0; i < text.length; i++)
            if (set.lengthAt(text, i) > 0) expect(filter.mayStart(text, i), `${text} @${i}`).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('rules out most positions of a modal false friend first character (的 before anything but 需/要)', () => {
    const { notStarts } = coreRules('zh').modals;
    expect(notStarts.mayStart('的需要', 0)).toBe(true);
    expect(notStarts.mayStart('的要求', 0)).toBe(true);
    const text = '各地的工作的任务的目标的责任的问题';
    let may = 0;
    for (let i = 0; i < text.length; i++) if (text[i] === '的' && notStarts.mayStart(text, i)) may++;
    expect(may).toBeLessThan(2);
  });
});

describe("a finder's word pairs (Unit.find looks a word up only where its first two characters are)", () => {
  it('never rules out a position where one of the words starts, in the real tables', () => {
    for (const lang of ['zh', 'en'] as const) {
      const c = coreRules(lang);
      for (const finder of [c.modals, c.prohibitions, c.emphasis, c.weakModals]) {
        if (!finder) continue;
        // texts made of the tables' own words, cut and joined: every word and many near misses
        const words = (finder.words as unknown as { byFirst: Map<number, string[]> }).byFirst;
        const pieces = [...words.values()].flat().flatMap((w) => [w, w.slice(0, 1), w.slice(1), w.toUpperCase()]);
        pieces.push(' ', '，', 'in', 'it', 'and', '一', '有');
        fc.assert(
          fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
            const text = parts.join('');
            for (let i = 0; i < text.length; i++)
              if (finder.words.lengthAt(text, i) > 0)
                expect(finder.wordStarts.mayStart(text, i), `${text} @${i}`).toBe(true);
          }),
          { numRuns: 300 },
        );
      }
    }
  });

  it('rules out the English modals at most words opening with their first letters', () => {
    const { wordStarts } = coreRules('en').modals;
    const text = 'in it and an at as if we so no he';
    let may = 0;
    for (let i = 0; i < text.length; i++) if ((i === 0 || text[i - 1] === ' ') && wordStarts.mayStart(text, i)) may++;
    expect(may).toBe(0);
    expect(wordStarts.mayStart('it is required to', 3)).toBe(true);
  });
});
