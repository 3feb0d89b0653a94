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
import { Candidates, NONE } from './matcher-candidates';
import { foldKey, isWordCode } from './char-codes';
import { matchSteps, type LiteralStep } from './literal-steps';
import type { ShippedIndexEntry, ShippedStep } from './rule-index';

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

export { PROVES, WORD_START } from './matcher-candidates';

/** A literal step of the shipped index (its absent flags false). */
const loadStep = ({ options, optional, lazy }: ShippedStep): LiteralStep => ({
  options,
  optional: optional === true,
  lazy: lazy === true,
});

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
  /** The proven entry and the candidates at each position of a text (matcher-candidates.ts). */
  private readonly candidates: Candidates;
  /** The candidates at one position (scan). */
  private order = new Int32Array(64);
  private orderLength = 0;
  /** The matches of the last scanHits: where each starts and ends, and its rule's index. */
  hitStart = new Int32Array(64);
  hitEnd = new Int32Array(64);
  hitEntry = new Int32Array(64);

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
      const { literal = null, steps: shipped, firsts } = index[i]!;
      const steps = shipped ? shipped.map(loadStep) : null;
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
    this.candidates = new Candidates(
      Automaton.load(keys.automaton),
      keys,
      this.entries.map((e) => e.wordStart),
      this.firsts,
      this.ignoreCase,
    );
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

  /** All non-overlapping matches, left to right; at one position the first listed rule wins. */
  scan(text: string): MatchHit<R>[] {
    const n = this.scanHits(text);
    const { hitStart, hitEnd, hitEntry, entries } = this;
    const out: MatchHit<R>[] = [];
    for (let h = 0; h < n; h++) {
      const start = hitStart[h]!;
      const end = hitEnd[h]!;
      out.push({ start, end, text: text.slice(start, end), rule: entries[hitEntry[h]!]!.rule });
    }
    return out;
  }

  /**
   * The matches of `scan`, without an object or a substring each: into `hitStart`, `hitEnd` and
   * `hitEntry` (the rule's index in the table, see `ruleAt`); returns their number. The next scan
   * overwrites them. (The directive scan reads them so: a long article has thousands of matches.)
   */
  scanHits(text: string): number {
    const candidates = this.candidates.gather(text);
    const { proven, head, cellEntry, cellNext, touched, touchedCount } = candidates;
    const { entries } = this;
    let hits = 0;
    // Every position up to the last where a rule that can start anywhere may match (anyStartEnd),
    // then only those with a proven rule or a candidate.
    const anyEnd = this.anyStartEnd(text.length);
    let free = 0; // the first position after the last match
    for (let i = -1, p = 0; ;) {
      if (i < anyEnd) i++;
      else {
        while (p < touchedCount && touched[p]! <= i) p++;
        if (p === touchedCount) break;
        i = touched[p++]!;
      }
      if (i < free) continue;
      const first = proven[i]!;
      // The candidates listed before the proven rule, in table order (insertion sort: a few), that
      // have a text they need after them.
      this.orderLength = 0;
      for (let c = head[i]!; c >= 0; c = cellNext[c]!) {
        const k = cellEntry[c]!;
        if (k < first && candidates.lastNeeded(k) >= i) this.addCandidate(k);
      }
      if (i <= anyEnd) this.addAnyStart(text, i, first);
      let winner = first;
      let length = -1;
      for (let o = 0; o < this.orderLength; o++) {
        const k = this.order[o]!;
        const entry = entries[k]!;
        if (entry.wordStart && i > 0 && isWordCode(text.charCodeAt(i - 1))) continue;
        length = this.matchAt(entry, text, i);
        if (length >= 0) {
          winner = k;
          break;
        }
      }
      if (length < 0) {
        if (winner === NONE) continue;
        // A literal's key hit is its match (the automaton folds case as matchAt does).
        const proven = entries[winner]!;
        length = proven.literal !== null ? proven.literal.length : this.matchAt(proven, text, i);
      }
      // An empty match wins the position like any other and yields nothing.
      if (length > 0) {
        if (hits === this.hitStart.length) this.growHits();
        this.hitStart[hits] = i;
        this.hitEnd[hits] = i + length;
        this.hitEntry[hits++] = winner;
        free = i + length;
      }
    }
    return hits;
  }

  /** The rule of table index `k` (scanHits' `hitEntry`). */
  ruleAt(k: number): R {
    return this.entries[k]!.rule;
  }

  private growHits(): void {
    const grow = (a: Int32Array) => {
      const grown = new Int32Array(a.length * 2);
      grown.set(a);
      return grown;
    };
    this.hitStart = grow(this.hitStart);
    this.hitEnd = grow(this.hitEnd);
    this.hitEntry = grow(this.hitEntry);
  }

  /**
   * The last position of the text gathered where a rule that can start anywhere may match: before
   * the last of its needed texts (lastNeeded; the text's last position when it needs none), -1 when
   * none can. An English rule opening with a lookbehind, "(?<=\bmake\s)(?:[\w’'-]+\s+){1,6}?…
   * priority", made the scan visit and try it at every position of every English block.
   */
  private anyStartEnd(length: number): number {
    let end = -1;
    for (const k of this.anyStart) end = Math.max(end, this.candidates.lastNeeded(k));
    return Math.min(end, length - 1);
  }

  /**
   * The rules that can start anywhere, as candidates at `i` before the proven rule `first`: where
   * some rule starts with this character, only when their second character fits (as the scan by
   * first characters tried them), and only before the last of their needed texts.
   */
  private addAnyStart(text: string, i: number, first: number): void {
    const code = this.key(text.charCodeAt(i));
    const next = this.key(text.charCodeAt(i + 1));
    for (let j = 0; j < this.anyStart.length; j++) {
      const k = this.anyStart[j]!;
      const seconds = this.anyStartSeconds[j]!;
      if (k >= first || (this.allCodes.has(code) && seconds && !seconds.includes(next))) continue;
      if (this.candidates.lastNeeded(k) < i) continue;
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
