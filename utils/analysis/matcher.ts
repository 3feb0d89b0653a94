/**
 * A fast scanner for many ordered regex rules: all non-overlapping matches, left to right, the
 * first listed rule winning at a position — what the global alternation `(r1)|(r2)|…` finds.
 * One alternation of ~500 patterns makes the regex engine try every alternative at every
 * character (~1000x slower than a plain character-class pass); RuleMatcher walks the text once
 * with an Aho–Corasick automaton instead (see its comment). What it needs of the rules is worked
 * out ahead of time from their sources (rule-index.ts, matcher-build.ts: `npm run gen:rule-index`);
 * a page only loads it.
 */

import { Automaton, type AutomatonData } from './automaton';
import { foldKey, isWordCode } from './char-codes';
import { matchSteps, type LiteralStep } from './literal-steps';
import type { ShippedIndexEntry } from './rule-index';

export interface MatchHit<R> {
  start: number;
  end: number;
  text: string;
  rule: R;
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
   * The pattern opens with `\b` before a word character: it can match only where a word
   * starts (not after a letter, digit or _), as the regex's own `\b` decides.
   */
  wordStart: boolean;
  /** The automaton keys of the texts one of which every match of the regex contains (matcher-build.ts). */
  needKeys: number[];
}

/** A rule table's automaton and keys as the rule-index generator writes them (matcher-build.ts's compileKeys). */
export interface CompiledKeys {
  /** The size of the table. */
  rules: number;
  /** Per automaton key: its rules, each as index * 4 + flags (PROVES, WORD_START). */
  keyRules: number[][];
  /** Per rule: the keys of its needed texts. */
  needKeys: number[][];
  /** The rules searched for by their first characters (compileKeys). */
  broad: number[];
  /** Per rule whose first character is not bounded, in table order: its second characters' keys when known (secondKeys). */
  anyStartSeconds: (number[] | null)[];
  automaton: AutomatonData;
}

/** No proven rule at a position (see RuleMatcher.scan). */
const NONE = 0x7fffffff;

/** Flags of an automaton key's rule (CompiledKeys.keyRules): a hit proves the rule. */
export const PROVES = 1;
/** …or the rule can match only where a word starts. */
export const WORD_START = 2;

/** The pattern opens with `\b` before a word character: it can match only where a word starts. */
export const opensWord = (pattern: string, firsts: readonly number[] | null): boolean =>
  pattern.startsWith('\\b') && !!firsts && firsts.every(isWordCode);

/**
 * Matches ordered regex rules (each a `pattern` source without capturing groups): all
 * non-overlapping matches left to right, the first listed rule winning at a position — what
 * the alternation `(r1)|(r2)|…` finds, at a fraction of its cost.
 *
 * One Aho–Corasick automaton (automaton.ts) walks the text once. Its keys are the rules' plain
 * texts — literal rules, and every spelling of literal-step rules ("决不(?:能|允许)?") — whose hits
 * prove a match; for the regex rules, the texts every match opens with (leadingSpellings), else
 * the one or two characters it can open with (indexRules, regex-pairs.ts), whose hits only make
 * the position a candidate, where the rule's own sticky regex decides; and the texts a regex
 * needs (requiredTexts): it is a candidate only before the last of them in the text. A regex that
 * can open with any of many characters and needs a text is searched for by those characters only
 * in a text that holds it (`broad`). At each position the winner is the first listed rule among
 * the proven one and the candidates that match.
 *
 * Cold start matters (a content script analyses one page in a fresh realm): the automaton and
 * keys of the directive tables are prebuilt by `npm run gen:rule-index` and only loaded here
 * (matcher-build.ts builds them; tests build matchers of other tables with it); a regex is
 * compiled the first time it is tried.
 */
export class RuleMatcher<R extends { pattern: string }> {
  private readonly entries: Entry<R>[] = [];
  private readonly firsts: (number[] | null)[] = [];
  /** Entries whose first character cannot be bounded: candidates at every position. */
  private readonly anyStart: number[] = [];
  /** With anyStart entries: the keys some rule starts with. */
  private readonly allCodes = new Set<number>();
  /** The second characters' keys of each anyStart entry (CompiledKeys.anyStartSeconds). */
  private readonly anyStartSeconds: (number[] | null)[];
  private readonly ignoreCase: boolean;
  private readonly automaton: Automaton;
  /**
   * Per automaton key: the entries it stands for, each as index * 4, + PROVES when a hit proves
   * the rule, + WORD_START when the rule can match only where a word starts.
   */
  private readonly keyRules: number[][];
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
  /** Per automaton key: the entries that need its text (null for none). */
  private needers: (number[] | null)[] = [];
  /** The keys of needed texts a scan has seen (gather's scratch). */
  private seenKeys = new Int32Array(0);
  /** Per entry: the scan whose text holds one of its needed texts, and where the last of them starts (lastNeeded). */
  private neededIn = new Int32Array(0);
  private neededAt = new Int32Array(0);
  /** Per entry: lastNeeded's answer when no text it needs was seen. */
  private unneeded = new Float64Array(0);
  /** Rules searched for by their first characters (compileKeys). */
  private readonly broad: number[];
  /** The broad rules by their first characters (groupBroad, on first use). */
  private broadGroups: { bits: Uint32Array; rules: number[] }[] | null = null;
  /** The candidates at one position (scan). */
  private order = new Int32Array(64);
  private orderLength = 0;

