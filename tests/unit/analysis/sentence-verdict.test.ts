import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockLanguage } from '@/utils/analysis/directives';
import { compile, scanBlock } from '@/utils/analysis/directive-rules';
import { segmentSentences } from '@/utils/analysis/segment';
import {
  addMarker,
  applySentenceContext,
  classify,
  emptyScores,
  imperativeCues,
  sentenceVerdict,
  type Scores,
} from '@/utils/analysis/sentence-scores';
import { detectArticle } from '@/utils/article/detect';
import { toSimplified } from '@/utils/article/hant';
import { fixturePages, loadGold, loadPage } from '../article/helpers';

/** The verdict with every step taken: the context asked of every sentence. */
function fullVerdict(sentence: string, lang: 'zh' | 'en') {
  const c = compile(lang);
  const scores = emptyScores();
  for (const m of scanBlock(sentence, c)) addMarker(scores, m.rule, m.start);
  applySentenceContext(sentence, lang, scores);
  imperativeCues(sentence, c, lang, scores);
  return classify(scores, sentence, 1);
}

function shortcutVerdict(sentence: string, lang: 'zh' | 'en') {
  const c = compile(lang);
  const scores = emptyScores();
  for (const m of scanBlock(sentence, c)) addMarker(scores, m.rule, m.start);
  return sentenceVerdict(sentence, c, lang, scores, 1);
}

describe('sentenceVerdict (the context asked only of directives)', () => {
  it('a lower whole-sentence context never makes a directive of a sentence that is none', () => {
    const weight = fc.double({ min: 0, max: 6, noNaN: true });
    const at = fc.integer({ min: -1, max: 30 });
    fc.assert(
      fc.property(
        fc.record({
          obligation: weight,
          prohibition: weight,
          emphasis: weight,
          deadline: weight,
          goal: weight,
          quantity: weight,
          context: fc.double({ min: -6, max: 2, noNaN: true }),
          obligationAt: at,
          prohibitionAt: at,
          targetAt: at,
          lastModalAt: at,
        }),
        fc.double({ min: -6, max: -0.01, noNaN: true }),
        fc.constantFrom(
          '要加强管理，严禁收费。',
          '严禁收费，要加强管理：',
          '到2027年，要建成30个以上。',
          '达到40%以上。',
          'Do it?',
          'Go!',
        ),
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        (parts, shape, sentence, threshold) => {
          const scores: Scores = { ...emptyScores(), ...parts, shape: 0 };
          if (classify(scores, sentence, threshold) !== null) return;
          expect(classify({ ...scores, shape }, sentence, threshold)).toBeNull();
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('finds the verdict of every fixture sentence that asking the context of all finds', () => {
    let sentences = 0;
    let shaped = 0;
    for (const page of fixturePages().filter((p) => loadGold(p).article !== null)) {
      const article = detectArticle(loadPage(page), loadGold(page).url)!;
      for (const b of article.blocks) {
        const lang = blockLanguage(b.text);
        const text = lang === 'zh' ? toSimplified(b.text) : b.text;
        for (const u of segmentSentences(text)) {
          const s = text.slice(u.start, u.end);
          expect(shortcutVerdict(s, lang), s).toEqual(fullVerdict(s, lang));
          sentences++;
          const scores = emptyScores();
          applySentenceContext(s, lang, scores);
          // a directive whose context counts (its score or its category)
          if (scores.shape !== 0 && fullVerdict(s, lang)) shaped++;
        }
      }
    }
    expect(sentences).toBeGreaterThan(3000);
    expect(shaped).toBeGreaterThan(0);
  }, 120_000); // every fixture page detected and read: ~5 s at load 10, 20–39 s at load 20–25 (session 39)

  it('still drops a directive that its context cancels', () => {
    for (const s of ['这就是要加强组织领导。', '从历史看，要加强组织领导。']) {
      const lang = blockLanguage(s);
      expect(shortcutVerdict(s, lang), s).toBeNull();
      expect(fullVerdict(s, lang), s).toBeNull();
      // a directive without its context
      const c = compile(lang);
      const scores = emptyScores();
      for (const m of scanBlock(s, c)) addMarker(scores, m.rule, m.start);
      imperativeCues(s, c, lang, scores);
      expect(classify(scores, s, 1), s).not.toBeNull();
    }
  });
});
