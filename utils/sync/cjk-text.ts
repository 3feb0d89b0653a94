/**
 * Lossless text packing that makes Chinese text a third smaller in storage.sync.
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
import { CJK_TABLE, SYNC_MODEL_CODE_LENGTHS, SYNC_MODEL_WORDS } from './cjk-table';

const ALPHABET = (() => {
  let s = '';
  for (let c = 0x20; c <= 0x7e; c++)
    if (c !== 0x22 && c !== 0x5c && c !== 0x3c && c !== 0x7e) s += String.fromCharCode(c);
  return s;
})();
const BASE = ALPHABET.length; // 91
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
const letterValue = new Map<string, number>();
for (let i = 0; i < BASE; i++) letterValue.set(ALPHABET[i]!, i);

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

// ---- bit-level coding (encoding version 2) --------------------------------------------------

/** Bits, appended one number at a time; `toAscii` packs them 13 to 2 alphabet letters. */
export class BitWriter {
  readonly bits: number[] = [];

  /** Writes `count` bits of a non-negative integer (up to 2^53), most significant first. */
  write(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }

  /** Elias-delta code of n + 1 (n ≥ 0): 1 bit for 0, 4 for 1–2, about log2 n + 2 log2 log2 n beyond. */
  writeUint(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0 || n >= 2 ** 53 - 1) throw new Error(`not a uint: ${n}`);
    const x = n + 1;
    const length = bitLength(x);
    const lengthBits = bitLength(length);
    this.write(0, lengthBits - 1);
    this.write(length, lengthBits);
    this.write(x % 2 ** (length - 1), length - 1);
  }

  /** Zigzag, then writeUint: small magnitudes of either sign are short. */
  writeInt(n: number): void {
    if (!Number.isSafeInteger(n) || Math.abs(n) >= 2 ** 52) throw new Error(`not an int: ${n}`);
    this.writeUint(n >= 0 ? 2 * n : -2 * n - 1);
  }

  append(other: BitWriter): void {
    for (const b of other.bits) this.bits.push(b);
  }
}

function bitLength(x: number): number {
  let n = 0;
  for (; x >= 1; x = Math.floor(x / 2)) n++;
  return n;
}

export class BitReader {
  private pos = 0;
  constructor(private readonly bits: readonly number[]) {}

  read(count: number): number {
    let v = 0;
    for (let i = 0; i < count; i++) v = v * 2 + this.bit();
    return v;
  }

  bit(): number {
    const b = this.bits[this.pos++];
    if (b === undefined) throw new Error('packed record: truncated');
    return b;
  }

  readUint(): number {
    let zeros = 0;
    while (this.bit() === 0) if (++zeros > 6) throw new Error('packed record: bad number');
    const length = 2 ** zeros + this.read(zeros);
    if (length > 53) throw new Error('packed record: number too large');
    return 2 ** (length - 1) + this.read(length - 1) - 1;
  }

  readInt(): number {
    const z = this.readUint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
}

/** Bits as alphabet letters: 13 bits per 2 letters (8192 ≤ 91²), a last 1–6 bits in 1 letter. */
export function bitsToAscii(bits: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 13) {
    const left = bits.length - i;
    const take = left <= 6 ? 6 : 13;
    let v = 0;
    for (let j = 0; j < take; j++) v = v * 2 + (bits[i + j] ?? 0);
    out += take === 6 ? ALPHABET[v]! : ALPHABET[Math.floor(v / BASE)]! + ALPHABET[v % BASE]!;
  }
  return out;
}

/** Inverse of bitsToAscii (padding bits included: readers are self-delimiting). */
export function asciiToBits(s: string): number[] {
  const bits: number[] = [];
  const push = (v: number, n: number) => {
    for (let j = n - 1; j >= 0; j--) bits.push((v >> j) & 1);
  };
  let i = 0;
  for (; i + 1 < s.length; i += 2) {
    const hi = letterValue.get(s[i]!);
    const lo = letterValue.get(s[i + 1]!);
    if (hi === undefined || lo === undefined || hi * BASE + lo >= 8192) throw new Error('packed record: bad letter');
    push(hi * BASE + lo, 13);
  }
  if (i < s.length) {
    const v = letterValue.get(s[i]!);
    if (v === undefined || v >= 64) throw new Error('packed record: bad letter');
    push(v, 6);
  }
  return bits;
}

// ---- word model (static Huffman) -------------------------------------------------------------

const END = 0;
const ESCAPE = 1;
const ASCII_FIRST = 2;
const TABLE_FIRST = ASCII_FIRST + 95;
const WORDS_FIRST = TABLE_FIRST + CJK_TABLE.length;

interface WordModel {
  /** Symbol index of a single character (ASCII or table). */
  charSymbol: Map<string, number>;
  /** Symbol index of a multi-character word. */
  wordSymbol: Map<string, number>;
  longestWord: number;
  text: string[];
  codeOf: number[];
  lengthOf: number[];
  /** Canonical decoding: per length, first code, count, and offset into `sorted`. */
  firstCode: number[];
  count: number[];
  offset: number[];
  sorted: number[];
}

let model: WordModel | null = null;

