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
   * Text every match of the regex contains (see requiredText), lower-cased when ignoring case;
   * null when none is known.
   */
  needs: string | null;
  /**
   * The pattern opens with `\b` before a word character: it can match only where a word
   * starts (not after a letter, digit or _), as the regex's own `\b` decides.
   */
  wordStart: boolean;
  /** The text of the scan in progress that was checked for `needs`, and the answer. */
  checkedIn: string | null;
  present: boolean;
}

/**
 * Matches ordered regex rules (each a `pattern` source without capturing groups).
 *
 * Cold start matters (a content script analyses one page in a fresh realm): building and
 * compiling big per-character alternations cost ~20 ms on the first page. So nothing is
 * compiled up front: a rule without metacharacters is compared as a string, and a regex rule
 * gets its own small sticky regex the first time the scan reaches a character that can start
 * it. Trying a character's rules in table order and taking the first that matches is exactly
 * what the alternation `(r1)|(r2)|…` does at that position.
 */
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
}

/** Groups of at least this many rules are split by the second character too. */
const SPLIT_GROUPS_FROM = 2;

/** A word character of `\b` (and `\w`) without the u flag. */
export const isWordCode = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** The rules that can start with one character, in table order. */
interface Group<R> {
  all: Entry<R>[];
  /**
   * A big group split once more by the second character: for each second character, the
   * group's entries that can match with it, in table order (entries whose second character
   * is not known — single characters, regexes — are in every list); null for a small group.
   * Trying a common character's few candidates instead of its 40 rules gives the same result.
   */
  second: Map<number, Entry<R>[]> | null;
  /** The entries whose second character is not known, alone. */
  unknownSecond: Entry<R>[];
  /** Every entry can match only where a word starts (English: most positions are inside a word). */
  wordStartOnly: boolean;
}

/** `secondsOf(entry)`: the keys its second character can have after this group's first, or null. */
function splitGroup<R>(all: Entry<R>[], secondsOf: (e: Entry<R>) => number[] | null): Group<R> {
  const unknownSecond = all.filter((e) => secondsOf(e) === null);
  const wordStartOnly = all.every((e) => e.wordStart);
  // A lone regex with known second characters is split too: its regex costs more than a lookup.
  const loneRegex = all.length === 1 && all[0]!.literal === null && all[0]!.steps === null && !unknownSecond.length;
  if (all.length < SPLIT_GROUPS_FROM && !loneRegex) return { all, second: null, unknownSecond, wordStartOnly };
  // For each second key, the entries that can match with it, in table order: one pass (built on
  // a cold page, so no filtering of every entry for every key).
  const second = new Map<number, Entry<R>[]>();
  const unknownSoFar: Entry<R>[] = [];
  for (const e of all) {
    const keys = secondsOf(e);
    if (keys === null) {
      unknownSoFar.push(e);
      for (const list of second.values()) list.push(e);
      continue;
    }
    for (const k of keys) {
      const list = second.get(k);
      if (!list) second.set(k, [...unknownSoFar, e]);
      else if (list[list.length - 1] !== e) list.push(e);
    }
  }
  return { all, second, unknownSecond, wordStartOnly };
}

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
    return { literal, steps, firsts, pairs };
  });
}

export class RuleMatcher<R extends { pattern: string }> {
  /**
   * The group of each first character's key (UTF-16 code, lower-cased for ASCII when ignoring
   * case): an index into `groups`, 0 for none. A dense table: the scan looks up every
   * character of the text, and a sparse array indexed by CJK codes is a hash table in V8.
   */
  private readonly groupOf = new Uint16Array(65536);
  /**
   * Index 0 unused. Each group is split by second character the first time the scan meets its
   * first character (`buildGroup`): a cold page pays only for the groups its text has.
   */
  private readonly groups: (Group<R> | undefined)[] = [];
  private readonly groupBuilders: (() => Group<R>)[] = [];
  /** Rules whose first character cannot be bounded: tried at every other position. */
  private readonly anyStart: Entry<R>[] = [];
  private readonly ignoreCase: boolean;

