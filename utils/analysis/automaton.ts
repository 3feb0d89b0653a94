/**
 * An Aho–Corasick automaton over UTF-16 code units: finds every occurrence of many plain keys in
 * one pass over a text, each character visited once (one transition, no failure steps at run
 * time), whatever the number of keys.
 *
 * Hand-written rather than taken from npm: the packages found (e.g. @monyone/aho-corasick) key their
 * transitions by one-character strings in a `Map` and return one object per match, which costs more
 * per character than the rule scan it would replace; the scan needs integer states in typed arrays,
 * ASCII case folding, (key, start) pairs without allocation, and an automaton that a content script
 * loads ready-made (see AutomatonData) instead of building it on every page.
 *
 * Layout: characters map to dense symbols (0: in no key, which sends the walk back to the root).
 * States are numbered breadth first, so the children of a state are consecutive, sorted by symbol:
 * `firstChild[s]` to `firstChild[s + 1]`. The transition function is a whole table when small
 * (`delta`), else the root's row and each state's exceptions to it (`exFrom`). The keys ending in
 * each state (its own and its failure chain's) are listed once (`endFrom`). Built by
 * automaton-build.ts (the rule-index generator and tests); a page only loads one.
 *
 * A transition's target carries ENDS when some key ends in that state, so that a walk learns from
 * the value it loaded anyway whether to look at the keys: ~85 % of a page's characters land in a
 * state where none ends, and looking a state's lists up at each was two more loads a character
 * (the rule scan ~3 % less CPU without them: docs/benchmarks.md, session 26). The written form,
 * with each state's end lists worked out by the generator, is in automaton-data.ts.
 */

import type { AutomatonData } from './automaton-data';
import { isWordCode } from './char-codes';

export type { AutomatonData } from './automaton-data';

/**
 * The largest transition table (states × symbols) built in full: 256 KB of 16-bit states. The
 * English directive table (~1,470 states × 65 symbols) must fit: its walk is about twice as fast
 * with the table as with the search among children (a unit test checks it fits).
 */
const MAX_DELTA = 1 << 17;

/** Set in a transition's target (`delta`, `root`, `exception`) when some key ends in that state. */
export const ENDS = 0x8000;
/** The state of a transition's target: states are numbered below ENDS. */
export const STATE = ENDS - 1;

export class Automaton {
  /** Symbol of each UTF-16 code unit (ASCII upper case folded when ignoring case); 0 for none. */
  readonly sym = new Uint16Array(65536);
  /** The root's row: the state after each symbol from the root (and from any state without an exception for it). */
  readonly root: Int32Array;
  private readonly symOf: Int32Array;
  private readonly firstChild: Int32Array;
  private readonly fail: Int32Array;
  /**
   * The keys that end where the walk stands in each state (its own and those of its failure
   * chain, the longest first): `endKey[endFrom[s]…endFrom[s + 1])` (key ids) with their lengths
   * in `endLength`. Most states have none.
   */
  readonly endFrom: Int32Array;
  readonly endKey: Int32Array;
  readonly endLength: Int32Array;
  /**
   * The whole transition function, per state a row by symbol, when it is small (an English
   * table's: a few hundred states of some 70 symbols): one lookup per character. Null otherwise.
   * 16 bits a target (a state below ENDS, and the flag): half the cache lines of 32.
   */
  readonly delta: Uint16Array | null = null;
  /** Row length of `delta`: the number of symbols and 1. */
  readonly width: number;
  /**
   * Without `delta` (the Chinese table: ~2,700 states × ~700 symbols would be 3.7 MB), the
   * transition function as the root's row and each state's exceptions to it: from state `s` a
   * symbol goes where the root's row says unless `s` or a state on its failure chain has a child
   * by it. Those are `exSymbol[exFrom[s]…exTo[s])` (ascending; exFrom -1: not listed yet) with
   * their targets in `exTarget`; `exBits[s]` has bit (symbol & 31) set for each, so that most
   * characters take one test and the root's row — no walk down the failure chain at run time.
   */
  private readonly exFrom: Int32Array;
  private readonly exTo: Int32Array;
  private exSymbol: Int32Array;
  private exTarget: Int32Array;
  private exSize = 0;
  readonly exBits: Int32Array;
  /** Hits of the last `collect`: key id and start, in pairs. */
  hits = new Int32Array(256);
  /** `collect`'s `atWordStart`, for `emit`. */
  private onlyAtWordStart: Uint8Array | null = null;

