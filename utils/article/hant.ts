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
import { HANT_BITS, HANT_BITS_BASE, HANT_FROM, HANT_TO } from './hant-table.generated';

let table: Uint16Array | null = null;

/**
 * Code unit → its simplified code unit, 0 where the character stays; built on first use from the
 * pairs `npm run gen:hant-table` works out of OpenCC's tables (hant-build.ts): one pass over
 * ~3,000 code units, where reading OpenCC's "繁 简|…" strings on the page took ~1 ms of a cold
 * detection. Built only once a traditional character is met (isTraditional): in a content
 * script's fresh realm the pass itself took 0.5–4 ms of the seed's detection in Chromium.
 */
function buildTable(): Uint16Array {
  const t = new Uint16Array(65536);
  for (let i = 0; i < HANT_FROM.length; i++) t[HANT_FROM.charCodeAt(i)] = HANT_TO.charCodeAt(i);
  return t;
}

/** Code units from HANT_BITS_BASE that HANT_BITS covers (4 a character). */
const BITS_SPAN = HANT_BITS.length * 4;
let bitBytes: Uint8Array | null = null;
/**
 * HANT_BITS as bytes: TextEncoder copies the ASCII string natively. The tests below read a typed
 * array: in a cold realm, a charCodeAt of the bitmap string per character cost Chromium as much
 * as building the table (a 2,000-character scan: ~1–3 ms against ~0.2 ms).
 */
const bitsOf = (): Uint8Array => (bitBytes ??= new TextEncoder().encode(HANT_BITS));

/**
 * Whether code unit `code` has a simplified form (is one of HANT_FROM), read from the generated
 * bitmap without the table. The loops below write the same test out inline (a call per character
 * costs a cold realm's interpreter).
 */
export function isTraditional(code: number): boolean {
  const k = (code - HANT_BITS_BASE) >>> 0;
  return k < BITS_SPAN && (bitsOf()[k >> 2]! & (1 << (k & 3))) !== 0;
}

/**
 * Whether `text` is written in traditional characters: at least `min` of them in its first
 * `sample` code units. Lets a caller convert a page only when it is zh-Hant (a simplified page
 * quoting a traditional name now and then is not), at a cost independent of the page's length.
 */
export function looksTraditional(text: string, sample = 2000, min = 3): boolean {
  const n = Math.min(text.length, sample);
  // Locals, not the module's constants: read once, not at each character.
  const bits = bitsOf();
  const base = HANT_BITS_BASE;
  const span = BITS_SPAN;
  let found = 0;
  for (let i = 0; i < n; i++) {
    // Unsigned: a code unit below base wraps past span.
    const k = (text.charCodeAt(i) - base) >>> 0;
    if (k < span && bits[k >> 2]! & (1 << (k & 3)) && ++found >= min) return true;
  }
  return false;
}

/** The simplified code unit of code unit `code` (itself where it stays). */
export function simplifiedCode(code: number): number {
  return isTraditional(code) ? (table ??= buildTable())[code]! : code;
}

/**
 * `text` with each traditional character replaced by its simplified form; the same string when
 * there is nothing to replace. Always exactly as long as `text`.
 */
export function toSimplified(text: string): string {
  const n = text.length;
  const bits = bitsOf();
  const base = HANT_BITS_BASE;
  const span = BITS_SPAN;
  let i = 0;
  for (; i < n; i++) {
    const k = (text.charCodeAt(i) - base) >>> 0;
    if (k < span && bits[k >> 2]! & (1 << (k & 3))) break;
  }
  if (i === n) return text;
  const t = (table ??= buildTable());
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

/** Whether the table has been built in this realm (tests: a simplified page never builds it). */
export const hantTableBuilt = (): boolean => table !== null;
