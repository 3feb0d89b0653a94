/**
 * Sentence segmentation for Chinese and English article text, one block (paragraph) at a time.
 *
 * The unit of auto-highlighting is the sentence, not the paragraph: a paragraph usually mixes
 * directives with narrative, and marking it whole would sweep the narrative in too. Rules:
 * - split after 。！？!? (full- and half-width alike), keeping the closing quotes and brackets
 *   that follow with the sentence;
 * - split after ；/; only where the next clause is an enumerated point ("一是…；二是…",
 *   "(a) …; (b) …"): ordinary semicolon lists stay one sentence;
 * - split before a "——" point that follows punctuation (an inline dash after a word stays);
 * - English: a period ends a sentence only before white space and a non-lowercase letter, and
 *   not after an abbreviation ("Sec.", "U.S.", "e.g.", "No. 5"), an initial, or a list number;
 * - line breaks always split.
 * Spans are trimmed of white space (full-width spaces included) on both ends.
 * Deliberately a single hand-written pass: no dependence on Intl.Segmenter.
 */

import { isDigitCode } from './char-codes';

export interface Span {
  start: number;
  end: number;
}

/**
 * The characters segmentation decides on, by UTF-16 code, as bits of one table: the scan reads
 * `charCodeAt` and this table, never one-character strings (for a CJK character `text[i]` makes a
 * new string, and a `Set` of strings hashes it).
 */
const CLASS = new Uint8Array(65536);
/** Ends a sentence outright (half-width ! and ? appear in Chinese pages too). */
const TERMINATOR = 1;
/** A closing quote/bracket that belongs to the sentence it follows. */
const CLOSER = 2;
const SPACE = 4;
const SEMICOLON = 8;
/** A colon ends a unit only before a Chinese enumerated item: "三项任务：一是…；二是…". */
const COLON = 16;
/** Something the scan has to decide at. */
const INTERESTING = 32;
/** A "——" point is split off when it follows one of these (or starts the block). */
const BEFORE_DASH_POINT = 64;
const mark = (chars: string, bit: number) => {
  for (let i = 0; i < chars.length; i++) CLASS[chars.charCodeAt(i)]! |= bit;
};
mark('。！？!?｡', TERMINATOR | INTERESTING);
mark('”’）)》」』】〕]"\'〉', CLOSER);
mark(' \t\r\u3000\u00a0\u2002\u2003\u2009\f', SPACE);
mark('；;', SEMICOLON | INTERESTING);
mark('：:', COLON | INTERESTING);
mark('.\n—', INTERESTING);
mark('，,：:；;、', BEFORE_DASH_POINT);
const NEWLINE = 10;
const PERIOD = 46;
const DASH = 0x2014;
const ELLIPSIS = 0x2026;

/** An enumerated point: 一是 / 二要 / 第一，/ （一）/ ① / 1. / (a) / 其一，. Tried at one position. */
export const ENUMERATOR =
  /(?:[一二三四五六七八九十]+(?:是|要|则)|第[一二三四五六七八九十百\d]+[，,、是：:]|其[一二三四五六七八九十][，,、是]|[（(][一二三四五六七八九十\d]+[)）]|[①-⑳]|\d{1,2}[.、．](?!\d)|(?:(?:and|or)\s+)?\([a-zA-Z0-9]{1,4}\)\s)/y;

/**
 * Whether an ENUMERATOR match can open at `j`: with 一…十, 第, 其, a bracket, ①-⑳, a digit, or the a / o
 * of "and (b)" / "or (b)". Looked at before the regex runs: a content script analyses a page once,
 * and a page whose clauses open otherwise never compiles ENUMERATOR.
 */
function opensEnumerator(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  return (
    isDigitCode(c) ||
    (c >= 0x2460 && c <= 0x2473) || // ①-⑳
    c === 0x61 || // a
    c === 0x6f || // o
    (j < text.length && '一二三四五六七八九十第其（('.includes(text.charAt(j)))
  );
}

/** Words whose trailing period is not a sentence end (lower-cased, without the period). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'reps',
  'pres',
  'hon',
  'rev',
  'sec',
  'secs',
  'no',
  'nos',
  'art',
  'arts',
  'para',
  'paras',
  'ch',
  'chap',
  'vol',
  'vols',
  'p',
  'pp',
  'fig',
  'figs',
  'eq',
  'e.g',
  'i.e',
  'etc',
  'vs',
  'v',
  'cf',
  'al',
  'approx',
  'est',
  'dept',
  'inc',
  'co',
  'corp',
  'ltd',
  'plc',
  'llc',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'd.c',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'op',
  'ed',
  'eds',
  'u.s.c',
  'c.f.r',
  'stat',
  'pub',
  'l',
  'subsec',
  'cl',
  'ibid',
  'viz',
  'a.m',
  'p.m',
  'ph.d',
]);
/** Abbreviations that also end sentences often enough that a capital after them splits. */
const SENTENCE_FINAL_ABBREVIATIONS = new Set([
  'etc',
  'u.s',
  'u.k',
  'inc',
  'ltd',
  'co',
  'corp',
  'plc',
  'llc',
  'a.m',
  'p.m',
  'd.c',
]);

const SENTENCE_OPENER = /^(?:The|This|It|We|In|On|A|An|They|He|She|These|Those|Our|Its)\b/;
/** A word that names a thing by a letter ("band E", "Plan B", "Schedule A"), before the letter. */
const LETTER_LABEL =
  /\b(?:band|grade|class|category|plan|schedule|annex|appendix|part|option|phase|tier|level|type|zone|rating|group)\s+$/i;

