/**
 * What the library's search matches, and the tokens its index keeps. Pure.
 *
 * Text is normalized (NFKC, lower case: `normalizeForSearch`) and split into runs:
 *  - **word runs**: letters, digits and marks of alphabetic scripts (English, French, Russian,
 *    Hindi…): a query word matches at the **start of a word** ("gov" finds "government", "ern"
 *    does not);
 *  - **gram runs**: everything else that is not white space — Chinese, Japanese and Korean
 *    characters and punctuation: a query matches **anywhere** ("城市更新" inside "推进城市更新行动").
 *
 * The index keeps, per record, every gram run's characters (unigrams) and adjacent pairs
 * (bigrams) and every word's prefixes up to PREFIX_MAX characters. If a query term occurs in a
 * text, each of the term's tokens (`termPlan`) is a token of the text — so the index can only
 * over-select, and `matchesTerm` (the definition of a match) decides. A term whose one token
 * *is* the term (one or two Chinese characters, a word of up to PREFIX_MAX letters) is `exact`:
 * its postings are its matches, and counting needs no record.
 */
import { normalizeForSearch } from '@/utils/library/search';

/** Word prefixes longer than this are indexed by their first PREFIX_MAX characters only. */
export const PREFIX_MAX = 6;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
const LETTER_DIGIT_MARK = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;

export type CharClass = 'space' | 'word' | 'gram';

export function charClass(ch: string): CharClass {
  // The common characters first, without a regular expression (imports index 100,000 records).
  const c = ch.charCodeAt(0);
  if (ch.length === 1) {
    if (c >= 0x4e00 && c <= 0x9fff) return 'gram';
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a)) return 'word';
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return 'space';
    if (c < 0x80) return 'gram';
  }
  if (SPACE.test(ch)) return 'space';
  if (LETTER_DIGIT_MARK.test(ch) && !CJK.test(ch)) return 'word';
  return 'gram';
}

export const isWordChar = (ch: string) => charClass(ch) === 'word';

interface Run {
  kind: 'word' | 'gram';
  chars: string[];
}

/** Maximal runs of one class (white space separates and is dropped), by code point. */
export function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  for (const ch of text) {
    const kind = charClass(ch);
    if (kind === 'space') {
      current = null;
      continue;
    }
    if (!current || current.kind !== kind) {
      current = { kind, chars: [] };
      runs.push(current);
    }
    current.chars.push(ch);
  }
  return runs;
}

/** Class of each code unit that is a whole character, filled on first meeting (64 KB). */
let unitClasses: Uint8Array | null = null;
const SPACE_KIND = 1;
const WORD_KIND = 2;
const GRAM_KIND = 3;
const CODE_OF: Record<CharClass, number> = { space: SPACE_KIND, word: WORD_KIND, gram: GRAM_KIND };

/**
 * Token strings shared across the texts of a batch: the thousands of "推进" of an import are
 * one string (hashed once) instead of thousands to make, hash and collect. Two small
 * direct-mapped tables (a slot holds the last token hashed to it; a clash only costs making the
 * string again), so at most 2 × SHARED_SIZE strings are kept: grams by their code units packed
 * in one number (a character and a pair told apart by length), word prefixes by a hash checked
 * against the text.
 */
const SHARED_BITS = 13;
const SHARED_SIZE = 1 << SHARED_BITS;
let gramKeys = new Int32Array(0);
let gramTokens: string[] = [];
let wordKeys = new Int32Array(0);
let wordTokens: string[] = [];

/** The tables above and the class table, made on the first tokenizing (not at import). */
function allocateTables(): Uint8Array {
  gramKeys = new Int32Array(SHARED_SIZE);
  gramTokens = new Array<string>(SHARED_SIZE).fill('');
  wordKeys = new Int32Array(SHARED_SIZE);
  wordTokens = new Array<string>(SHARED_SIZE).fill('');
  return new Uint8Array(0x10000);
}

const slotOf = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - SHARED_BITS);

function sharedGram(text: string, start: number, end: number, key: number): string {
  const slot = slotOf(key);
  const held = gramTokens[slot]!;
  if (gramKeys[slot] === key && held.length === end - start) return held;
  const token = text.slice(start, end);
  gramKeys[slot] = key;
  gramTokens[slot] = token;
  return token;
}

function sharedWord(text: string, start: number, end: number, key: number): string {
  const slot = slotOf(key);
  const held = wordTokens[slot]!;
  if (wordKeys[slot] === key && held.length === end - start && text.startsWith(held, start)) return held;
  const token = text.slice(start, end);
  wordKeys[slot] = key;
  wordTokens[slot] = token;
  return token;
}

/** The distinct index tokens of an already normalized text. */
export function tokensOf(normalized: string): Set<string> {
  return new Set(tokenList(normalized));
}

/**
 * The index tokens of an already normalized text as they occur, a token as often as it occurs
 * (`tokensOf` without making a set): an import's write groups them by token anyway
 * (postings.ts `rowEdits`), and a set per record was two thirds of tokenizing's cost.
 */
