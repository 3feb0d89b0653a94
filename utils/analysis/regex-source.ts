/**
 * Reading regex sources: their structure, and the plain shapes (literal steps) the matcher
 * compares without a regex (what every match opens with or contains: regex-texts.ts; what a match
 * can start with: regex-firsts.ts). Pure string work on the sources of the rule tables (rules.ts),
 * done when the rule index is built (rule-index.ts, matcher-build.ts), not on a page.
 */
import type { LiteralStep } from './literal-steps';

export type { LiteralStep };

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
