/**
 * A set of plain words looked up at a position (the imperative verbs, the cores' word tables).
 */
import { foldKey, isWordCode } from './char-codes';

/**
 * A set of plain words looked up at a position, indexed by first character: the same answers as
 * the sticky regex `(?:w1|w2|…)` (with `wordEnd`, `(?:w1|w2|…)\b`), without compiling a
 * 200-word alternation on the first page. Ignoring case folds ASCII letters only, like the
 * non-Unicode /i flag on ASCII words.
 */
export class WordSet {
  /**
   * The words by their first two code units (folded when ignoring case), each list in table order
   * with the one-character words of its first code unit merged in: `lists[k]`, where `slotKey` holds
   * pair `k`'s key at a slot of the open-addressing table `slotList` (list index + 1, 0: empty). A
   * position is one typed-array probe and the few words that share its two characters, not a `Map`
   * lookup by one character and every word under it (the cores' lookups, ~15 % of their time).
   */
  private readonly slotKey: Int32Array;
  private readonly slotList: Int32Array;
  /** 32 less log2 of the table's size: a key's slot is the top bits of its hash. */
  private readonly shift: number;
  private readonly lists: string[][] = [];
  /** Per slot of a code unit (its low bits), 1 when some word starts with one of that slot: most positions end there. */
  private readonly firsts = new Uint8Array(FIRST_SLOTS);
  /** The one-character words by their code unit (a position whose pair no longer word starts). */
  private readonly singles = new Map<number, string[]>();
  private readonly ignoreCase: boolean;
  private readonly wordEnd: boolean;

  constructor(words: readonly string[], options: { ignoreCase?: boolean; wordEnd?: boolean } = {}) {
    this.ignoreCase = options.ignoreCase ?? false;
    this.wordEnd = options.wordEnd ?? false;
    const stored = words.filter((w) => w).map((w) => (this.ignoreCase ? w.toLowerCase() : w));
    const byPair = new Map<number, string[]>();
    for (const w of stored) {
      this.firsts[w.charCodeAt(0) & (FIRST_SLOTS - 1)] = 1;
      if (w.length === 1) {
        if (!this.singles.has(w.charCodeAt(0))) this.singles.set(w.charCodeAt(0), [w]);
        // (a one-character word joins the lists of its first code unit listed so far and to come)
        for (const [key, list] of byPair) if (key >>> 14 === w.charCodeAt(0)) list.push(w);
        continue;
      }
      const key = pairKey(w.charCodeAt(0), w.charCodeAt(1));
      let list = byPair.get(key);
      if (!list) {
        list = [];
        // the one-character words listed before it, in their places
        for (const x of stored) {
          if (x === w) break;
          if (x.length === 1 && x.charCodeAt(0) === w.charCodeAt(0) && !list.includes(x)) list.push(x);
        }
        byPair.set(key, list);
      }
      list.push(w);
    }
    let size = 16;
    while (size < 2 * byPair.size) size *= 2;
    this.slotKey = new Int32Array(size);
    this.slotList = new Int32Array(size);
    this.shift = 32 - Math.log2(size);
    for (const [key, list] of byPair) {
      let slot = hashPair(key, this.shift);
      while (this.slotList[slot] !== 0) slot = (slot + 1) & (size - 1);
      this.slotKey[slot] = key;
      this.slotList[slot] = this.lists.push(list);
    }
  }

  private fold(code: number): number {
    return foldKey(code, this.ignoreCase);
  }

  /** The words that may start at `at`: those of its first two code units, else a one-character word (null: none). */
  private listAt(text: string, at: number): readonly string[] | null {
    if (at >= text.length) return null;
    const a = this.fold(text.charCodeAt(at));
    if (this.firsts[a & (FIRST_SLOTS - 1)] === 0) return null;
    if (at + 1 < text.length) {
      const key = pairKey(a, this.fold(text.charCodeAt(at + 1)));
      const { slotKey, slotList } = this;
      const mask = slotKey.length - 1;
      for (let slot = hashPair(key, this.shift); slotList[slot] !== 0; slot = (slot + 1) & mask)
        if (slotKey[slot] === key) return this.lists[slotList[slot]! - 1]!;
    }
    return this.singles.size ? (this.singles.get(a) ?? null) : null;
  }

  /** Whether one of the words starts at `at` (and, with `wordEnd`, ends at a word boundary). */
  startsAt(text: string, at: number): boolean {
    return this.lengthAt(text, at) > 0;
  }

  /** Length of the first listed word that starts at `at` (as `startsAt` decides), or 0 when none does. */
  lengthAt(text: string, at: number): number {
    const list = this.listAt(text, at);
    if (list === null) return 0;
    for (let i = 0; i < list.length; i++) if (this.endsAt(text, at, list[i]!)) return list[i]!.length;
    return 0;
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

  /** Whether one of the words occurs anywhere in `text`. */
  occursIn(text: string): boolean {
    for (let i = 0; i < text.length; i++) if (this.startsAt(text, i)) return true;
    return false;
  }
}

/** 4 KB a set: a Chinese table's first characters fill a few per cent of it. */
const FIRST_SLOTS = 1 << 12;
/** Two code units as one key (a Smi: the second's low 14 bits; the lists hold words, compared in full). */
const pairKey = (a: number, b: number) => (a << 14) | (b & 0x3fff);
const hashPair = (key: number, shift: number) => Math.imul(key, 0x9e3779b1) >>> shift;