export function tokenList(normalized: string): string[] {
  // The runs of `runsOf` walked in one pass by code unit, without making them (an import
  // tokenizes 100,000 records): each gram character and each pair of neighbours in a gram run;
  // each word's prefixes up to PREFIX_MAX characters. Every token is a slice of the text.
  const classes = unitClasses ?? (unitClasses = allocateTables());
  const out: string[] = [];
  const n = normalized.length;
  let previous = SPACE_KIND;
  let gramStart = 0; // where the previous gram character starts
  let gramKey = 0; // its code unit, or -1 outside the Basic Multilingual Plane
  let wordStart = 0;
  let wordLength = 0; // in characters
  let wordKey = 0;
  for (let i = 0; i < n;) {
    const c = normalized.charCodeAt(i);
    let end = i + 1;
    let kind: number;
    if (c >= 0xd800 && c <= 0xdbff && end < n) {
      const low = normalized.charCodeAt(end);
      if (low >= 0xdc00 && low <= 0xdfff) end++;
    }
    if (end - i === 1) {
      kind = classes[c]!;
      if (kind === 0) kind = classes[c] = CODE_OF[charClass(String.fromCharCode(c))];
    } else kind = CODE_OF[charClass(normalized.slice(i, end))];
    if (kind === GRAM_KIND) {
      const key = end - i === 1 ? c : -1;
      out.push(key < 0 ? normalized.slice(i, end) : sharedGram(normalized, i, end, key));
      if (previous === GRAM_KIND)
        out.push(
          key < 0 || gramKey < 0
            ? normalized.slice(gramStart, end)
            : sharedGram(normalized, gramStart, end, (gramKey << 16) | key),
        );
      gramStart = i;
      gramKey = key;
    } else if (kind === WORD_KIND) {
      if (previous !== WORD_KIND) {
        wordStart = i;
        wordLength = 0;
        wordKey = 0x811c9dc5;
      }
      if (wordLength < PREFIX_MAX) {
        wordKey = Math.imul(wordKey ^ c, 0x01000193);
        if (end - i === 2) wordKey = Math.imul(wordKey ^ normalized.charCodeAt(i + 1), 0x01000193);
        out.push(sharedWord(normalized, wordStart, end, wordKey));
        wordLength++;
      }
    }
    previous = kind;
    i = end;
  }
  return out;
}

/**
 * The row a token's postings live in: its first character for Chinese (so "发" and every
 * "发X" share a row), its first two characters for words. Gram and word characters never
 * overlap, so the two kinds of shards cannot collide.
 */
export function shardOf(token: string): string {
  const first = token.codePointAt(0)!;
  const firstLen = first > 0xffff ? 2 : 1;
  if (charClass(token.slice(0, firstLen)) === 'gram') return token.slice(0, firstLen);
  const second = token.codePointAt(firstLen);
  return second === undefined ? token : token.slice(0, firstLen + (second > 0xffff ? 2 : 1));
}

/** The query's terms: normalized, split on white space, without duplicates. */
export function queryTerms(query: string): string[] {
  return [...new Set(normalizeForSearch(query).split(/\s+/u))].filter((t) => t !== '');
}

export interface TermPlan {
  term: string;
  /** Tokens every matching text has (a few, the most telling ones). */
  tokens: string[];
  /** The postings of the single token are exactly the term's matches. */
  exact: boolean;
}

/** Most tokens looked up per term: more would cost index reads and rarely narrow further. */
const TOKENS_PER_TERM = 4;

export function termPlan(term: string): TermPlan {
  const runs = runsOf(term);
  const all: string[] = [];
  for (const run of runs) {
    const c = run.chars;
    if (run.kind === 'word') all.push(c.slice(0, PREFIX_MAX).join(''));
    else if (c.length === 1) all.push(c[0]!);
    else for (let i = 0; i + 1 < c.length; i++) all.push(c[i]! + c[i + 1]!);
  }
  const unique = [...new Set(all)];
  // First, last and evenly spread ones between: neighbours overlap and narrow the least.
  let tokens = unique;
  if (unique.length > TOKENS_PER_TERM) {
    const step = (unique.length - 1) / (TOKENS_PER_TERM - 1);
    tokens = [...new Set(Array.from({ length: TOKENS_PER_TERM }, (_, i) => unique[Math.round(i * step)]!))];
  }
  const single = runs.length === 1 ? runs[0]! : null;
  const exact =
    single !== null &&
    ((single.kind === 'gram' && single.chars.length <= 2) ||
      (single.kind === 'word' && single.chars.length <= PREFIX_MAX));
  return { term, tokens, exact };
}

function charBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text.charAt(at - 1);
}

/**
 * The definition of a match: `term` (normalized) occurs in `hay` (normalized); a term that
 * begins with a word character must begin where a word begins.
 */
export function matchesTerm(hay: string, term: string): boolean {
  const first = String.fromCodePoint(term.codePointAt(0)!);
  if (!isWordChar(first)) return hay.includes(term);
  for (let at = hay.indexOf(term); at !== -1; at = hay.indexOf(term, at + 1)) {
    if (at === 0 || !isWordChar(charBefore(hay, at))) return true;
  }
  return false;
}

export function matchesAllTerms(hay: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!matchesTerm(hay, term)) return false;
  return true;
}

/**
 * Where the query's terms match in `text` (by `matchesTerm`: anywhere for Chinese, at a word
 * start for words), as sorted, merged [start, end) ranges, for marking matches in a result.
 * Only when normalizing keeps the text's length (so offsets line up, as for nearly all Chinese
 * and English text); otherwise nothing is marked.
 */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  if (!terms.length) return [];
  const norm = normalizeForSearch(text);
  if (norm.length !== text.length) return [];
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const atWordStart = isWordChar(String.fromCodePoint(term.codePointAt(0)!));
    for (let at = norm.indexOf(term); at !== -1; at = norm.indexOf(term, at + 1)) {
      if (atWordStart && at > 0 && isWordChar(charBefore(norm, at))) continue;
      ranges.push([at, at + term.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
