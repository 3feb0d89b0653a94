/**
 * The imperative verbs of rules.ts as a word set, built once per language and shared, and the one test of
 * whether an imperative opens at a position: the directive scanner asks it of a sentence's opening, and
 * cores.ts of each clause, to find the clause that opens with the act. One set instead of two on a cold page.
 */
import { WordSet } from './word-set';
import {
  EN_IMPERATIVE_OBJECT,
  EN_IMPERATIVE_VERBS,
  EN_NOT_AN_IMPERATIVE,
  EN_NOT_AN_OBJECT,
  ZH_IMPERATIVE_VERBS,
  type Lang,
} from './rules';

const sets = new Map<Lang, WordSet>();

export function imperativeVerbSet(lang: Lang): WordSet {
  let set = sets.get(lang);
  if (!set)
    sets.set(
      lang,
      (set =
        lang === 'zh'
          ? new WordSet(ZH_IMPERATIVE_VERBS)
          : new WordSet(Object.values(EN_IMPERATIVE_VERBS).flat(), { ignoreCase: true, wordEnd: true })),
    );
  return set;
}

type Reading = keyof typeof EN_IMPERATIVE_VERBS;
let readings: Map<string, Reading> | undefined;
/** How an English verb of the list reads when it opens a clause (rules.ts EN_IMPERATIVE_VERBS). */
function readingOf(word: string): Reading | undefined {
  if (!readings) {
    readings = new Map();
    for (const [reading, words] of Object.entries(EN_IMPERATIVE_VERBS) as [Reading, readonly string[]][])
      for (const v of words) readings.set(v, reading);
  }
  return readings.get(word.toLowerCase());
}

/**
 * Whether an imperative opens at `at`: a verb of the list; in English not one read as a noun or a label
 * ("Contact details are …", "Test results show …"), nor a speech's aside ("Give her a big round of
 * applause"), as the verb's reading in EN_IMPERATIVE_VERBS decides.
 */
export function opensImperative(text: string, at: number, lang: Lang): boolean {
  const set = imperativeVerbSet(lang);
  if (lang === 'zh') return set.startsAt(text, at);
  const n = set.lengthAt(text, at);
  if (n <= 0) return false;
  EN_NOT_AN_IMPERATIVE.lastIndex = at;
  if (EN_NOT_AN_IMPERATIVE.test(text)) return false;
  const reading = readingOf(text.slice(at, at + n));
  if (reading === 'neverNoun') return true;
  const rest = text.slice(at + n, at + n + 40).trimStart();
  return reading === 'verb' ? !EN_NOT_AN_OBJECT.test(rest) : EN_IMPERATIVE_OBJECT.test(rest);
}
