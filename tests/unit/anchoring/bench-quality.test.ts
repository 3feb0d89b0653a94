import { describe, expect, it } from 'vitest';
import { baselineAnchor, editText, generateArticle, runAnchoringBench } from '@/scripts/bench/anchoring';
import { approxSearchIn } from '@/utils/anchoring/search';
import approxSearch from 'approx-string-match';

describe('anchoring bench as a quality check (no timing asserted)', () => {
  it('re-anchors nearly all highlights correctly after 5% random edits', () => {
    const result = runAnchoringBench({ chars: 20_000, highlights: 80, seed: 7 });
    expect(result.textLength).toBeGreaterThanOrEqual(20_000);
    expect(result.edits).toBeGreaterThan(500);
    expect(result.ours.correct).toBeGreaterThanOrEqual(76);
    // Never worse than whole-text fuzzy matching.
    expect(result.ours.correct).toBeGreaterThanOrEqual(result.baseline!.correct);
  });

  it('editText keeps a map from original to edited offsets', () => {
    let seed = 3;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const text = generateArticle(['统一战线是党克敌制胜、执政兴国的重要法宝。要坚持大团结大联合。'], 2000, rnd);
    const edited = editText(text, 0.05, rnd);
    let unchanged = 0;
    for (let i = 0; i < text.length; i++) {
      const j = edited.startMap[i]!;
      if (edited.endMap[i + 1]! === j + 1 && edited.text[j] === text[i]) unchanged++;
    }
    expect(unchanged).toBeGreaterThan(text.length * 0.9);
  });

  it('baselineAnchor finds an unchanged quote', () => {
    const text = '前文若干。必须坚持大团结大联合。后文若干。';
    const start = text.indexOf('大团结');
    expect(baselineAnchor(text, { quote: { exact: '大团结', prefix: '必须坚持', suffix: '大联合' } })).toMatchObject({
      start,
      end: start + 3,
    });
  });
});

describe('approxSearchIn', () => {
  it('returns the same matches as approx-string-match on the raw slice', () => {
    const text = '各级党委和政府要切实加强对统一战线工作的领导，Members must disclose 利益冲突。';
    for (const [pattern, k] of [
      ['统一站线工作', 2],
      ['must disclse', 2],
      ['加强对统一', 0],
      ['领导,Members', 3],
    ] as const) {
      const expected = approxSearch(text.slice(4, 50), pattern, k).map((m) => ({
        ...m,
        start: m.start + 4,
        end: m.end + 4,
      }));
      expect(approxSearchIn(text, 4, 50, pattern, k)).toEqual(expected);
    }
  });

  it('handles patterns with more than 255 distinct characters', () => {
    const alphabet = Array.from({ length: 400 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    const text = 'abc' + alphabet + 'xyz';
    const pattern = alphabet.slice(0, 150) + 'Q' + alphabet.slice(151);
    expect(approxSearchIn(text, 0, text.length, pattern, 10)).toEqual([{ start: 3, end: 403, errors: 1 }]);
  });
});
