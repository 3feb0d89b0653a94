/**
 * Traditional Chinese read as simplified, for matching only.
 *
 * The rules, labels and false friends are written in simplified characters; a zh-Hant page
 * (people.com.cn's /BIG5/ copies, Hong Kong, Macau and Taiwan sites) writes 必須, 應當, 來源. The
 * conversion is OpenCC's own character table (opencc-js, TSCharacters plus the Taiwan and
 * Hong Kong variant tables), applied one UTF-16 code unit for one: the converted string has the
 * original's length, so every offset found in it is an offset into the original text, and what
 * the reader sees (directive texts, metadata values) is always sliced from the original.
 * Phrase-level conversion (OpenCC's phrase tables) would be more faithful but changes lengths,
 * and the rules need no more than characters.
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TW_VARIANTS from 'opencc-js/dict/TWVariantsRev';
import HK_VARIANTS from 'opencc-js/dict/HKVariantsRev';

/**
 * Calls `visit(from, to)` for each "繁 简|…" pair of one UTF-16 code unit each (the first
 * candidate when an entry lists several). Reads the table string in place: splitting it into
 * ~4,000 arrays cost a few milliseconds of a long page's first detection.
 */
function eachPair(table: string, visit: (from: number, to: number) => void): void {
  const n = table.length;
  for (let at = 0; at < n;) {
    let end = table.indexOf('|', at);
    if (end < 0) end = n;
    const space = table.indexOf(' ', at);
    // "from to[ other…]": one code unit, a space, one code unit, then the entry's end or a space.
    if (space === at + 1 && space + 2 <= end && (space + 2 === end || table.charCodeAt(space + 2) === 32))
      visit(table.charCodeAt(at), table.charCodeAt(space + 1));
    at = end + 1;
  }
}

let table: Uint16Array | null = null;

/** Code unit → its simplified code unit, 0 where the character stays. Built on first use (~3,000 pairs). */
function buildTable(): Uint16Array {
  const t = new Uint16Array(65536);
  /** Code units that simplified text uses (targets of the table). */
  const simplified = new Uint8Array(65536);
  eachPair(TS_CHARACTERS, (from, to) => {
    if (from !== to) t[from] = to;
    simplified[to] = 1;
  });
  // Regional variants (著 → 着, 衞 → 卫) through the standard traditional form, but never a
  // character that simplified text uses itself (么 is a Taiwan variant of 幺 and the 么 of 什么).
  const variant = (code: number, standard: number) => {
    if (t[code] || simplified[code]) return;
    const target = t[standard] || standard;
    if (target !== code) t[code] = target;
  };
  eachPair(TW_VARIANTS, variant);
  eachPair(HK_VARIANTS, variant);
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