  /** `index`: the table's prebuilt index (indexRules' output); built here when absent or not of this table's size. */
  constructor(rules: readonly R[], options: { ignoreCase?: boolean } = {}, index?: readonly RuleIndexEntry[]) {
    this.ignoreCase = options.ignoreCase ?? false;
    const entries =
      index && index.length === rules.length
        ? index
        : indexRules(
            rules.map((r) => r.pattern),
            options,
          );
    const allCodes = new Set<number>();
    for (const e of entries) if (e.firsts) for (const code of e.firsts) allCodes.add(code);
    // One pass in table order: each rule joins the group of each of its first characters; a
    // rule that can start anywhere joins every group.
    const byFirst = new Map<number, Entry<R>[]>();
    for (const code of allCodes) byFirst.set(code, []);
    const seconds = new Map<Entry<R>, number[] | null>();
    const pairs = new Map<Entry<R>, Map<number, number[]>>();
    rules.forEach((rule, i) => {
      const { literal, steps, firsts, pairs: known } = entries[i]!;
      let needs = literal === null && steps === null ? requiredText(rule.pattern) : null;
      // Ignoring case, only an ASCII text: its matches are ASCII letters (see matchAt).
      if (needs !== null && this.ignoreCase) needs = /^[\x20-\x7e]+$/.test(needs) ? needs.toLowerCase() : null;
      const entry: Entry<R> = {
        rule,
        literal,
        steps,
        regex: null,
        needs,
        wordStart: rule.pattern.startsWith('\\b') && !!firsts && firsts.every(isWordCode),
        checkedIn: null,
        present: true,
      };
      seconds.set(entry, secondKeys(rule.pattern, literal, steps, this.ignoreCase));
      if (known) pairs.set(entry, new Map(known));
      if (!firsts) this.anyStart.push(entry);
      for (const code of firsts ?? allCodes) byFirst.get(code)!.push(entry);
    });
    this.groups.push({ all: [], second: null, unknownSecond: [], wordStartOnly: false });
    this.groupBuilders.push(() => this.groups[0]!);
    for (const [code, group] of byFirst) {
      this.groupOf[code] = this.groups.length;
      this.groups.push(undefined);
      this.groupBuilders.push(() => splitGroup(group, (e) => seconds.get(e) ?? pairs.get(e)?.get(code) ?? null));
    }
  }

  private buildGroup(g: number): Group<R> {
    return (this.groups[g] = this.groupBuilders[g]!());
  }

  private key(code: number): number {
    return foldKey(code, this.ignoreCase);
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
    // A regex whose match needs a text this block lacks is not run at all: the quantity rules
    // start at every numeral (一 included), and most blocks have no "个百分点" or "内".
    if (entry.needs !== null) {
      if (entry.checkedIn !== text) {
        entry.checkedIn = text;
        // Ignoring case, in the lower-cased text: the non-Unicode /i flag matches an ASCII
        // text only with ASCII letters, whose lower case is the needed text's.
        entry.present = this.ignoreCase ? this.lowered(text).includes(entry.needs) : text.includes(entry.needs, at);
      }
      if (!entry.present) return -1;
    }
    const regex = (entry.regex ??= new RegExp(entry.rule.pattern, this.ignoreCase ? 'yi' : 'y'));
    regex.lastIndex = at;
    const m = regex.exec(text);
    return m ? m[0].length : -1;
  }

  private loweredOf: string | null = null;
  private loweredText = '';
  /** `text` lower-cased, once per scanned text. */
  private lowered(text: string): string {
    if (this.loweredOf !== text) {
      this.loweredOf = text;
      this.loweredText = text.toLowerCase();
    }
    return this.loweredText;
  }

  /** All non-overlapping matches, left to right; at one position the first listed rule wins. */
  scan(text: string): MatchHit<R>[] {
    const out: MatchHit<R>[] = [];
    const n = text.length;
    const anyStart = this.anyStart.length > 0;
    for (let i = 0; i < n; i++) {
      const code = this.key(text.charCodeAt(i));
      const g = this.groupOf[code]!;
      if (g === 0 && !anyStart) continue;
      const atWordStart = i === 0 || !isWordCode(text.charCodeAt(i - 1));
      let group = this.anyStart;
      if (g !== 0) {
        const { all, second, unknownSecond, wordStartOnly } = this.groups[g] ?? this.buildGroup(g);
        if (wordStartOnly && !atWordStart) continue;
        // At the text's end the second key is NaN: only the entries of unknown second character.
        group = second ? (second.get(this.key(text.charCodeAt(i + 1))) ?? unknownSecond) : all;
      }
      for (const entry of group) {
        if (entry.wordStart && !atWordStart) continue;
        const length = this.matchAt(entry, text, i);
        if (length < 0) continue;
        // An empty match wins the position like any other and yields nothing.
        if (length > 0) {
          out.push({ start: i, end: i + length, text: text.slice(i, i + length), rule: entry.rule });
          i += length - 1;
        }
        break;
      }
    }
    return out;
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
