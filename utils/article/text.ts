/**
 * Small text helpers shared by article detection. Pure string functions, no DOM.
 *
 * Labels are written in simplified characters and matched against the simplified reading of a
 * line (hant.ts: same length, so a value is sliced from the original): "來源：中國政府網" is read
 * with the label 来源 and gives 中國政府網.
 */
import { FOLLOWING_LABELS, FOLLOWING_WORD_LABELS } from './field-labels';
import { toSimplified } from './hant';

const LATIN_WORD = /[A-Za-z][A-Za-z'’-]*/g;

/** Number of CJK ideographs: Chinese text carries about one word of meaning per character. */
export function countCjk(text: string): number {
  // A code-unit loop: no match array to allocate (this runs on every block of every candidate).
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) n++;
  }
  return n;
}

/** Number of Latin-script words. */
export function countLatinWords(text: string): number {
  return text.match(LATIN_WORD)?.length ?? 0;
}

/** Collapses every run of white space (ASCII, no-break, ideographic) into one space and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
}

/** Whether the code unit may be collapsed by collapseSpace (a superset of \s, U+200B and U+FEFF). */
function maybeSpace(code: number): boolean {
  return (
    code <= 32 ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * True when `collapseSpace(text)` is surely longer than `max`: more than `max` characters that
 * no white-space rule can remove. Lets a caller skip collapsing the text of a big container.
 */
export function collapsedLongerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let kept = 0;
  for (let i = 0; i < text.length; i++) if (!maybeSpace(text.charCodeAt(i)) && ++kept > max) return true;
  return false;
}

/** Characters of `text` but white space (those collapseSpace may remove not counted). */
export function shownLength(text: string): number {
  let kept = 0;
  for (let i = 0; i < text.length; i++) if (!maybeSpace(text.charCodeAt(i))) kept++;
  return kept;
}

/** A character collapseSpace keeps (the complement of its white-space class). */
const NOT_SPACE = /[^\s\u00a0\u3000\u200b\ufeff]/;

/**
 * True when the text has no visible characters: `collapseSpace(text) === ''`, told at the first character
 * kept, without copying the text (detection asks it of every text node beside its blocks).
 */
export function isBlank(text: string): boolean {
  return !NOT_SPACE.test(text);
}

/**
 * Amount of readable content in a string, in "word equivalents": one CJK character or one
 * Latin word each count as one unit.
 */
export function contentWeight(text: string): number {
  return countCjk(text) + countLatinWords(text);
}

/** True when most letters of the text are CJK (used to tell Chinese from English pages). */
export function isMostlyCjk(text: string): boolean {
  const cjk = countCjk(text);
  const latinLetters = text.match(/[A-Za-z]/g)?.length ?? 0;
  // A Chinese article quotes English names now and then; an English one rarely has CJK at all.
  return cjk > 0 && cjk * 3 >= latinLetters;
}

const LABEL_SEPARATOR = '[:：]';
const SEPARATOR_AT = /\s*[:：]\s*/y;
const LETTER = /\p{L}/u;
/** Labels and lines this simple fold the same under toLowerCase() as under the /iu flag. */
const SIMPLE_LABEL = /^[\t -\x7f\u3000-\u9fff\uff00-\uffef]*$/;
const FOLDS_UNLIKE_LOWER_CASE = /[\u017f\u212a]/;

/** Whether the code point is a letter (\p{L}); ASCII and common CJK answered without the regex. */
function isLetter(code: number): boolean {
  if (code < 0x80) return (code | 0x20) >= 97 && (code | 0x20) <= 122;
  if (code >= 0x4e00 && code <= 0x9fef) return true; // CJK Unified Ideographs: all Lo
  if (code >= 0xff01 && code <= 0xff20) return false; // full-width punctuation and digits
  return LETTER.test(String.fromCodePoint(code));
}

/**
 * The first `label：` in `line` that is not preceded by a letter, matched ignoring case: where
 * its match starts (the character before the label included, as the regex below reports it) and
 * where the value after it starts; null when absent. Same result as the regex
 * `(?:^|[^\p{L}])label\s*[:：]\s*` with flags iu, without compiling one Unicode-aware,
 * case-folding regex per label: that compilation cost milliseconds on every page load.
 */
export function findLabel(original: string, label: string): { index: number; valueStart: number } | null {
  const line = toSimplified(original);
  const lower = line.toLowerCase();
  if (!SIMPLE_LABEL.test(label) || lower.length !== line.length || FOLDS_UNLIKE_LOWER_CASE.test(line)) {
    const re = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(label)}\\s*${LABEL_SEPARATOR}\\s*`, 'iu');
    const m = re.exec(line);
    return m ? { index: m.index, valueStart: m.index + m[0].length } : null;
  }
  const needle = label.toLowerCase();
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    let index = at;
    if (at > 0) {
      // The code point before the label (a letter outside the BMP takes two code units).
      let before = line.codePointAt(at - 1)!;
      index = at - 1;
      if (before >= 0xdc00 && before <= 0xdfff && at > 1) {
        before = line.codePointAt(at - 2)!;
        if (before > 0xffff) index = at - 2;
        else before = line.codePointAt(at - 1)!;
      }
      if (isLetter(before)) continue;
    }
    SEPARATOR_AT.lastIndex = at + needle.length;
    if (SEPARATOR_AT.test(line)) return { index, valueStart: SEPARATOR_AT.lastIndex };
  }
  return null;
}

const BRACKETS_OPEN = '[\\s(（【\\[〔]*';
const BRACKETS_CLOSE = /[\s)）】\]〕]+$/;

/**
 * Removes a leading label such as "来源：" / "编辑:" / "(责编：" and the brackets around the whole
 * line: `stripLabel("(责编：王震、袁勃)", ["责编"])` is "王震、袁勃". Returns the text unchanged
 * (collapsed) when none of the labels leads it.
 */
export function stripLabel(text: string, labels: readonly string[]): string {
  const line = collapseSpace(text);
  const simplified = toSimplified(line);
  for (const label of labels) {
    const re = new RegExp(`^${BRACKETS_OPEN}${escapeRegExp(label)}\\s*${LABEL_SEPARATOR}\\s*`, 'i');
    const m = re.exec(simplified);
    if (m) {
      let rest = line.slice(m[0].length);
      // Only drop the closing bracket when the line opened with one.
      if (/^[\s(（【[〔]/.test(line)) rest = rest.replace(BRACKETS_CLOSE, '');
      return rest.trim();
    }
  }
  return line;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CJK_CHAR = /[\u3400-\u9fff]/;
/** A label's tail and its colon: "次数：", "量:", "于：". */
const FIELD_AFTER = /^[^\s:：]{0,2}[:：]/;
/**
 * Where a following label ends a value in `rest` (before `end`), or -1. A word of FOLLOWING_WORD_LABELS
 * with a Chinese character glued on both sides is part of a name, not a field ("来源：新闻发布中心",
 * "来源：某某信息发布平台"), unless another label follows it or a colon closes it within two characters:
 * "来源：新华社发布时间：…" ends at 发布, "来源：某区政府浏览次数：1562" at 浏览.
 */
function labelAt(rest: string, label: string, end: number): number {
  let i = rest.indexOf(label);
  if (!FOLLOWING_WORD_LABELS.has(label)) return i;
  while (i > 0 && i < end) {
    const after = rest.slice(i + label.length);
    const inName =
      CJK_CHAR.test(rest[i - 1]!) &&
      CJK_CHAR.test(after[0] ?? '') &&
      !FIELD_AFTER.test(after) &&
      !FOLLOWING_LABELS.some((l) => l !== label && after.startsWith(l));
    if (!inName) return i;
    i = rest.indexOf(label, i + 1);
  }
  return i;
}

/**
 * Finds `label：value` inside a longer line ("2017年03月11日 22:22 | 来源:荆楚统战") and returns
 * the value up to the next field label, separator or double space. Null when absent.
 */
const BRACKET_PAIRS: Readonly<Record<string, string>> = { '）': '（', ')': '(', '】': '【', ']': '[', '〕': '〔' };
/** Where the value's first closing bracket that no bracket inside the value opened stands, or -1. */
function unopenedClose(rest: string): number {
  const depth: Record<string, number> = {};
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charAt(i);
    const opener = BRACKET_PAIRS[c];
    if (opener === undefined) {
      if ('（(【[〔'.includes(c)) depth[c] = (depth[c] ?? 0) + 1;
      continue;
    }
    if (!depth[opener]) return i;
    depth[opener]--;
  }
  return -1;
}

/** A date after a field's value: after a space, or a whole day glued to a Chinese name or a 》. */
const GLUED_OR_SPACED_DATE = /\s\d{4}\s*[-年/.]|(?<=[\u4e00-\u9fff》])\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}/;

export function findLabelledValue(text: string, labels: readonly string[]): string | null {
  const line = text.replace(/[\u00a0\u3000\t\r\n]/g, '  ');
  const simplified = toSimplified(line);
  for (const label of labels) {
    const found = findLabel(line, label);
    if (!found) continue;
    const valueStart = found.valueStart;
    let rest = line.slice(valueStart);
    const restSimplified = simplified.slice(valueStart);
    let end = rest.length;
    const dbl = rest.search(/\s{2,}/);
    if (dbl >= 0) end = Math.min(end, dbl);
    for (const next of FOLLOWING_LABELS) {
      const i = labelAt(restSimplified, next, end);
      if (i > 0 && i < end) end = i;
    }
    // A date after the value ("来源：新华社 2024-01-05") ends it as well, and a whole day glued on by elements with
    // no space between ("<span>来源：新华社</span><span>2024-01-05</span>").
    const date = rest.search(GLUED_OR_SPACED_DATE);
    if (date > 0 && date < end) end = date;
    // So does the bracket closing the label's line, the next field glued on ("[责任编辑:甲]图片编辑：乙").
    const close = unopenedClose(rest);
    if (close > 0 && close < end) end = close;
    rest = rest
      .slice(0, end)
      .replace(/[\s)）】\]〕,，;；]+$/, '')
      .trim();
    if (rest) return rest;
  }
  return null;
}