/** Built on first use: the table is big and only the background's storage.sync round needs it. */
function wordModel(): WordModel {
  if (model) return model;
  const words = SYNC_MODEL_WORDS.split(' ');
  const text: string[] = ['', ''];
  for (let c = 0x20; c <= 0x7e; c++) text.push(String.fromCharCode(c));
  for (const ch of CJK_TABLE) text.push(ch);
  text.push(...words);
  const lengthOf = [...SYNC_MODEL_CODE_LENGTHS].map((c) => c.charCodeAt(0) - 64);
  if (lengthOf.length !== text.length) throw new Error('word model: table sizes differ');
  const sorted = lengthOf.map((_, i) => i).sort((a, b) => lengthOf[a]! - lengthOf[b]! || a - b);
  const maxLength = Math.max(...lengthOf);
  const codeOf = new Array<number>(text.length).fill(0);
  const firstCode = new Array<number>(maxLength + 1).fill(0);
  const count = new Array<number>(maxLength + 1).fill(0);
  const offset = new Array<number>(maxLength + 1).fill(0);
  let code = 0;
  let prevLength = 0;
  sorted.forEach((symbol, k) => {
    const length = lengthOf[symbol]!;
    code *= 2 ** (length - prevLength);
    if (count[length] === 0) {
      firstCode[length] = code;
      offset[length] = k;
    }
    count[length]!++;
    codeOf[symbol] = code++;
    prevLength = length;
  });
  const charSymbol = new Map<string, number>();
  for (let s = ASCII_FIRST; s < WORDS_FIRST; s++) charSymbol.set(text[s]!, s);
  const wordSymbol = new Map<string, number>();
  for (let s = WORDS_FIRST; s < text.length; s++) wordSymbol.set(text[s]!, s);
  model = {
    charSymbol,
    wordSymbol,
    longestWord: Math.max(...words.map((w) => w.length)),
    text,
    codeOf,
    lengthOf,
    firstCode,
    count,
    offset,
    sorted,
  };
  return model;
}

const ESCAPE_BITS = 21; // any code point, lone surrogates included

/**
 * Writes `text` as the cheapest sequence of model symbols (words, characters, escaped code
 * points), then end-of-text. Typical news Chinese takes about 8–10 bits a character.
 */
export function writeWords(w: BitWriter, text: string): void {
  const m = wordModel();
  const chars = [...text];
  const n = chars.length;
  // cost[i]: bits for chars[i..n); choice[i]: characters the best symbol at i covers.
  const cost = new Array<number>(n + 1).fill(0);
  const choice = new Array<number>(n + 1).fill(1);
  for (let i = n - 1; i >= 0; i--) {
    const single = m.charSymbol.get(chars[i]!);
    let best = (single === undefined ? m.lengthOf[ESCAPE]! + ESCAPE_BITS : m.lengthOf[single]!) + cost[i + 1]!;
    let bestLength = 1;
    let word = chars[i]!;
    for (let k = 2; k <= m.longestWord && i + k <= n; k++) {
      word += chars[i + k - 1]!;
      const symbol = m.wordSymbol.get(word);
      if (symbol !== undefined && m.lengthOf[symbol]! + cost[i + k]! < best) {
        best = m.lengthOf[symbol]! + cost[i + k]!;
        bestLength = k;
      }
    }
    cost[i] = best;
    choice[i] = bestLength;
  }
  const put = (symbol: number) => w.write(m.codeOf[symbol]!, m.lengthOf[symbol]!);
  for (let i = 0; i < n; i += choice[i]!) {
    if (choice[i]! > 1) put(m.wordSymbol.get(chars.slice(i, i + choice[i]!).join(''))!);
    else {
      const single = m.charSymbol.get(chars[i]!);
      if (single !== undefined) put(single);
      else {
        put(ESCAPE);
        w.write(chars[i]!.codePointAt(0)!, ESCAPE_BITS);
      }
    }
  }
  put(END);
}

export function readWords(r: BitReader): string {
  const m = wordModel();
  let out = '';
  for (;;) {
    let code = 0;
    let length = 0;
    let symbol = -1;
    while (symbol < 0) {
      code = code * 2 + r.bit();
      length++;
      if (length >= m.count.length) throw new Error('packed text: bad code');
      const index = code - m.firstCode[length]!;
      if (m.count[length]! > 0 && index >= 0 && index < m.count[length]!) symbol = m.sorted[m.offset[length]! + index]!;
    }
    if (symbol === END) return out;
    if (symbol === ESCAPE) {
      const cp = r.read(ESCAPE_BITS);
      if (cp > 0x10ffff) throw new Error('packed text: bad code point');
      out += String.fromCodePoint(cp);
    } else out += m.text[symbol]!;
  }
}

/** Bits writeWords would take for `text`. */
function wordsCost(text: string): number {
  const w = new BitWriter();
  writeWords(w, text);
  return w.bits.length;
}

const isPrintableAscii = (text: string) => /^[\x20-\x7e]*$/.test(text);

/**
 * A text field that may be Latin (a url, a date, `zh-CN`): one bit chooses between the word
 * model and 7-bit ASCII with a length, whichever is shorter.
 */
export function writeText(w: BitWriter, text: string): void {
  if (isPrintableAscii(text)) {
    const asciiBits = 7 * text.length + uintBits(text.length);
    if (asciiBits < wordsCost(text)) {
      w.write(1, 1);
      w.writeUint(text.length);
      for (let i = 0; i < text.length; i++) w.write(text.charCodeAt(i), 7);
      return;
    }
  }
  w.write(0, 1);
  writeWords(w, text);
}

export function readText(r: BitReader): string {
  if (r.bit() === 0) return readWords(r);
  const length = r.readUint();
  let out = '';
  for (let i = 0; i < length; i++) {
    const c = r.read(7);
    if (c < 0x20 || c > 0x7e) throw new Error('packed text: bad ASCII');
    out += String.fromCharCode(c);
  }
  return out;
}

function uintBits(n: number): number {
  const w = new BitWriter();
  w.writeUint(n);
  return w.bits.length;
}