  private constructor(private readonly data: AutomatonData) {
    const { symbols } = data;
    for (let i = 0; i < symbols.length; i++) this.sym[symbols[i]!] = i + 1;
    if (data.ignoreCase) for (let c = 65; c <= 90; c++) this.sym[c] = this.sym[c | 0x20]!;
    // Native copies of the generator's arrays: nothing here is worked out state by state.
    this.symOf = new Int32Array(data.symOf);
    this.firstChild = new Int32Array(data.firstChild);
    this.fail = new Int32Array(data.fail);
    this.endFrom = new Int32Array(data.endFrom);
    this.endKey = new Int32Array(data.endKey);
    this.endLength = new Int32Array(data.endLength);
    const states = this.symOf.length;
    if (states > STATE)
      throw new Error(`an automaton of ${states} states: targets hold a state in 15 bits (ENDS), at most ${STATE}`);
    if (this.firstChild.length !== states + 1 || this.fail.length !== states || this.endFrom.length !== states + 1)
      throw new Error('an automaton whose arrays disagree on its number of states: run npm run gen:rule-index');
    this.root = new Int32Array(symbols.length + 1);
    for (let t = this.firstChild[0]!; t < this.firstChild[1]!; t++) this.root[this.symOf[t]!] = this.target(t);
    this.width = symbols.length + 1;
    this.exFrom = new Int32Array(states);
    this.exTo = new Int32Array(states);
    this.exBits = new Int32Array(states);
    this.exSymbol = this.exTarget = new Int32Array(0);
    if (states * this.width <= MAX_DELTA) {
      // Breadth first, a state's failure state (shallower) has its row already.
      const delta = (this.delta = new Uint16Array(states * this.width));
      delta.set(this.root);
      for (let s = 1; s < states; s++) {
        delta.copyWithin(s * this.width, this.fail[s]! * this.width, (this.fail[s]! + 1) * this.width);
        for (let t = this.firstChild[s]!; t < this.firstChild[s + 1]!; t++)
          delta[s * this.width + this.symOf[t]!] = this.target(t);
      }
      return;
    }
    // Each state's exceptions are listed the first time the walk asks there (exceptionsOf): a
    // page's text reaches a fraction of the states, and this runs on a cold page, before the JIT.
    this.exFrom.fill(-1, 1);
    this.exBits.fill(-1, 1);
    this.exSymbol = new Int32Array(1024);
    this.exTarget = new Int32Array(1024);
  }

  /** State `t` as a transition's target: with ENDS when some key ends there. */
  private target(t: number): number {
    return this.endFrom[t] !== this.endFrom[t + 1] ? t | ENDS : t;
  }