/** White space (full-width and no-break spaces included; not the line break): by code, NaN past the end is none. */
const isSpace = (code: number) => (CLASS[code]! & SPACE) !== 0;

/**
 * Pushes [start, end) of `text`, trimmed of white space, shifted by `offset`, unless it is empty.
 * A module function, not a closure made per call: segmentation runs once per block.
 */
function pushTrimmed(spans: Span[], text: string, start: number, end: number, offset: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === NEWLINE)) end--;
  if (end > start) spans.push({ start: start + offset, end: end + offset });
}

/** The word (letters, digits, inner periods) ending just before `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  for (; i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    if (!((c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) || c === PERIOD)) break;
  }
  return text.slice(i, dot);
}

/** Whether the period at `i` ends an English sentence. */
function isSentencePeriod(text: string, i: number, unitStart: number): boolean {
  let j = i + 1;
  while (j < text.length && CLASS[text.charCodeAt(j)]! & CLOSER) j++;
  if (j < text.length && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== NEWLINE) return false; // "3.5", "U.S.", "gov.uk"
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  if (j >= text.length || text.charCodeAt(j) === NEWLINE) return true;
  const next = text.charCodeAt(j);
  if (next >= 97 && next <= 122) return false; // "approx. five", "e.g. the"
  const word = wordBefore(text, i);
  const lower = word.toLowerCase();
  if (!word) return true;
  // an initial, "J. Smith", "(b) A. Name" (not a grade or a schedule named by a letter: "… at EPC band E. We …")
  if (/^[A-Za-z]$/.test(word))
    return LETTER_LABEL.test(text.slice(unitStart, i - 1)) && SENTENCE_OPENER.test(text.slice(j, j + 8));
  if (ABBREVIATIONS.has(lower)) {
    // "etc.", "U.S.", "Inc." may also end a sentence: split only before a typical sentence opener.
    return SENTENCE_FINAL_ABBREVIATIONS.has(lower) && SENTENCE_OPENER.test(text.slice(j, j + 8));
  }
  if (/^\d+$/.test(word)) {
    // "Sec. 2. Policy." / "Section 3. …": the number belongs to the heading that follows.
    const before = text.slice(Math.max(unitStart, i - word.length - 12), i - word.length);
    if (/(?:\bSec\.|\bSection|\bArticle|\bNo\.|\bPart|\bRule|\bArt\.)\s*$/i.test(before)) return false;
    // A list number at the start of the unit: "1. Establish …".
    if (text.slice(unitStart, i - word.length).trim() === '') return false;
  }
  return true;
}

/**
 * Splits `text` into sentence spans. `offset` is added to every position (the block's start in
 * the article text). With `whole`, the text is one unit (a heading block).
 */
export function segmentSentences(text: string, offset = 0, whole = false): Span[] {
  const spans: Span[] = [];
  if (whole) {
    // Even a heading block keeps line breaks as boundaries.
    let s = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || text.charCodeAt(i) === NEWLINE) {
        pushTrimmed(spans, text, s, i, offset);
        s = i + 1;
      }
    }
    return spans;
  }
  let unitStart = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const cls = CLASS[code]!;
    if ((cls & INTERESTING) === 0) continue; // most characters: one table lookup
    if (code === NEWLINE) {
      pushTrimmed(spans, text, unitStart, i, offset);
      unitStart = i + 1;
      continue;
    }
    let cutAfter = -1;
    if (cls & TERMINATOR) {
      cutAfter = i + 1;
    } else if (code === PERIOD && isSentencePeriod(text, i, unitStart)) {
      cutAfter = i + 1;
    } else if (cls & (SEMICOLON | COLON)) {
      let j = i + 1;
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      ENUMERATOR.lastIndex = j;
      const item = opensEnumerator(text, j) ? ENUMERATOR.exec(text) : null;
      // After a colon only Chinese items split ("任务：一是…"); "shall: (a) …" stays one sentence.
      if (item && (cls & SEMICOLON || /[\u2460-\u2473\u4e00-\u9fff]/.test(item[0]))) cutAfter = i + 1;
    } else if (code === DASH && text.charCodeAt(i + 1) === DASH && i > unitStart) {
      let p = i - 1;
      while (p >= unitStart && isSpace(text.charCodeAt(p))) p--;
      if (p >= unitStart && CLASS[text.charCodeAt(p)]! & BEFORE_DASH_POINT) {
        pushTrimmed(spans, text, unitStart, i, offset);
        unitStart = i;
        i++; // skip the second dash
        continue;
      }
    }
    if (cutAfter < 0) continue;
    // Absorb runs like "！？", "。”", "?)" and "…" that close the same sentence.
    let j = cutAfter;
    for (; j < n; j++) {
      const next = text.charCodeAt(j);
      if ((CLASS[next]! & (TERMINATOR | CLOSER)) === 0 && next !== ELLIPSIS) break;
      // A quote that opens the next sentence ("…。"Next) is not ours: only absorb ASCII quotes before space/end.
      if (
        (next === 34 || next === 39) &&
        j + 1 < n &&
        !isSpace(text.charCodeAt(j + 1)) &&
        text.charCodeAt(j + 1) !== NEWLINE
      )
        break;
    }
    pushTrimmed(spans, text, unitStart, j, offset);
    unitStart = j;
    i = j - 1;
  }
  pushTrimmed(spans, text, unitStart, n, offset);
  return spans;
}
