/**
 * Lossless text packing that makes Chinese text a third smaller in storage.sync (encoding
 * version 1: kept to read its items; version 2 uses the word model of cjk-text.ts).
 *
 * storage.sync charges UTF-8 bytes, and a Chinese character is 3 bytes there. The 6,956
 * characters of CJK_TABLE (all GB2312 hanzi and CJK punctuation) are instead written as two
 * characters from a 91-letter ASCII alphabet (2 bytes). Anything else is written as itself.
 *
 * Format (a JSON string in, a JSON string out):
 *   - The packed text starts in "pair mode": two alphabet letters (printable ASCII without
 *     `"`, `\`, `<` and `~`, the ones JSON or Chromium would escape, and the switch) stand for
 *     code hi*91+lo: a CJK_TABLE index, or CJK_TABLE.length + (ASCII code - 32) for printable
 *     ASCII (digits and Latin letters inside Chinese text need no switch). `~` switches to
 *     literal mode.
 *   - In literal mode every character stands for itself, except `~~` for a tilde and `~^`,
 *     which switches back to pair mode.
 * The encoder chooses the switches by dynamic programming over the two modes so the result is
 * the cheapest in Chrome's byte count; plain English costs at most one extra byte, plus one per
 * tilde.
 */
import { ALPHABET, BASE, letterValue } from './bit-stream';
import { CJK_TABLE } from './cjk-table';

const ASCII_BASE = CJK_TABLE.length;
const CODES = ASCII_BASE + 95;
const SWITCH = '~';
const TO_PAIRS = '^';

// Built on first use: the background evaluates this module at every worker start, and only a
// storage.sync round encodes.
let tableIndexMap: Map<string, number> | null = null;
const tableIndex = () => {
  if (tableIndexMap) return tableIndexMap;
  tableIndexMap = new Map<string, number>();
  for (let i = 0; i < CJK_TABLE.length; i++) tableIndexMap.set(CJK_TABLE[i]!, i);
  return tableIndexMap;
};

function pairCode(ch: string): number | undefined {
  const t = tableIndex().get(ch);
  if (t !== undefined) return t;
  const c = ch.length === 1 ? ch.charCodeAt(0) : -1;
  return c >= 0x20 && c <= 0x7e ? ASCII_BASE + c - 0x20 : undefined;
}

/** Chrome-measure bytes of `ch` written literally inside a JSON string. */
function literalCost(ch: string): number {
  if (ch === SWITCH) return 2;
  const c = ch.codePointAt(0)!;
  if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x0c || c === 0x0a || c === 0x0d || c === 0x09) return 2;
  if (c < 0x20 || c === 0x3c || c === 0x7f || c === 0x2028 || c === 0x2029) return 6;
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdfff) return 6;
  return c > 0xffff ? 4 : 3;
}

export function packText(text: string): string {
  const chars = [...text];
  const n = chars.length;
  if (n === 0) return '';
  // cost[i][m]: cheapest packing of chars[0..i) ending in mode m (0 pairs, 1 literal).
  const INF = Number.POSITIVE_INFINITY;
  const cost: [number, number][] = [[0, 1]];
  const from: [number, number][] = [[0, 0]];
  for (let i = 0; i < n; i++) {
    const ch = chars[i]!;
    const [p, l] = cost[i]!;
    const pairs = pairCode(ch) === undefined ? INF : 2;
    const lit = literalCost(ch);
    // Into pair mode: stay (p) or switch from literal (l + 2 for "~^").
    const viaP = p + pairs;
    const viaLtoP = l + 2 + pairs;
    // Into literal mode: stay (l) or switch from pairs (p + 1 for "~").
    const viaL = l + lit;
    const viaPtoL = p + 1 + lit;
    cost.push([Math.min(viaP, viaLtoP), Math.min(viaL, viaPtoL)]);
    from.push([viaP <= viaLtoP ? 0 : 1, viaL <= viaPtoL ? 1 : 0]);
  }
  // Walk back to find the mode of each character.
  const modes = new Array<number>(n);
  let m = cost[n]![0] <= cost[n]![1] ? 0 : 1;
  for (let i = n; i > 0; i--) {
    modes[i - 1] = m;
    m = from[i]![m]!;
  }
  let out = '';
  let mode = 0;
  for (let i = 0; i < n; i++) {
    const ch = chars[i]!;
    if (modes[i] === 0) {
      if (mode === 1) out += SWITCH + TO_PAIRS;
      const code = pairCode(ch)!;
      out += ALPHABET[Math.floor(code / BASE)]! + ALPHABET[code % BASE]!;
    } else {
      if (mode === 0) out += SWITCH;
      out += ch === SWITCH ? SWITCH + SWITCH : ch;
    }
    mode = modes[i]!;
  }
  return out;
}

/** Inverse of packText; throws on text that packText cannot have produced. */
export function unpackText(packed: string): string {
  let out = '';
  let pairs = true;
  for (let i = 0; i < packed.length;) {
    const ch = packed[i]!;
    if (pairs) {
      if (ch === SWITCH) {
        pairs = false;
        i++;
        continue;
      }
      const hi = letterValue.get(ch);
      const lo = letterValue.get(packed[i + 1] ?? '');
      if (hi === undefined || lo === undefined) throw new Error('packed text: bad pair');
      const code = hi * BASE + lo;
      if (code >= CODES) throw new Error('packed text: code out of range');
      out += code < ASCII_BASE ? CJK_TABLE[code]! : String.fromCharCode(code - ASCII_BASE + 0x20);
      i += 2;
    } else if (ch === SWITCH) {
      const next = packed[i + 1];
      if (next === SWITCH) out += SWITCH;
      else if (next === TO_PAIRS) pairs = true;
      else throw new Error('packed text: bad switch');
      i += 2;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
