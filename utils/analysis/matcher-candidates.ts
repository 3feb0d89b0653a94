/**
 * Where each rule of a table can match in one text, for RuleMatcher.scan (matcher.ts): per position,
 * the first rule an automaton hit proves, and the list of candidate rules whose own regex decides;
 * from one walk of the automaton, the rules' needed texts and the broad rules' first characters.
 */
import { ENDS, STATE, type Automaton } from './automaton';
import { isWordCode } from './char-codes';
import type { CompiledKeys } from './matcher';

/** No proven rule at a position. */
export const NONE = 0x7fffffff;

/** Flags of an automaton key's rule (CompiledKeys.keyRules): a hit proves the rule. */
export const PROVES = 1;
/** …or the rule can match only where a word starts. */
export const WORD_START = 2;

/** The broad rules by their first characters (Candidates.groupBroad). */
interface BroadGroups {
  groups: { bits: Uint32Array; rules: number[] }[];
  /** The union of the groups' first characters. */
  any: Uint32Array;
  /** Per group, where the last of its rules' needed texts starts in the text gathered (gatherBroad). */
  lasts: Int32Array;
}

export class Candidates {
  /**
   * Per position of the last text gathered: the first proven entry (NONE: none), and the head of
   * its list of candidates (-1: none) in the cells `cellEntry` / `cellNext`.
   */
  proven = new Int32Array(0);
  head = new Int32Array(0);
  cellEntry = new Int32Array(64);
  cellNext = new Int32Array(64);
  /** The positions with a proven rule or a candidate, ascending: `touched[0…touchedCount)` (the scan visits only these). */
  touched = new Int32Array(64);
  touchedCount = 0;
  /** Per entry: the automaton keys of the texts one of which every match of its regex contains. */
  private readonly needKeys: number[][];
  /** Per automaton key: the number of the scan (`scans`) that last saw it, and where it last started. */
  private readonly seenIn: Int32Array;
  private readonly lastStart: Int32Array;
  private scans = 0;
  /** Per automaton key: whether some entry needs its text. */
  private readonly needed: Uint8Array;
  /** Per entry: the scan whose `lastNeeded` was worked out, and its answer then (lastNeeded). */
  private readonly neededIn: Int32Array;
  private readonly neededAt: Int32Array;
  /** Rules searched for by their first characters (compileKeys). */
  private readonly broad: number[];
  /**
   * Per automaton key: its rules, each as index * 4, + PROVES when a hit proves the rule,
   * + WORD_START when the rule can match only where a word starts.
   */
  private readonly keyRules: number[][];
  /**
   * What each automaton state stands for, listed once: the entries `stateOut[stateFrom[s]…stateTo[s])`
   * of state `s` (stateFrom -1: not listed yet) are, for every key ending there (the longest
   * first), its rules as keyRules codes, or `~key` for a key some rule needs; with its length in
   * `stateDepth`. The walk reads them where it stands, rather than writing each key's hits out
   * and looking their rules up in a second and third pass.
   */
  private readonly stateFrom: Int32Array;
  private readonly stateTo: Int32Array;
  private stateOut = new Int32Array(256);
  private stateDepth = new Int32Array(256);
  private outputs = 0;
  /** The broad rules by their first characters (groupBroad, on first use). */
  private broadGroups: BroadGroups | null = null;

  /** `wordStart` and `firsts`: per entry, whether it matches only where a word starts, and its first characters' keys. */
  constructor(
    private readonly automaton: Automaton,
    keys: CompiledKeys,
    private readonly wordStart: readonly boolean[],
    private readonly firsts: readonly (number[] | null)[],
    private readonly ignoreCase: boolean,
  ) {
    this.needKeys = keys.needKeys;
    this.broad = keys.broad;
    const entries = keys.rules;
    const { keyRules } = keys;
    this.seenIn = new Int32Array(keyRules.length);
    this.lastStart = new Int32Array(keyRules.length);
    this.needed = new Uint8Array(keyRules.length);
    for (const list of this.needKeys) for (const key of list) this.needed[key] = 1;
    this.neededIn = new Int32Array(entries);
    this.neededAt = new Int32Array(entries);
    this.keyRules = keys.keyRules;
    // Each state's list is written the first time the walk stands there (listOutputs): a page's
    // text reaches a fraction of the states, and this runs on a cold page, before the JIT.
    const states = automaton.endFrom.length - 1;
    this.stateFrom = new Int32Array(states).fill(-1);
    this.stateTo = new Int32Array(states);
  }

