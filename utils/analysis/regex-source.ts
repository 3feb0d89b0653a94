/**
 * Reading regex sources: what every match opens with or contains, and the plain shapes (literal
 * steps) the matcher compares without a regex (what a match can start with: regex-firsts.ts).
 * Pure string work on the sources of the rule tables (rules.ts); matcher.ts and rule-index.ts use it.
 */

/**
 * Walks a regex source from `from`, skipping escapes and character classes, and calls
 * `visit(index, char, depth)` for each structural character; `visit` returns true to stop.
 * Returns the index where it stopped, or -1.
 */
export function walkSource(
  src: string,
  from: number,
  visit: (i: number, ch: string, depth: number) => boolean,
): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (visit(i, ch, depth)) return i;
  }
  return -1;
}

/** Splits `src` at top-level `|` (outside groups and classes). */
export function splitAlternatives(src: string): string[] {
  const out: string[] = [];
  let last = 0;
  walkSource(src, 0, (i, ch, depth) => {
    if (ch === '|' && depth === 0) {
      out.push(src.slice(last, i));
      last = i + 1;
    }
    return false;
  });
  out.push(src.slice(last));
  return out;
}

/** Index of the `)` closing the group that opens at `open`. */
export function closeParen(src: string, open: number): number {
  const end = walkSource(src, open, (_i, ch, depth) => ch === ')' && depth === 0);
  if (end === -1) throw new Error(`unbalanced group in ${src}`);
  return end;
}

/** A regex metacharacter: a pattern without any is a plain string. */
export const META = /[\\^$.|?*+()[\]{}]/;

/** One step of a literal-group pattern: one of `options` (tried in order), or nothing when optional. */
export interface LiteralStep {
  options: string[];
  optional: boolean;
  /** `??`: nothing is tried before the options. */
  lazy: boolean;
}

/**
 * Reads a pattern made only of plain text and non-nested groups of plain alternatives, each
 * group optionally followed by `?` or `??` ("决不(?:能|允许|让)?", "需要(?:进一步|…)?(?:加强|…)"),
 * as steps; null for any other pattern. About half the regex rules have this shape, and the
 * scan matches them with `startsWith` instead of compiling a regex for each on the first page
 * (~0.05 ms each, ~0.9 ms for the one holding the 200 imperative verbs).
 */
export function literalSteps(src: string): LiteralStep[] | null {
  const steps: LiteralStep[] = [];
  let text = '';
  const flush = () => {
    if (text) steps.push({ options: [text], optional: false, lazy: false });
    text = '';
  };
  let i = 0;
  while (i < src.length) {
    if (src.startsWith('(?:', i)) {
      const close = src.indexOf(')', i + 3);
      if (close < 0) return null;
      const body = src.slice(i + 3, close);
      // Plain alternatives only: no nested group, class, escape or quantifier inside.
      if (/[\\^$.?*+()[\]{}]/.test(body)) return null;
      let optional = false;
      let lazy = false;
      i = close + 1;
      if (src[i] === '?') {
        optional = true;
        i++;
        if (src[i] === '?') {
          lazy = true;
          i++;
        }
      }
      if (i < src.length && '?*+{'.includes(src[i] as string)) return null;
      flush();
      steps.push({ options: body.split('|'), optional, lazy });
      continue;
    }
    const ch = src[i] as string;
    if (META.test(ch)) return null;
    // A quantifier after a plain character applies to it alone: not this shape.
    if (i + 1 < src.length && '?*+{'.includes(src[i + 1] as string)) return null;
    text += ch;
    i++;
  }
  flush();
  return steps.length ? steps : null;
}

/** Possible first characters of literal steps, or null when the steps can match nothing at all. */
export function firstOfSteps(steps: readonly LiteralStep[]): string[] | null {
  const chars = new Set<string>();
  for (const step of steps) {
    let canSkip = step.optional;
    for (const option of step.options) {
      if (option === '') canSkip = true;
      else chars.add(option[0] as string);
    }
    if (!canSkip) return [...chars];
  }
  return null; // every step optional: could match empty anywhere (the walker decides)
}

