/**
 * A cheap test before a regex that runs once per directive over text that mostly cannot match
 * it (the cores' governing phrases and coordinations): the texts one of which every match needs
 * (regex-source.ts's requiredTexts, the same the rule matcher skips regexes by), looked for with
 * `includes`. A regex without such texts is always tried. Not worth it before a regex anchored
 * at `^` (the sentence shapes): failing one costs less than the test.
 */
import { requiredTexts } from './regex-source';

const needed = new WeakMap<RegExp, readonly string[] | null>();

function neededTexts(re: RegExp): readonly string[] | null {
  let texts = needed.get(re);
  if (texts === undefined) {
    // With /u, case folding maps some non-ASCII letters onto ASCII ones (ſ, K): not gated.
    texts = re.unicode ? null : requiredTexts(re.source, re.ignoreCase);
    needed.set(re, texts);
  }
  return texts;
}

/**
 * False only when `re` cannot match anywhere in `s` (nor look around into it): `s` lacks every
 * text the regex needs. Ignoring case, the texts are lower-cased ASCII and looked for in the
 * lower-cased `s` (lower-casing only adds ASCII letters, so it cannot hide a match).
 */
export function mayMatch(re: RegExp, s: string): boolean {
  const texts = neededTexts(re);
  if (!texts) return true;
  const hay = re.ignoreCase ? lowerCased(s) : s;
  for (const t of texts) if (hay.includes(t)) return true;
  return false;
}

/** The last string lower-cased: the callers try several regexes on one string in a row. */
let lastString = '';
let lastLower = '';
function lowerCased(s: string): string {
  if (s !== lastString) [lastString, lastLower] = [s, s.toLowerCase()];
  return lastLower;
}