  /** Writes the list of state `s` (see `stateFrom`); returns where it starts. */
  private listOutputs(s: number): number {
    const { endFrom, endKey, endLength } = this.automaton;
    let o = this.outputs;
    let room = 0;
    for (let e = endFrom[s]!; e < endFrom[s + 1]!; e++) room += this.keyRules[endKey[e]!]!.length + 1;
    if (o + room > this.stateOut.length) {
      const out = new Int32Array(2 * (o + room));
      const depth = new Int32Array(2 * (o + room));
      out.set(this.stateOut);
      depth.set(this.stateDepth);
      this.stateOut = out;
      this.stateDepth = depth;
    }
    const { stateOut, stateDepth } = this;
    for (let e = endFrom[s]!; e < endFrom[s + 1]!; e++) {
      const key = endKey[e]!;
      const rules = this.keyRules[key]!;
      if (this.needed[key] === 1) {
        stateOut[o] = ~key;
        stateDepth[o++] = endLength[e]!;
      }
      for (let r = 0; r < rules.length; r++) {
        stateOut[o] = rules[r]!;
        stateDepth[o++] = endLength[e]!;
      }
    }
    this.stateFrom[s] = this.outputs;
    this.stateTo[s] = o;
    this.outputs = o;
    return this.stateFrom[s];
  }

  /**
   * Per position of `text`: the first proven entry (NONE) and the list of candidates, in one walk
   * of the automaton. A candidate whose needed text does not occur after it is listed all the
   * same (where the last one is is known only at the end of the walk): the scan drops it
   * (`lastNeeded`).
   */
  gather(text: string): this {
    const automaton = this.automaton;
    const n = text.length;
    if (this.proven.length < n) {
      this.proven = new Int32Array(n * 2).fill(NONE);
      this.head = new Int32Array(n * 2).fill(-1);
    } else {
      // Only the last text's touched positions hold anything: cleared, not the whole arrays.
      for (let p = 0; p < this.touchedCount; p++) {
        this.proven[this.touched[p]!] = NONE;
        this.head[this.touched[p]!] = -1;
      }
    }
    this.touchedCount = 0;
    const { proven, head, stateFrom, stateTo, seenIn, lastStart } = this;
    const scanNo = ++this.scans;
    let cells = 0;
    let { stateOut, stateDepth } = this;
    // The automaton's step (Automaton.next) written out over local arrays: the walk is most of the
    // rule scan's time, and a method's field loads are repeated at every character.
    const { sym, delta, width, exBits, root } = automaton;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const a = sym[text.charCodeAt(i)]!;
      const target =
        delta !== null ? delta[s * width + a]! : (exBits[s]! >>> (a & 31)) & 1 ? automaton.exception(s, a) : root[a]!;
      s = target & STATE;
      // Most characters end no key: the state's lists are read only where one ends.
      if ((target & ENDS) === 0) continue;
      let o = stateFrom[s]!;
      if (o < 0) {
        o = this.listOutputs(s);
        ({ stateOut, stateDepth } = this);
      }
      for (const to = stateTo[s]!; o < to; o++) {
        const code = stateOut[o]!;
        const start = i + 1 - stateDepth[o]!;
        if (code < 0) {
          // A needed text: where each occurs last (the walk meets them in the order of their ends).
          const key = ~code;
          seenIn[key] = scanNo;
          lastStart[key] = start;
          continue;
        }
        const k = code >> 2;
        if (code & PROVES) {
          if (head[start]! < 0 && proven[start] === NONE) this.touch(start);
          if (k < proven[start]!) proven[start] = k;
          continue;
        }
        // English rules open with \b: most positions are inside a word.
        if (code & WORD_START && start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
        if (head[start]! < 0 && proven[start] === NONE) this.touch(start);
        if (cells === this.cellEntry.length) this.growCells();
        this.cellEntry[cells] = k;
        this.cellNext[cells] = head[start]!;
        head[start] = cells++;
      }
    }
    const touchedByWalk = this.touchedCount;
    const broad = (this.broadGroups ??= this.groupBroad());
    if (broad.groups.length) cells = this.gatherBroad(text, broad, cells);
    // The walk's positions are nearly in order (sortNearlySorted); the broad rules' come in order
    // (one pass for all their groups): merged after them.
    sortNearlySorted(this.touched, touchedByWalk);
    if (this.touchedCount > touchedByWalk) mergeTail(this.touched, touchedByWalk, this.touchedCount);
    return this;
  }