  /**
   * Lists the exceptions of state `s` (see `exFrom`): its children, and its failure state's
   * exceptions by other symbols (the root has none: its row is the rule).
   */
  private listExceptions(s: number): void {
    const f = this.fail[s]!;
    if (f !== 0 && this.exFrom[f]! < 0) this.listExceptions(f);
    let t = this.firstChild[s]!;
    const childEnd = this.firstChild[s + 1]!;
    let e = this.exFrom[f]!;
    const inheritedEnd = this.exTo[f]!;
    let size = this.exSize;
    if (size + (childEnd - t) + (inheritedEnd - e) > this.exSymbol.length) {
      const grown = 2 * (size + (childEnd - t) + (inheritedEnd - e));
      const symbols = new Int32Array(grown);
      const targets = new Int32Array(grown);
      symbols.set(this.exSymbol);
      targets.set(this.exTarget);
      this.exSymbol = symbols;
      this.exTarget = targets;
    }
    const { symOf, exSymbol, exTarget } = this;
    this.exFrom[s] = size;
    // Two ascending lists merged; on the same symbol the child wins.
    let bits = 0;
    while (t < childEnd || e < inheritedEnd) {
      const bySymbol = t < childEnd ? symOf[t]! : 0x7fffffff;
      const inherited = e < inheritedEnd ? exSymbol[e]! : 0x7fffffff;
      if (bySymbol <= inherited) {
        exSymbol[size] = bySymbol;
        exTarget[size++] = this.target(t++);
        if (bySymbol === inherited) e++;
      } else {
        exSymbol[size] = inherited;
        exTarget[size++] = exTarget[e++]!;
      }
      bits |= 1 << (exSymbol[size - 1]! & 31);
    }
    this.exTo[s] = this.exSize = size;
    this.exBits[s] = bits;
  }

  /** The automaton as the generator writes it. */
  toData(): AutomatonData {
    return this.data;
  }

  /** An automaton written by `toData`. */
  static load(data: AutomatonData): Automaton {
    return new Automaton(data);
  }

  /**
   * The target (a state, with ENDS when keys end there) after reading code unit `code` in state
   * `s`: one lookup in the whole table where there is one, else in the root's row or among the
   * state's exceptions to it.
   */
  next(s: number, code: number): number {
    const a = this.sym[code]!;
    if (this.delta) return this.delta[s * this.width + a]!;
    return (this.exBits[s]! >>> (a & 31)) & 1 ? this.exception(s, a) : this.root[a]!;
  }

  /**
   * The target after symbol `a` in state `s` (without `delta`) when `exBits[s]` has its bit: one
   * of the state's exceptions, else the root's row. A walk that reads `sym`, `exBits` and `root`
   * itself (Candidates.gather) calls this only then.
   */
  exception(s: number, a: number): number {
    // (A state whose exceptions are not listed yet has every bit set.)
    if (this.exFrom[s]! < 0) this.listExceptions(s);
    const { exSymbol } = this;
    let lo = this.exFrom[s]!;
    let hi = this.exTo[s]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = exSymbol[mid]!;
      if (m === a) return this.exTarget[mid]!;
      if (m < a) lo = mid + 1;
      else hi = mid;
    }
    return this.root[a]!;
  }

  /**
   * Every occurrence of every key in `text`, overlapping ones included, into `hits` as (key id,
   * start) pairs in the order of their ends; returns the number of pairs. `atWordStart`: per key
   * id, 1 when only its occurrences where a word starts count (not after a letter, digit or _,
   * as `\b` decides): the others are left out (most hits of an English "is" are inside "this").
   */
  collect(text: string, atWordStart: Uint8Array | null = null): number {
    this.onlyAtWordStart = atWordStart;
    let n = 0;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const target = this.next(s, text.charCodeAt(i));
      s = target & STATE;
      if (target & ENDS) n = this.emit(s, i, n, text);
    }
    return n;
  }

  /** Writes the hits of the keys that end at character `i` in state `s` after the first `n`; returns the new count. */
  private emit(s: number, i: number, n: number, text: string): number {
    const { endKey, endLength, onlyAtWordStart } = this;
    for (let e = this.endFrom[s]!; e < this.endFrom[s + 1]!; e++) {
      const start = i + 1 - endLength[e]!;
      if (
        onlyAtWordStart !== null &&
        onlyAtWordStart[endKey[e]!] === 1 &&
        start > 0 &&
        isWordCode(text.charCodeAt(start - 1))
      )
        continue;
      if (2 * n + 2 > this.hits.length) {
        const grown = new Int32Array(this.hits.length * 2);
        grown.set(this.hits);
        this.hits = grown;
      }
      this.hits[2 * n] = endKey[e]!;
      this.hits[2 * n + 1] = start;
      n++;
    }
    return n;
  }
}
