/**
 * Traditional Chinese read as simplified, for matching only.
 *
 * The rules, labels and false friends are written in simplified characters; a zh-Hant page
 * (people.com.cn's /BIG5/ copies, Hong Kong, Macau and Taiwan sites) writes 必須, 應當, 來源. The
 * conversion is OpenCC's own character table (opencc-js, TSCharacters plus the Taiwan and
 * Hong Kong variant tables, worked out ahead of time: hant-build.ts), applied one UTF-16 code unit for one: the converted string has the
 * original's length, so every offset found in it is an offset into the original text, and what
 * the reader sees (directive texts, metadata values) is always sliced from the original.
 * Phrase-level conversion (OpenCC's phrase tables) would be more faithful but changes lengths,
 * and the rules need no more than characters.
 */
import { HANT_FROM, HANT_TO } from './hant-table.generated';

let table: Uint16Array | null = null;

/**
 * Code unit → its simplified code unit, 0 where the character stays; built on first use from the
 * pairs `npm run gen:hant-table` works out of OpenCC's tables (hant-build.ts): one pass over
 * ~3,000 code units, where reading OpenCC's "繁 简|…" strings on the page took ~1 ms of a cold
 * detection.
 */
function buildTable(): Uint16Array {
  const t = new Uint16Array(65536);
  for (let i = 0; i < HANT_FROM.length; i++) t[HANT_FROM.charCodeAt(i)] = HANT_TO.charCodeAt(i);
  return t;
}

/**
 * Whether `text` is written in traditional characters: at least `min` of them in its first
 * `sample` code units. Lets a caller convert a page only when it is zh-Hant (a simplified page
 * quoting a traditional name now and then is not), at a cost independent of the page's length.
 */
export function looksTraditional(text: string, sample = 2000, min = 3): boolean {
  const t = (table ??= buildTable());
  const n = Math.min(text.length, sample);
  let found = 0;
  for (let i = 0; i < n; i++) if (t[text.charCodeAt(i)] !== 0 && ++found >= min) return true;
  return false;
}

/** The simplified code unit of code unit `code` (itself where it stays). */
export function simplifiedCode(code: number): number {
  const t = (table ??= buildTable());
  return t[code] || code;
}

/**
 * `text` with each traditional character replaced by its simplified form; the same string when
 * there is nothing to replace. Always exactly as long as `text`.
 */
export function toSimplified(text: string): string {
  const t = (table ??= buildTable());
  const n = text.length;
  let i = 0;
  while (i < n && t[text.charCodeAt(i)] === 0) i++;
  if (i === n) return text;
  const codes = new Uint16Array(n);
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    codes[k] = t[c] || c;
  }
  let out = '';
  // In chunks: fromCharCode.apply takes its arguments on the stack.
  for (let k = 0; k < n; k += 8192)
    out += String.fromCharCode.apply(null, codes.subarray(k, k + 8192) as unknown as number[]);
  return out;
}
