/**
 * A fast scanner for many ordered regex rules.
 *
 * One alternation of ~300 patterns makes the regex engine try every alternative at every
 * character: correct but ~1000x slower than a plain character-class pass. Instead each rule's
 * possible FIRST characters are worked out from its source, rules are grouped by first
 * character (keeping table order inside each group), and the text is walked once: only at a
 * character that can start some rule are that character's rules tried, in order.
 * The result is the same as the global alternation: leftmost match, first listed rule wins at
 * a position, matching resumes after the match.
 */

import { Automaton, type AutomatonData } from './automaton';
import { secondsByFirst } from './regex-pairs';

export interface MatchHit<R> {
  start: number;
  end: number;
  text: string;
  rule: R;
}

const DIGITS = '0123456789';

/**
 * Walks a regex source from `from`, skipping escapes and character classes, and calls
 * `visit(index, char, depth)` for each structural character; `visit` returns true to stop.
 * Returns the index where it stopped, or -1.
 */
function walkSource(src: string, from: number, visit: (i: number, ch: string, depth: number) => boolean): number {
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
function splitAlternatives(src: string): string[] {
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
function closeParen(src: string, open: number): number {
  const end = walkSource(src, open, (_i, ch, depth) => ch === ')' && depth === 0);
  if (end === -1) throw new Error(`unbalanced group in ${src}`);
  return end;
}

/** Characters of a class body like "\d０-９.,", or null when the class is negated or too wide. */
function classChars(body: string): string[] | null {
  if (body.startsWith('^')) return null;
  const out: string[] = [];
  for (let i = 0; i < body.length; i++) {
    let ch = body[i] as string;
    if (ch === '\\') {
      const e = body[++i] as string;
      if (e === 'd') {
        out.push(...DIGITS);
        continue;
      }
      if (/[swDSWbB]/.test(e)) return null;
      ch = e;
    }
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const to = body.charCodeAt(i + 2);
      const from = ch.charCodeAt(0);
      if (to - from > 400) return null;
      for (let c = from; c <= to; c++) out.push(String.fromCharCode(c));
      i += 2;
      continue;
    }
    out.push(ch);
  }
  return out;
}

interface First {
  chars: Set<string> | null; // null: could be anything
  nullable: boolean;
}

/** Possible first characters of a regex source (no flags); null when it cannot be bounded. */
export function firstChars(src: string): Set<string> | null {
  return firstOfAlternation(src).chars;
}

function firstOfAlternation(src: string): First {
  const chars = new Set<string>();
  let nullable = false;
  for (const alt of splitAlternatives(src)) {
    const f = firstOfSequence(alt);
    if (!f.chars) return { chars: null, nullable: true };
    for (const c of f.chars) chars.add(c);
    nullable ||= f.nullable;
  }
  return { chars, nullable };
}

function firstOfSequence(src: string): First {
  const chars = new Set<string>();
  let i = 0;
  while (i < src.length) {
    let element: First;
    const ch = src[i] as string;
    if (ch === '^' || ch === '$') {
      i++;
      continue;
    }
    if (ch === '\\') {
      const e = src[i + 1] as string;
      i += 2;
      if (e === 'b' || e === 'B') continue;
      if (e === 'd') element = { chars: new Set(DIGITS), nullable: false };
      else if (/[swDSW]/.test(e)) return { chars: null, nullable: true };
      else element = { chars: new Set([e]), nullable: false };
    } else if (ch === '(') {
      const end = closeParen(src, i);
      const inner = src.slice(i + 1, end);
      i = end + 1;
      if (/^\?<?[=!]/.test(inner)) continue; // lookaround: zero width
      element = firstOfAlternation(inner.replace(/^\?:/, ''));
    } else if (ch === '[') {
      let end = i + 1;
      while (end < src.length && src[end] !== ']') end += src[end] === '\\' ? 2 : 1;
      const cls = classChars(src.slice(i + 1, end));
      i = end + 1;
      if (!cls) return { chars: null, nullable: true };
      element = { chars: new Set(cls), nullable: false };
    } else if (ch === '.') {
      return { chars: null, nullable: true };
    } else {
      element = { chars: new Set([ch]), nullable: false };
      i++;
    }
    // A quantifier that allows zero repetitions makes the element optional.
    const q = src.slice(i);
    let optional = false;
    const m = /^(?:\?|\*|\+|\{(\d+)(?:,\d*)?\})\??/.exec(q);
    if (m) {
      optional = m[0][0] === '?' || m[0][0] === '*' || m[1] === '0';
      i += m[0].length;
    }
    if (!element.chars) return { chars: null, nullable: true };
    for (const c of element.chars) chars.add(c);
    if (!(optional || element.nullable)) return { chars, nullable: false };
  }
  return { chars, nullable: true };
}

/** A regex metacharacter: a pattern without any is a plain string. */
const META = /[\\^$.|?*+()[\]{}]/;

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
function firstOfSteps(steps: readonly LiteralStep[]): string[] | null {
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
function matchSteps(steps: readonly LiteralStep[], k: number, text: string, pos: number): number {
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

/** One rule as the scan tries it: a plain string compared in place, literal steps, or its own small regex. */
interface Entry<R> {
  rule: R;
  /** The pattern itself when it has no metacharacters. */
  literal: string | null;
  /** The pattern as literal steps (case-sensitive matchers only). */
  steps: LiteralStep[] | null;
  /** Sticky regex of the pattern, compiled the first time the scan tries it. */
  regex: RegExp | null;
  /**
   * Texts one of which every match of the regex contains (see requiredTexts), lower-cased when
   * ignoring case; null when none is known.
   */
  needs: string[] | null;
  /**
   * The pattern opens with `\b` before a word character: it can match only where a word
   * starts (not after a letter, digit or _), as the regex's own `\b` decides.
   */
  wordStart: boolean;
  /** See RuleIndexEntry. */
  opening: string[] | null;
  /** The automaton keys of `needs` (RuleMatcher.build). */
  needKeys: number[];
}

/**
 * What the scan needs to know of one rule, worked out from its source: the rule as a plain
 * string or as literal steps when it has that shape, and the keys (UTF-16 codes, ASCII
 * lower-cased when ignoring case) of the characters a match can start with; null when a
 * match can start anywhere.
 */
export interface RuleIndexEntry {
  literal: string | null;
  steps: LiteralStep[] | null;
  firsts: number[] | null;
  /**
   * A regex rule's second characters, per first character where they are known (regex-pairs.ts):
   * [first key, [second keys…]] pairs; null for a plain rule (whose second characters
   * secondKeys reads off its text) or when none is known.
   */
  pairs: [number, number[]][] | null;
  /**
   * A regex rule's, or a literal-step rule's with too many spellings: the texts every match opens
   * with (leadingSpellings; openings of the steps), where the scan tries it, when known (absent
   * rather than null, to keep the prebuilt index small).
   */
  opening?: string[];
  /** A regex rule's texts one of which every match contains (requiredTexts), when known. */
  needs?: string[];
}

/** What a content script needs of a rule's index entry beside the prebuilt keys (CompiledKeys). */
export type ShippedIndexEntry = Pick<RuleIndexEntry, 'literal' | 'steps' | 'firsts'>;

/** The index as the generator writes it: the fields only the building of the keys reads are left out. */
export const shippedIndex = (entries: readonly RuleIndexEntry[]): ShippedIndexEntry[] =>
  entries.map(({ literal, steps, firsts }) => ({ literal, steps, firsts }));

/** A word character of `\b` (and `\w`) without the u flag. */
export const isWordCode = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * The keys of the characters a match of this rule can have second, or null when that is not
 * known: literals of two characters or more, and literal steps whose first step is required
 * and made of such options. Anything else (a regex) may have any second character.
 */
function secondKeys(
  pattern: string,
  literal: string | null,
  steps: readonly LiteralStep[] | null,
  ignoreCase: boolean,
): number[] | null {
  const options = literal !== null ? [literal] : steps ? openings(steps) : leadingOptions(pattern);
  if (!options || options.some((o) => o.length < 2)) return null;
  return [...new Set(options.map((o) => foldKey(o.charCodeAt(1), ignoreCase)))];
}

/** Every way literal steps can open, cut to two characters ("(?:的|发展)需要" opens 的需 or 发展). */
function openings(steps: readonly LiteralStep[]): string[] {
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

/**
 * Texts one of which every match of the regex source contains, or null: requiredText's, or the
 * options of a plain group at the top level that is not optional ("要[^，]{0,6}?(?:说说|讲讲)"), whichever
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
    if (ch !== '(' || depth !== 1 || !src.startsWith('(?:', i)) return false;
    const close = closeParen(src, i);
    const body = src.slice(i + 3, close);
    if (!/[\\^$.?*+()[\]{}]/.test(body) && !QUANTIFIER.test(src[close + 1] ?? '')) choices.push(body.split('|'));
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
function leadingOptions(pattern: string): string[] | null {
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

const foldKey = (code: number, ignoreCase: boolean) => (ignoreCase && code >= 65 && code <= 90 ? code | 0x20 : code);

/**
 * The index of a rule table. Reading ~300 regex sources costs ~4 ms on a page's first
 * analysis, so the tables' indexes are built ahead of time (rule-index.generated.ts, by
 * `npm run gen:rule-index`; a unit test keeps them equal to this function's output).
 */
export function indexRules(patterns: readonly string[], options: { ignoreCase?: boolean } = {}): RuleIndexEntry[] {
  const ignoreCase = options.ignoreCase ?? false;
  return patterns.map((pattern) => {
    // Ignoring case, only ASCII literals are compared in place (see matchAt).
    const plain = !META.test(pattern) && pattern !== '' && (!ignoreCase || !/[^ -~]/.test(pattern));
    const literal = plain ? pattern : null;
    const steps = literal === null && !ignoreCase ? literalSteps(pattern) : null;
    const chars = literal !== null ? [literal[0] as string] : ((steps && firstOfSteps(steps)) ?? firstChars(pattern));
    const firsts = chars ? [...new Set([...chars].map((c) => foldKey(c.charCodeAt(0), ignoreCase)))] : null;
    let pairs: [number, number[]][] | null = null;
    if (literal === null && steps === null && firsts && secondKeys(pattern, null, null, ignoreCase) === null) {
      const known = secondsByFirst(pattern, ignoreCase);
      // Only for the rule's own first characters (the two readings of the source agree there).
      const list = known ? firsts.filter((c) => known.has(c)).map((c): [number, number[]] => [c, known.get(c)!]) : [];
      if (list.length) pairs = list;
    }
    let opening: string[] | null = null;
    let needs: string[] | null = null;
    if (literal === null && steps === null) {
      opening = leadingSpellings(pattern, ignoreCase);
      needs = requiredTexts(pattern, ignoreCase);
    } else if (steps && !spellings(steps)) {
      opening = openings(steps);
      if (opening.includes('')) opening = null;
    }
    // A text's start is needed wherever the text is: cut, they stay necessary.
    const cut = (texts: string[] | null, length: number) => texts && [...new Set(texts.map((t) => t.slice(0, length)))];
    opening = cut(opening, MAX_KEY_LENGTH);
    needs = cut(needs, 2 * MAX_KEY_LENGTH);
    return { literal, steps, firsts, pairs, ...(opening && { opening }), ...(needs && { needs }) };
  });
}

/** A rule table's automaton and keys as the rule-index generator writes them (RuleMatcher.compiled). */
export interface CompiledKeys {
  /** The size of the table. */
  rules: number;
  keyRules: number[][];
  /** Per rule: the keys of its needed texts. */
  needKeys: number[][];
  /** The rules searched for by their first characters (RuleMatcher.build). */
  broad: number[];
  automaton: AutomatonData;
}

/** No proven rule at a position (see RuleMatcher.scan). */
const NONE = 0x7fffffff;
/** Flags of an automaton key's rule (RuleMatcher.keyRules). */
const PROVES = 1;
const WORD_START = 2;
/** At most this many spellings of one rule's literal steps become automaton keys; a rule with more is tried where it can open. */
const MAX_SPELLINGS = 32;
/** At most this many (first, second) pairs of one regex rule become automaton keys, else its first characters. */
const MAX_PAIRS = 64;
/** A regex rule with more first characters than this (and no known opening) is searched for by them: see build. */
const MAX_FIRST_KEYS = 8;
/**
 * Openings are cut to this many characters, needed texts to twice as many: enough to be rare,
 * fewer states to build (needed texts are few, and the broad rules' need to be rare).
 */
const MAX_KEY_LENGTH = 4;

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

/**
 * Matches ordered regex rules (each a `pattern` source without capturing groups): all
 * non-overlapping matches left to right, the first listed rule winning at a position — what
 * the alternation `(r1)|(r2)|…` finds, at a fraction of its cost.
 *
 * One Aho–Corasick automaton (automaton.ts) walks the text once. Its keys are the rules' plain
 * texts — literal rules, and every spelling of literal-step rules ("决不(?:能|允许)?") — whose hits
 * prove a match; and for the regex rules the one or two characters a match can open with
 * (indexRules, regex-pairs.ts), whose hits only make the position a candidate, where the rule's
 * own sticky regex decides. At each position the winner is the first listed rule among the
 * proven one and the candidates that match.
 *
 * Cold start matters (a content script analyses one page in a fresh realm): the automaton is
 * built from the prebuilt index (rule-index.generated.ts) when the matcher is made, on the first
 * analysis, and a regex rule compiled the first time it is tried.
 */
export class RuleMatcher<R extends { pattern: string }> {
  private readonly entries: Entry<R>[] = [];
  private readonly firsts: (number[] | null)[] = [];
  /** Per entry: a regex rule's second characters' keys by first character (regex-pairs.ts). */
  private readonly pairs: ([number, number[]][] | null)[] = [];
  /** Entries whose first character cannot be bounded: candidates at every position. */
  private readonly anyStart: number[] = [];
  /** With anyStart entries: the keys some rule starts with. */
  private readonly allCodes = new Set<number>();
  private readonly ignoreCase: boolean;
  private readonly automaton: Automaton;
  /**
   * Per automaton key: the entries it stands for, each as index * 4, + PROVES when a hit proves
   * the rule, + WORD_START when the rule can match only where a word starts.
   */
  private keyRules: number[][] = [];
  // The scan's scratch arrays, per position of the text: the first proven entry, the head of its
  // list of candidates; and the lists' cells.
  private proven = new Int32Array(0);
  private head = new Int32Array(0);
  private cellEntry = new Int32Array(64);
  private cellNext = new Int32Array(64);
  /** Per automaton key: the number of the scan (`scans`) that last saw it, and where it last started. */
  private seenIn = new Int32Array(0);
  private lastStart = new Int32Array(0);
  private scans = 0;
  /** Rules searched for by their first characters, with the search (built on first use). */
  private broad: number[] = [];
  private readonly broadSearch = new Map<number, RegExp>();
  /** The candidates at one position (scan). */
  private order = new Int32Array(64);
  private orderLength = 0;

  /**
   * `index` and `keys`: the table's prebuilt index (shippedIndex of indexRules' output) and its
   * automaton and keys (`compiled()` of a matcher of the same table). Both are built here when
   * either is absent or not of this table's size.
   */
  constructor(
    rules: readonly R[],
    options: { ignoreCase?: boolean } = {},
    index?: readonly ShippedIndexEntry[],
    keys?: CompiledKeys,
  ) {
    this.ignoreCase = options.ignoreCase ?? false;
    // The prebuilt index holds only what the scan needs beside the prebuilt keys (shippedIndex).
    const prebuilt = !!index && !!keys && index.length === rules.length && keys.rules === rules.length;
    const entries: readonly Partial<RuleIndexEntry>[] = prebuilt
      ? index
      : indexRules(
          rules.map((r) => r.pattern),
          options,
        );
    rules.forEach((rule, i) => {
      const { literal = null, steps = null, firsts = null, pairs = null, opening, needs } = entries[i]!;
      this.entries.push({
        rule,
        literal,
        steps,
        regex: null,
        needs: needs ?? null,
        wordStart: rule.pattern.startsWith('\\b') && !!firsts && firsts.every(isWordCode),
        opening: opening ?? null,
        needKeys: [],
      });
      this.firsts.push(firsts);
      this.pairs.push(pairs);
      if (!firsts) this.anyStart.push(i);
      else for (const code of firsts) this.allCodes.add(code);
    });
    if (prebuilt) {
      this.keyRules = keys.keyRules;
      this.broad = keys.broad;
      keys.needKeys.forEach((list, k) => (this.entries[k]!.needKeys = list));
      this.automaton = Automaton.load(keys.automaton);
    } else this.automaton = this.build();
    this.seenIn = new Int32Array(this.keyRules.length);
    this.lastStart = new Int32Array(this.keyRules.length);
  }

  /** The automaton and keys of this table, for the rule-index generator (see the constructor). */
  compiled(): CompiledKeys {
    return {
      rules: this.entries.length,
      keyRules: this.keyRules,
      needKeys: this.entries.map((e) => e.needKeys),
      broad: this.broad,
      automaton: this.automaton.toData(),
    };
  }

  /** The automaton of the rules' keys (see the class comment). */
  private build(): Automaton {
    const ids = new Map<string, number>();
    const keys: string[] = [];
    const keyOf = (key: string) => {
      let id = ids.get(key);
      if (id === undefined) {
        ids.set(key, (id = keys.length));
        keys.push(key);
        this.keyRules.push([]);
      }
      return id;
    };
    const add = (key: string, code: number) => {
      const list = this.keyRules[keyOf(key)]!;
      if (list[list.length - 1] !== code) list.push(code);
    };
    this.entries.forEach((e, k) => {
      if (e.needs) e.needKeys = e.needs.map(keyOf);
      // Ignoring case a literal is ASCII (indexRules): the automaton compares it lower-cased.
      if (e.literal !== null) return add(this.ignoreCase ? e.literal.toLowerCase() : e.literal, 4 * k + PROVES);
      const texts = e.steps && !e.opening && spellings(e.steps);
      if (texts) return texts.forEach((t) => add(t, 4 * k + PROVES));
      const code = 4 * k + (e.wordStart ? WORD_START : 0);
      // A candidate where one of the texts its matches open with is; else wherever its first
      // (and, where known, second) character is.
      if (e.opening) return e.opening.forEach((t) => add(t, code));
      // Pairs only while they are few: a number class before many characters ("[\\d，]*\\d…(?:以上|…)")
      // would add a thousand keys to build on a cold page; the rule's needed text filters it instead.
      const firsts = this.firsts[k] ?? [];
      const seconds = this.secondsOf(k);
      const pairs = new Map(this.pairs[k]);
      const fitting = firsts.map((first) => seconds ?? pairs.get(first) ?? null);
      let count = 0;
      for (const list of fitting) count += list ? list.length : 1;
      // A rule that opens with any of many characters and needs a text ("\\b(?:[a-z]+\\s+)?will …
      // be able to"): found by a search for its first characters, only in a text that has the
      // needed one (gather), rather than by a hit at every letter or digit.
      if (e.needs && firsts.length > MAX_FIRST_KEYS && (count > MAX_PAIRS || fitting.includes(null))) {
        this.broad.push(k);
        return;
      }
      firsts.forEach((first, f) => {
        const list = fitting[f];
        if (!list || count > MAX_PAIRS) add(String.fromCharCode(first), code);
        else for (const second of list) add(String.fromCharCode(first, second), code);
      });
    });
    return Automaton.build(keys, this.ignoreCase);
  }

  private key(code: number): number {
    return foldKey(code, this.ignoreCase);
  }

  /** The keys of entry `k`'s second characters, when known whatever the first (secondKeys). */
  private secondsOf(k: number): number[] | null {
    const { rule, literal, steps } = this.entries[k]!;
    return secondKeys(rule.pattern, literal, steps, this.ignoreCase);
  }

  /**
   * Length of the entry's match at `at` (0 for an empty match), or -1 for none. Literal rules
   * are compared code unit by code unit; ignoring case folds only ASCII letters, which is what
   * the non-Unicode /i flag does for an ASCII pattern.
   */
  private matchAt(entry: Entry<R>, text: string, at: number): number {
    const lit = entry.literal;
    if (lit !== null) {
      if (at + lit.length > text.length) return -1;
      for (let k = 0; k < lit.length; k++) {
        const a = text.charCodeAt(at + k);
        const b = lit.charCodeAt(k);
        if (a === b) continue;
        const folded = a | 0x20;
        if (!this.ignoreCase || folded !== (b | 0x20) || folded < 97 || folded > 122) return -1;
      }
      return lit.length;
    }
    if (entry.steps) {
      const end = matchSteps(entry.steps, 0, text, at);
      return end < 0 ? -1 : end - at;
    }
    const regex = (entry.regex ??= new RegExp(entry.rule.pattern, this.ignoreCase ? 'yi' : 'y'));
    regex.lastIndex = at;
    const m = regex.exec(text);
    return m ? m[0].length : -1;
  }

  /** Per position of `text`: the first proven entry (NONE) and the list of candidates, from the automaton's hits. */
  private gather(text: string): void {
    const automaton = this.automaton;
    const n = text.length;
    if (this.proven.length < n) {
      this.proven = new Int32Array(n * 2);
      this.head = new Int32Array(n * 2);
    }
    const { proven, head, keyRules } = this;
    proven.fill(NONE, 0, n);
    head.fill(-1, 0, n);
    const count = automaton.collect(text);
    const hits = automaton.hits;
    // Where each key occurs last (hits come in the order of their ends): a regex rule is a
    // candidate only before the last occurrence of a text it needs.
    const scanNo = ++this.scans;
    const { seenIn, lastStart } = this;
    for (let h = 0; h < count; h++) {
      seenIn[hits[2 * h]!] = scanNo;
      lastStart[hits[2 * h]!] = hits[2 * h + 1]!;
    }
    let cells = 0;
    for (const k of this.broad) {
      let last = -1;
      for (const key of this.entries[k]!.needKeys) if (seenIn[key] === scanNo) last = Math.max(last, lastStart[key]!);
      if (last < 0) continue;
      const search = this.broadSearch.get(k) ?? this.searchFor(k);
      // test, not exec: no match object per character found (each match is one character long)
      search.lastIndex = 0;
      while (search.test(text) && search.lastIndex - 1 <= last) {
        const start = search.lastIndex - 1;
        if (this.entries[k]!.wordStart && start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
        if (cells === this.cellEntry.length) this.growCells();
        this.cellEntry[cells] = k;
        this.cellNext[cells] = head[start]!;
        head[start] = cells++;
      }
    }
    for (let h = 0; h < count; h++) {
      const rules = keyRules[hits[2 * h]!]!;
      const start = hits[2 * h + 1]!;
      for (let r = 0; r < rules.length; r++) {
        const code = rules[r]!;
        const k = code >> 2;
        if (code & PROVES) {
          if (k < proven[start]!) proven[start] = k;
          continue;
        }
        // English rules open with \b: most positions are inside a word.
        if (code & WORD_START && start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
        const needKeys = this.entries[k]!.needKeys;
        if (needKeys.length) {
          let found = false;
          for (const key of needKeys) found ||= seenIn[key] === scanNo && lastStart[key]! >= start;
          if (!found) continue;
        }
        if (cells === this.cellEntry.length) this.growCells();
        this.cellEntry[cells] = k;
        this.cellNext[cells] = head[start]!;
        head[start] = cells++;
      }
    }
  }

  /**
   * A global regex of the rule's first characters (ignoring case, /i: it finds some characters the
   * scan by keys would not, and the rule's own regex decides there).
   */
  private searchFor(k: number): RegExp {
    const chars = (this.firsts[k] ?? []).map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('');
    const search = new RegExp(`[${chars}]`, this.ignoreCase ? 'gi' : 'g');
    this.broadSearch.set(k, search);
    return search;
  }

  private growCells(): void {
    const entry = new Int32Array(this.cellEntry.length * 2);
    const next = new Int32Array(this.cellNext.length * 2);
    entry.set(this.cellEntry);
    next.set(this.cellNext);
    this.cellEntry = entry;
    this.cellNext = next;
  }

  /** All non-overlapping matches, left to right; at one position the first listed rule wins. */
  scan(text: string): MatchHit<R>[] {
    this.gather(text);
    const { proven, head, entries } = this;
    const out: MatchHit<R>[] = [];
    const n = text.length;
    const anyStart = this.anyStart.length > 0;
    for (let i = 0; i < n; i++) {
      const first = proven[i]!;
      if (first === NONE && head[i]! < 0 && !anyStart) continue;
      // The candidates listed before the proven rule, in table order (insertion sort: a few).
      this.orderLength = 0;
      for (let c = head[i]!; c >= 0; c = this.cellNext[c]!) {
        const k = this.cellEntry[c]!;
        if (k < first) this.addCandidate(k);
      }
      if (anyStart) this.addAnyStart(text, i, first);
      let winner = first;
      let length = -1;
      const atWordStart = i === 0 || !isWordCode(text.charCodeAt(i - 1));
      for (let o = 0; o < this.orderLength; o++) {
        const k = this.order[o]!;
        const entry = entries[k]!;
        if (entry.wordStart && !atWordStart) continue;
        length = this.matchAt(entry, text, i);
        if (length >= 0) {
          winner = k;
          break;
        }
      }
      if (length < 0) {
        if (winner === NONE) continue;
        length = this.matchAt(entries[winner]!, text, i);
      }
      // An empty match wins the position like any other and yields nothing.
      if (length > 0) {
        out.push({ start: i, end: i + length, text: text.slice(i, i + length), rule: entries[winner]!.rule });
        i += length - 1;
      }
    }
    return out;
  }

  /**
   * The rules that can start anywhere, as candidates at `i` before the proven rule `first`: where
   * some rule starts with this character, only when their second character fits (as the scan by
   * first characters tried them).
   */
  private addAnyStart(text: string, i: number, first: number): void {
    const code = this.key(text.charCodeAt(i));
    const next = this.key(text.charCodeAt(i + 1));
    for (const k of this.anyStart) {
      const seconds = this.secondsOf(k);
      if (k >= first || (this.allCodes.has(code) && seconds && !seconds.includes(next))) continue;
      this.addCandidate(k);
    }
  }

  /** Adds entry `k` to the candidates, keeping them in table order. */
  private addCandidate(k: number): void {
    if (this.orderLength === this.order.length) {
      const grown = new Int32Array(this.order.length * 2);
      grown.set(this.order);
      this.order = grown;
    }
    const order = this.order;
    let at = this.orderLength++;
    while (at > 0 && order[at - 1]! > k) {
      order[at] = order[at - 1]!;
      at--;
    }
    order[at] = k;
  }
}

/**
 * A set of plain words looked up at a position, indexed by first character: the same answers as
 * the sticky regex `(?:w1|w2|…)` (with `wordEnd`, `(?:w1|w2|…)\b`), without compiling a
 * 200-word alternation on the first page. Ignoring case folds ASCII letters only, like the
 * non-Unicode /i flag on ASCII words.
 */
export class WordSet {
  private readonly byFirst = new Map<number, string[]>();
  private readonly ignoreCase: boolean;
  private readonly wordEnd: boolean;

  constructor(words: readonly string[], options: { ignoreCase?: boolean; wordEnd?: boolean } = {}) {
    this.ignoreCase = options.ignoreCase ?? false;
    this.wordEnd = options.wordEnd ?? false;
    for (const word of words) {
      if (!word) continue;
      const stored = this.ignoreCase ? word.toLowerCase() : word;
      const key = stored.charCodeAt(0);
      const list = this.byFirst.get(key);
      if (list) list.push(stored);
      else this.byFirst.set(key, [stored]);
    }
  }

  private fold(code: number): number {
    return this.ignoreCase && code >= 65 && code <= 90 ? code | 0x20 : code;
  }

  /** Whether one of the words starts at `at` (and, with `wordEnd`, ends at a word boundary). */
  startsAt(text: string, at: number): boolean {
    // Its own loop rather than a call to lengthAt: this runs at every clause of every sentence.
    if (at >= text.length) return false;
    const list = this.byFirst.get(this.fold(text.charCodeAt(at)));
    if (!list) return false;
    for (const word of list) if (this.endsAt(text, at, word)) return true;
    return false;
  }

  /** Whether `word` is at `at` (and, with `wordEnd`, ends at a word boundary there). */
  private endsAt(text: string, at: number, word: string): boolean {
    const end = at + word.length;
    if (end > text.length) return false;
    let k = 1;
    while (k < word.length && this.fold(text.charCodeAt(at + k)) === word.charCodeAt(k)) k++;
    if (k < word.length) return false;
    if (!this.wordEnd) return true;
    const before = isWordCode(text.charCodeAt(end - 1));
    const after = end < text.length && isWordCode(text.charCodeAt(end));
    return before !== after;
  }

  /** Length of the first listed word that starts at `at` (as `startsAt` decides), or 0 when none does. */
  lengthAt(text: string, at: number): number {
    if (at >= text.length) return 0;
    const list = this.byFirst.get(this.fold(text.charCodeAt(at)));
    if (!list) return 0;
    for (const word of list) if (this.endsAt(text, at, word)) return word.length;
    return 0;
  }

  /** Whether one of the words occurs anywhere in `text`. */
  occursIn(text: string): boolean {
    for (let i = 0; i < text.length; i++) if (this.startsAt(text, i)) return true;
    return false;
  }
}