/** End of the steps' match from `pos` in the regex engine's order (first success wins), or -1. */
export function matchSteps(steps: readonly LiteralStep[], k: number, text: string, pos: number): number {
  if (k === steps.length) return pos;
  const step = steps[k] as LiteralStep;
  if (step.lazy) {
    const end = matchSteps(steps, k + 1, text, pos);
    if (end >= 0) return end;
  }
  for (const option of step.options) {
    if (!text.startsWith(option, pos)) continue;
    const end = matchSteps(steps, k + 1, text, pos + option.length);
    if (end >= 0) return end;
  }
  return step.optional && !step.lazy ? matchSteps(steps, k + 1, text, pos) : -1;
}

/** A word character of `\b` (and `\w`) without the u flag. */
export const isWordCode = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Every way literal steps can open, cut to two characters ("(?:的|发展)需要" opens 的需 or 发展). */
export function openings(steps: readonly LiteralStep[]): string[] {
  let heads = new Set(['']);
  for (const step of steps) {
    const next = new Set<string>();
    for (const head of heads) {
      if (head.length >= 2) next.add(head);
      else for (const o of step.optional ? [...step.options, ''] : step.options) next.add((head + o).slice(0, 2));
    }
    heads = next;
  }
  return [...heads];
}

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

/** At most this many spellings of one rule's literal steps become automaton keys; a rule with more is tried where it can open. */
const MAX_SPELLINGS = 32;

/** Every text literal steps can match, or null when one of them is empty or there are too many. */
export function spellings(steps: readonly LiteralStep[]): string[] | null {
  let texts = [''];
  for (const step of steps) {
    const options = step.optional ? [...step.options, ''] : step.options;
    if (texts.length * options.length > MAX_SPELLINGS) return null;
    texts = texts.flatMap((t) => options.map((o) => t + o));
  }
  return texts.includes('') ? null : texts;
}

/**
 * The texts every match of a regex source opens with, when each is at least two characters long:
 * the spellings of its longest leading part made of plain text and plain groups ("(?:会议|通知)要求"
 * opens 会议要求 or 通知要求; "\bshall not\b" opens "shall not"), per alternative of a top-level
 * alternation; null otherwise. Ignoring case, printable ASCII only (the non-Unicode /i flag folds other
 * letters too, which the automaton does not). A match can start only where one of them does, so
 * the scan tries the regex there alone.
 */
export function leadingSpellings(src: string, ignoreCase = false): string[] | null {
  const alternatives = splitAlternatives(src);
  if (alternatives.length > 1) {
    const all: string[] = [];
    for (const alt of alternatives) {
      const texts = leadingSpellings(alt, ignoreCase);
      if (!texts) return null;
      all.push(...texts);
    }
    return all;
  }
  const body = src.startsWith('\\b') ? src.slice(2) : src;
  let end = 0;
  while (end < body.length) {
    let next: number;
    if (body.startsWith('(?:', end)) {
      const close = body.indexOf(')', end);
      if (close < 0 || /[\\^$.?*+()[\]{}]/.test(body.slice(end + 3, close))) break;
      next = close + 1;
      if (body[next] === '?') next += body[next + 1] === '?' ? 2 : 1;
    } else {
      if (META.test(body[end]!)) break;
      next = end + 1;
    }
    // A quantifier right after the element makes it something else than literal steps.
    if (next < body.length && '?*+{'.includes(body[next]!)) break;
    if (ignoreCase && /[^\x20-\x7e]/.test(body.slice(end, next))) break;
    end = next;
  }
  const steps = end > 0 ? literalSteps(body.slice(0, end)) : null;
  const texts = steps && spellings(steps);
  if (!texts || texts.some((t) => t.length < 2)) return null;
  return ignoreCase ? texts.map((t) => t.toLowerCase()) : texts;
}
