/**
 * The traditional → simplified character table of hant.ts, worked out from OpenCC's tables
 * (opencc-js): by `npm run gen:hant-table`, which writes hant-table.generated.ts, and by the test
 * that checks that file is current. Never on a page: reading ~4,000 "繁 简|…" entries out of
 * OpenCC's strings took ~1 ms of the seed's first detection, in the interpreter.
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TW_VARIANTS from 'opencc-js/dict/TWVariantsRev';
import HK_VARIANTS from 'opencc-js/dict/HKVariantsRev';

/**
 * Calls `visit(from, to)` for each "繁 简|…" pair of one UTF-16 code unit each (the first
 * candidate when an entry lists several).
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

/** Code unit → its simplified code unit, 0 where the character stays (~3,000 pairs). */
export function buildHantTable(): Uint16Array {
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
 * The table's pairs as two strings of one code unit each, `from[i]` → `to[i]` in ascending order of
 * `from`, as hant-table.generated.ts holds them. No code unit of either is a surrogate (eachPair
 * takes one-unit entries only), so both are well-formed strings.
 */
export function hantPairs(table: Uint16Array): { from: string; to: string } {
  let from = '';
  let to = '';
  for (let c = 0; c < table.length; c++)
    if (table[c]) {
      from += String.fromCharCode(c);
      to += String.fromCharCode(table[c]!);
    }
  return { from, to };
}

/** Bits of HANT_BITS per character: 4, each character `48 + value` ('0' … '?', ASCII; 48's low 4 bits are 0). */
export const HANT_BITS_PER_CHAR = 4;

/**
 * Which code units the table maps, as a bitmap in an ASCII string (hant-table.generated.ts's
 * HANT_BITS): bit `k % 4` of character `k / 4` says whether code unit `base + k` has a simplified
 * form. A page reads it as bytes (TextEncoder, native) before building the 65,536-entry table, and
 * a page in simplified characters never builds the table (0.5–4 ms of a cold detection in
 * Chromium, where the loop over the pairs runs in the interpreter). Four bits, not six: a page's
 * test is a shift and a mask (a division per character cost as much as the table in Chromium).
 */
export function hantBits(from: string): { base: number; bits: string } {
  if (!from) return { base: 0, bits: '' };
  const base = from.charCodeAt(0);
  const span = from.charCodeAt(from.length - 1) - base + 1;
  const values = new Uint8Array(Math.ceil(span / HANT_BITS_PER_CHAR));
  for (let i = 0; i < from.length; i++) {
    const k = from.charCodeAt(i) - base;
    values[Math.floor(k / HANT_BITS_PER_CHAR)]! |= 1 << (k % HANT_BITS_PER_CHAR);
  }
  return { base, bits: String.fromCharCode(...Array.from(values, (v) => 48 + v)) };
}
