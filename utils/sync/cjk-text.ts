/**
 * The text model of browser-sync items (encoding version 2): a static Huffman code over a frozen
 * table (cjk-table.ts) of 3,000 frequent words, every common Chinese character and printable
 * ASCII, with an escape for any other code point; about 8 bits a Chinese character. Text fields
 * that may be Latin (urls, dates) choose between it and 7-bit ASCII (writeText).
 */
import { BitReader, BitWriter } from './bit-stream';
import { CJK_TABLE, SYNC_MODEL_CODE_LENGTHS, SYNC_MODEL_WORDS } from './cjk-table';

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
