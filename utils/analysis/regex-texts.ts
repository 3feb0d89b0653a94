/**
 * What every match of a regex source contains (requiredTexts) or opens with (leadingSpellings,
 * leadingOptions): read from the rule tables' sources when the rule index is built, so that the
 * scan tries a regex only where it can match.
 */
import { closeParen, META, splitAlternatives, walkSource } from './regex-source';

const QUANTIFIER = /[?*+{]/;

/**
 * A text every match of the regex source contains, or null: the longest run of plain
 * characters outside any group, class or quantifier ("…个百分点", "…(?:以)?内"), else the common
 * start of the options of a final group ("…(?:以上|以内)" needs 以). Lets the scan skip a regex
 * in a block that lacks the text (ignoring case: the lower-cased text in the lower-cased block).
 */
export function requiredText(src: string): string | null {
  let best = '';
  let run = '';
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      run = '';
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '{') {
      // a counted quantifier: its digits are no text
      i = src.indexOf('}', i);
      run = '';
      if (i < 0) return null;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (depth === 0 && !inClass && !META.test(ch) && !QUANTIFIER.test(src[i + 1] ?? '')) {
      run += ch;
      if (run.length > best.length) best = run;
    } else run = '';
    // A top-level alternation makes every run optional.
    if (ch === '|' && depth === 0) return null;
  }
  if (best) return best;
  const last = /\(\?:([^()\\[\]?*+{}^$.]+)\)$/.exec(src);
  if (!last) return null;
  const options = last[1]!.split('|');
  let prefix = options[0]!;
  for (const o of options) while (!o.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix || null;
}

/** A lookahead with more needed texts than this is not read for them (see requiredTexts). */
const MAX_LOOKAHEAD_TEXTS = 16;

/**
 * Texts one of which every match of the regex source contains, or null: requiredText's, or the
 * options of a plain group at the top level that is not optional ("要[^，]{0,6}?(?:说说|讲讲)"), or the
 * texts of a lookahead at the top level, whichever
 * has the longer shortest text. Ignoring case, ASCII texts only, lower-cased: the scan finds them
 * with the automaton, which folds ASCII letters only. The scan tries the regex only where one of
 * them occurs at or after the position.
 */
export function requiredTexts(src: string, ignoreCase = false): string[] | null {
  const choices: string[][] = [];
  const single = requiredText(src);
  if (single !== null) choices.push([single]);
  let top = true;
  walkSource(src, 0, (i, ch, depth) => {
    if (ch === '|' && depth === 0) top = false;
    if (ch !== '(' || depth !== 1) return false;
    const close = closeParen(src, i);
    if (QUANTIFIER.test(src[close + 1] ?? '')) return false;
    const body = src.slice(i + 3, close);
    if (src.startsWith('(?:', i) && !/[\\^$.?*+()[\]{}]/.test(body)) choices.push(body.split('|'));
    // A lookahead must match where it stands, after the start: what it needs, the match needs
    // after its start too ("“[^”]{1,16}”(?=的(?:倾向|现象|…))"). Not a long word list: keys to build.
    const ahead = src.startsWith('(?=', i) ? requiredTexts(body, ignoreCase) : null;
    if (ahead && ahead.length <= MAX_LOOKAHEAD_TEXTS) choices.push(ahead);
    return false;
  });
  let best: string[] | null = null;
  let bestLength = 0;
  for (const texts of choices) {
    if (ignoreCase && texts.some((t) => /[^\x20-\x7e]/.test(t))) continue;
    const shortest = Math.min(...texts.map((t) => t.length));
    if (shortest > bestLength) [best, bestLength] = [texts, shortest];
  }
  if (!top || !best) return null;
  return ignoreCase ? best.map((t) => t.toLowerCase()) : best;
}

/**
 * The plain texts a regex source must open with: two plain characters ("作出(?:了)?…"), or a
 * leading group of plain alternatives ("(?:市民|村民)…"), not quantified; null otherwise.
 */
export function leadingOptions(pattern: string): string[] | null {
  // A top-level alternation ("疲于应付|苦不堪言") opens with any of its alternatives' openings.
  const alternatives = splitAlternatives(pattern);
  if (alternatives.length > 1) {
    const all: string[] = [];
    for (const alt of alternatives) {
      const options = leadingOptions(alt);
      if (!options) return null;
      all.push(...options);
    }
    return all;
  }
  // A word boundary first ("\bwill continue to\b") constrains nothing after it.
  const src = pattern.startsWith('\\b') ? pattern.slice(2) : pattern;
  if (!META.test(src[0] ?? '\\') && !META.test(src[1] ?? '\\') && !QUANTIFIER.test(src[2] ?? ''))
    return [src.slice(0, 2)];
  if (!src.startsWith('(?:')) return null;
  const close = src.indexOf(')');
  const body = src.slice(3, close);
  if (close < 0 || /[\\^$.?*+()[\]{}]/.test(body) || QUANTIFIER.test(src[close + 1] ?? '')) return null;
  // The plain text right after the group ("(?:他|她)要求(?=…)" opens 他要 or 她要).
  let after = '';
  for (let i = close + 1; i < src.length && !META.test(src[i]!) && !QUANTIFIER.test(src[i + 1] ?? ''); i++)
    after += src[i];
  return body.split('|').map((o) => o + after);
}

/** At most this many opening texts of one rule (the product of its leading groups' options). */
const MAX_OPENINGS = 64;

/**
 * The texts every match of a regex source opens with, when each is at least two characters long:
 * the spellings of its leading part ("(?:会议|通知)要求" opens 会议要求 or 通知要求; "\bshall not\b"
 * opens "shall not"), per alternative of a top-level alternation; null otherwise (see `leading`).
 * Ignoring case, printable ASCII only (the non-Unicode /i flag folds other letters too, which the
 * automaton does not). A match can start only where one of them does, so the scan tries the regex
 * there alone.
 */
export function leadingSpellings(src: string, ignoreCase = false): string[] | null {
  const lead = leading(src, ignoreCase);
  if (!lead || lead.texts.some((t) => t.length < 2)) return null;
  return ignoreCase ? lead.texts.map((t) => t.toLowerCase()) : lead.texts;
}

/**
 * What every match of `src` opens with: `texts` (one of them), and whether they spell the whole
 * match (`whole`: nothing follows them), read element by element from the start. Zero-width
 * parts (`\b`, `^`, lookarounds) are stepped over: they consume nothing. A plain character joins
 * every text; a non-capturing group joins each text with each of its own openings (read the same
 * way, so "\b(?:plan|guidelines?|it)\s+" opens plan, guideline or it, and a rule behind a
 * lookbehind opens where the rest does), optional after `?`, and the reading stops after a group
 * that repeats (`+`, `*`, `{…}`) or one of whose openings is not whole. It stops before anything
 * else: a class, an escape, a quantified character, a capturing group, or past MAX_OPENINGS.
 */
function leading(src: string, ignoreCase: boolean): { texts: string[]; whole: boolean } | null {
  const alternatives = splitAlternatives(src);
  if (alternatives.length > 1) {
    const texts: string[] = [];
    let whole = true;
    for (const alt of alternatives) {
      const lead = leading(alt, ignoreCase);
      if (!lead) return null;
      texts.push(...lead.texts);
      whole &&= lead.whole;
    }
    return texts.length > MAX_OPENINGS ? null : { texts, whole };
  }
  let texts = [''];
  let i = 0;
  while (i < src.length) {
    if (src.startsWith('\\b', i)) {
      i += 2;
      continue;
    }
    if (src[i] === '^') {
      i++;
      continue;
    }
    if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
      const close = closeParen(src, i);
      if (QUANTIFIER.test(src[close + 1] ?? '')) break;
      i = close + 1;
      continue;
    }
    if (src.startsWith('(?:', i)) {
      const close = closeParen(src, i);
      const inner = leading(src.slice(i + 3, close), ignoreCase);
      if (!inner) break;
      const q = src[close + 1] ?? '';
      let options = inner.texts;
      let next = close + 1;
      let goOn = inner.whole;
      if (q === '?') {
        options = [...options, ''];
        next += src[close + 2] === '?' ? 2 : 1;
      } else if (q === '+' || q === '*' || q === '{') {
        const min = q === '+' ? 1 : q === '*' ? 0 : Number(/^\{(\d+)/.exec(src.slice(close + 1))?.[1] ?? 0);
        // One round of the group opens the match; what follows may be another.
        if (min === 0) options = [...options, ''];
        goOn = false;
      }
      if (texts.length * options.length > MAX_OPENINGS) break;
      texts = texts.flatMap((t) => options.map((o) => t + o));
      i = next;
      if (!goOn) return { texts, whole: false };
      continue;
    }
    const ch = src[i]!;
    if (META.test(ch) || QUANTIFIER.test(src[i + 1] ?? '')) break;
    if (ignoreCase && /[^\x20-\x7e]/.test(ch)) break;
    texts = texts.map((t) => t + ch);
    i++;
  }
  return { texts, whole: i >= src.length };
}
