/**
 * The imperative verbs of rules.ts as a word set, built once per language and shared: the
 * directive scanner looks for a sentence-opening verb with it, and cores.ts for the clause that
 * opens with the act. One set instead of two on a cold page.
 */
import { WordSet } from './word-set';
import { EN_IMPERATIVE_VERBS, ZH_IMPERATIVE_VERBS, type Lang } from './rules';

const sets = new Map<Lang, WordSet>();

export function imperativeVerbSet(lang: Lang): WordSet {
  let set = sets.get(lang);
  if (!set)
    sets.set(
      lang,
      (set =
        lang === 'zh'
          ? new WordSet(ZH_IMPERATIVE_VERBS)
          : new WordSet(EN_IMPERATIVE_VERBS, { ignoreCase: true, wordEnd: true })),
    );
  return set;
}
