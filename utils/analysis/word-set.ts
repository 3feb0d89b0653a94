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
    return foldKey(code, this.ignoreCase);
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