  /**
   * `index` and `keys`: the table's prebuilt index (shippedIndex of indexRules' output) and its
   * automaton and keys (matcher-build.ts's compileKeys), as rule-index.generated.ts holds them.
   */
  constructor(
    rules: readonly R[],
    options: { ignoreCase?: boolean },
    index: readonly ShippedIndexEntry[],
    keys: CompiledKeys,
  ) {
    if (index.length !== rules.length || keys.rules !== rules.length || keys.needKeys.length !== rules.length)
      throw new Error(
        `the rule index holds ${index.length} rules and keys of ${keys.rules}, the table ${rules.length}: run npm run gen:rule-index`,
      );
    this.ignoreCase = options.ignoreCase ?? false;
    rules.forEach((rule, i) => {
      const { literal, steps, firsts } = index[i]!;
      this.entries.push({
        rule,
        literal,
        steps,
        regex: null,
        wordStart: opensWord(rule.pattern, firsts),
        needKeys: keys.needKeys[i]!,
      });
      this.firsts.push(firsts);
      if (!firsts) this.anyStart.push(i);
      else for (const code of firsts) this.allCodes.add(code);
    });
    this.anyStartSeconds = keys.anyStartSeconds;
    this.keyRules = keys.keyRules;
    this.broad = keys.broad;
    this.automaton = Automaton.load(keys.automaton);
    this.seenIn = new Int32Array(this.keyRules.length);
    this.lastStart = new Int32Array(this.keyRules.length);
    this.needers = this.keyRules.map(() => null);
    this.unneeded = new Float64Array(this.entries.length);
    this.entries.forEach((e, k) => {
      this.unneeded[k] = e.needKeys.length ? -1 : Infinity;
      for (const key of e.needKeys) (this.needers[key] ??= []).push(k);
    });
    this.seenKeys = new Int32Array(this.keyRules.length);
    this.neededIn = new Int32Array(this.entries.length);
    this.neededAt = new Int32Array(this.entries.length);
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
    const regex = (entry.regex ??= new RegExp(entry.rule.pattern, this.ignoreCase ? 'yi' : 'y'));
    regex.lastIndex = at;
    // test, not exec: a sticky regex's lastIndex is the match's end, and no match array is made
    return regex.test(text) ? regex.lastIndex - at : -1;
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
    let seenCount = 0;
    for (let h = 0; h < count; h++) {
      const key = hits[2 * h]!;
      if (seenIn[key] !== scanNo) {
        seenIn[key] = scanNo;
        if (this.needers[key]) this.seenKeys[seenCount++] = key;
      }
      lastStart[key] = hits[2 * h + 1]!;
    }
    // The same per rule that needs texts, from the needed texts found (most blocks hold few of them).
    const { neededIn, neededAt } = this;
    for (let s = 0; s < seenCount; s++) {
      const key = this.seenKeys[s]!;
      const at = lastStart[key]!;
      for (const k of this.needers[key]!) {
        if (neededIn[k] !== scanNo) {
          neededIn[k] = scanNo;
          neededAt[k] = at;
        } else if (at > neededAt[k]!) neededAt[k] = at;
      }
    }
    let cells = 0;
    for (const group of (this.broadGroups ??= this.groupBroad())) {
      let last = -1;
      for (const k of group.rules) last = Math.max(last, this.lastNeeded(k, scanNo));
      const { bits, rules } = group;
      // One walk for the rules that open with the same characters (the number rules share theirs).
      for (let start = 0; start <= last && start < n; start++) {
        const code = text.charCodeAt(start);
        if (((bits[code >>> 5]! >>> (code & 31)) & 1) === 0) continue;
        const inWord = start > 0 && isWordCode(text.charCodeAt(start - 1));
        for (const k of rules) {
          if (this.lastNeeded(k, scanNo) < start || (inWord && this.entries[k]!.wordStart)) continue;
          if (cells === this.cellEntry.length) this.growCells();
          this.cellEntry[cells] = k;
          this.cellNext[cells] = head[start]!;
          head[start] = cells++;
        }
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
        if (this.lastNeeded(k, scanNo) < start) continue;
        if (cells === this.cellEntry.length) this.growCells();
        this.cellEntry[cells] = k;
        this.cellNext[cells] = head[start]!;
        head[start] = cells++;
      }
    }
  }

  /**
   * Where the last of entry `k`'s needed texts starts in the text of scan `scanNo` (Infinity when
   * it needs none, -1 when none occurs): it can match only before. Worked out by gather from the
   * needed texts found, not at every hit of the rule's opening (an English rule opening with "it"
   * or "is" has thousands).
   */
  private lastNeeded(k: number, scanNo: number): number {
    return this.neededIn[k] === scanNo ? this.neededAt[k]! : this.unneeded[k]!;
  }

  /**
   * The broad rules grouped by their first characters, each group with the set of those characters
   * (ignoring case, ASCII letters in both cases: what a /i class of them matches; the rule's own
   * regex decides at each).
   */
  private groupBroad(): { bits: Uint32Array; rules: number[] }[] {
    const groups = new Map<string, { bits: Uint32Array; rules: number[] }>();
    for (const k of this.broad) {
      // A broad rule without needed texts is never a candidate (lastNeeded: -1), as it never was.
      if (!this.entries[k]!.needKeys.length) continue;
      const firsts = this.firsts[k] ?? [];
      const id = [...firsts].sort((a, b) => a - b).join();
      let group = groups.get(id);
      if (!group) {
        const bits = new Uint32Array(2048);
        for (const c of firsts) {
          const cases = this.ignoreCase && c >= 97 && c <= 122 ? [c, c - 32] : [c];
          for (const x of cases) bits[x >>> 5]! |= 1 << (x & 31);
        }
        groups.set(id, (group = { bits, rules: [] }));
      }
      group.rules.push(k);
    }
    return [...groups.values()];
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
    for (let j = 0; j < this.anyStart.length; j++) {
      const k = this.anyStart[j]!;
      const seconds = this.anyStartSeconds[j]!;
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