  /**
   * The broad rules' candidates (see groupBroad): one pass over the text for all their groups, up to
   * the last of their needed texts, each position in order; returns the cells' new count.
   */
  private gatherBroad(text: string, broad: BroadGroups, cells: number): number {
    const { groups, any } = broad;
    const { head, proven } = this;
    const lasts = broad.lasts;
    let end = -1;
    for (let g = 0; g < groups.length; g++) {
      let last = -1;
      for (const k of groups[g]!.rules) last = Math.max(last, this.lastNeeded(k));
      lasts[g] = last;
      end = Math.max(end, last);
    }
    end = Math.min(end, text.length - 1);
    for (let start = 0; start <= end; start++) {
      const code = text.charCodeAt(start);
      if (((any[code >>> 5]! >>> (code & 31)) & 1) === 0) continue;
      const inWord = start > 0 && isWordCode(text.charCodeAt(start - 1));
      for (let g = 0; g < groups.length; g++) {
        const { bits, rules } = groups[g]!;
        if (start > lasts[g]! || ((bits[code >>> 5]! >>> (code & 31)) & 1) === 0) continue;
        for (const k of rules) {
          if (this.lastNeeded(k) < start || (inWord && this.wordStart[k])) continue;
          if (head[start]! < 0 && proven[start] === NONE) this.touch(start);
          if (cells === this.cellEntry.length) this.growCells();
          this.cellEntry[cells] = k;
          this.cellNext[cells] = head[start]!;
          head[start] = cells++;
        }
      }
    }
    return cells;
  }

  /** Notes a position that has a proven rule or a candidate (gather). */
  private touch(start: number): void {
    if (this.touchedCount === this.touched.length) {
      const grown = new Int32Array(this.touched.length * 2);
      grown.set(this.touched);
      this.touched = grown;
    }
    this.touched[this.touchedCount++] = start;
  }

  /**
   * Where the last of entry `k`'s needed texts starts in the last text gathered (2^31 - 1 when it
   * needs none, -1 when none occurs): it can match only before. Worked out once per text, when
   * first asked, from where gather saw each needed text last (not at every hit of the rule's
   * opening: an English rule opening with "it" or "is" has thousands), and only for the rules
   * asked about: the candidates of the positions scanned and the broad rules.
   */
  lastNeeded(k: number): number {
    const scanNo = this.scans;
    if (this.neededIn[k] === scanNo) return this.neededAt[k]!;
    const keys = this.needKeys[k]!;
    // (a rule that needs nothing is answered from the cache too: it is asked at every hit of its opening)
    let at = keys.length === 0 ? 0x7fffffff : -1;
    for (let t = 0; t < keys.length; t++) {
      const key = keys[t]!;
      if (this.seenIn[key] === scanNo && this.lastStart[key]! > at) at = this.lastStart[key]!;
    }
    this.neededIn[k] = scanNo;
    this.neededAt[k] = at;
    return at;
  }

  /**
   * The broad rules grouped by their first characters, each group with the set of those characters
   * (ignoring case, ASCII letters in both cases: what a /i class of them matches; the rule's own
   * regex decides at each).
   */
  private groupBroad(): BroadGroups {
    const groups = new Map<string, { bits: Uint32Array; rules: number[] }>();
    for (const k of this.broad) {
      // A broad rule without needed texts is never a candidate (lastNeeded: -1), as it never was.
      if (!this.needKeys[k]!.length) continue;
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
    const any = new Uint32Array(2048);
    for (const { bits } of groups.values()) for (let w = 0; w < any.length; w++) any[w]! |= bits[w]!;
    return { groups: [...groups.values()], any, lasts: new Int32Array(groups.size) };
  }

  private growCells(): void {
    const entry = new Int32Array(this.cellEntry.length * 2);
    const next = new Int32Array(this.cellNext.length * 2);
    entry.set(this.cellEntry);
    next.set(this.cellNext);
    this.cellEntry = entry;
    this.cellNext = next;
  }
}

/**
 * Sorts `a[0…n)` ascending by insertion, for positions that come nearly in order (the automaton's
 * hits come by their ends: a start moves back past the hits of shorter keys that end inside its
 * key, a few places at most), where the typed array's own sort costs a call and a copy per block.
 */
function sortNearlySorted(a: Int32Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const v = a[i]!;
    if (a[i - 1]! <= v) continue;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

/**
 * Merges the ascending `a[from…n)` into the ascending `a[0…from)`, in place (from the back: the
 * tail is copied out first). The positions are distinct: a position is noted once.
 */
function mergeTail(a: Int32Array, from: number, n: number): void {
  const tail = a.slice(from, n);
  let i = from - 1;
  let j = tail.length - 1;
  for (let k = n - 1; j >= 0; k--) a[k] = i >= 0 && a[i]! > tail[j]! ? a[i--]! : tail[j--]!;
}
