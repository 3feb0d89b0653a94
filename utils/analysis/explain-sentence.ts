/**
 * Why a sentence is or is not a directive, for tuning the rule tables and for tests.
 */
import { toSimplified } from '@/utils/article/hant';
import { blockLanguage, compile, markersOf, scanBlock } from './directive-rules';
import { framedVerdict } from './framed-verdict';
import type { Lang } from './rules';
import {
  addMarker,
  applySentenceContext,
  classify,
  DEFAULT_THRESHOLD,
  emptyScores,
  imperativeCues,
} from './sentence-scores';

/**
 * Why a sentence is or is not a directive: the markers found, the summed scores and the verdict.
 * For tuning the rule tables and for tests; findDirectives does the same work per block.
 */
export function explainSentence(original: string, lang: Lang = blockLanguage(original)) {
  const c = compile(lang);
  const sentence = lang === 'zh' ? toSimplified(original) : original;
  const scores = emptyScores();
  const matches = scanBlock(sentence, c);
  const markers = matches.map((m) => {
    addMarker(scores, m.rule, m.start);
    return { kind: m.rule.kind, text: m.text, weight: m.rule.weight };
  });
  applySentenceContext(sentence, lang, scores);
  imperativeCues(sentence, c, lang, scores);
  const verdict = framedVerdict(sentence, c, lang, DEFAULT_THRESHOLD, classify(scores, sentence, DEFAULT_THRESHOLD), {
    text: sentence,
    markers: markersOf(matches),
    from: 0,
    to: matches.length,
    base: 0,
  });
  return { markers, scores, verdict };
}
