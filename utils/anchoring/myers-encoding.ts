/**
 * The inputs of the Myers scans (myers.ts): a pattern and a stretch of text renamed into small
 * codes, and the pattern's bit table.
 *
 * The pattern's distinct characters are renamed to 1..n (every other character to 0, "equal to
 * nothing in the pattern"), so the scans' per-character lookup is a typed array index, not a
 * Map lookup as in approx-string-match (CJK text has thousands of distinct characters).
 * Characters are UTF-16 code units, as in approx-string-match, so error counts agree.
 */

/** Bits per block: the scans work on 32-bit integers. */
export const WORD = 32;

/*
 * Scratch space, reused across calls: anchoring runs hundreds of short searches in a row,
 * and fresh typed arrays for each (allocation + zeroing + garbage) cost more than the
 * searches themselves. Everything here is synchronous, so one set of buffers is enough;
 * what a function returns that lives in them is valid until the next call that fills them.
 */
/** UTF-16 code unit → pattern code (0 = not in the current pattern); all 0 between calls. */
const renamed = new Uint16Array(65536);
let patternCodes = new Uint16Array(256);
let textCodes = new Uint16Array(4096);
const peqSlots = [new Int32Array(4096), new Int32Array(4096)];

/** `buffer` when it holds `size` items, else a new one of the next power of two (scratch space grows, never shrinks). */
export function atLeast<T extends Uint16Array | Int32Array>(buffer: T, size: number, make: (n: number) => T): T {
  return buffer.length >= size ? buffer : make(2 ** Math.ceil(Math.log2(size)));
}

/** A pattern and a stretch of text in one renaming: the pattern's characters are 1..alphabet. */
export interface Encoded {
  /** pattern codes in [0, patternLength), text codes in [0, textLength) (scratch buffers). */
  pattern: Uint16Array;
  patternLength: number;
  alphabet: number;
  text: Uint16Array;
  textLength: number;
}

/**
 * Renames the pattern's characters and the text between `from` and `to` with the same
 * table. The table is clean again when this returns.
 */
export function encode(pattern: string, text: string, from: number, to: number): Encoded {
  const patternLength = pattern.length;
  const textLength = Math.max(0, to - from);
  patternCodes = atLeast(patternCodes, patternLength, (n) => new Uint16Array(n));
  textCodes = atLeast(textCodes, textLength, (n) => new Uint16Array(n));
  let next = 1;
  for (let i = 0; i < patternLength; i++) {
    const c = pattern.charCodeAt(i);
    if (renamed[c] === 0) renamed[c] = next++;
    patternCodes[i] = renamed[c]!;
  }
  for (let i = 0; i < textLength; i++) textCodes[i] = renamed[text.charCodeAt(from + i)]!;
  for (let i = 0; i < patternLength; i++) renamed[pattern.charCodeAt(i)] = 0;
  return { pattern: patternCodes, patternLength, alphabet: next - 1, text: textCodes, textLength };
}

/** A pattern ready for matching: for every code, the bits of the positions holding it. */
export interface PatternBits {
  length: number;
  blocks: number;
  /** peq[code * blocks + block]: bit i set when pattern[block * 32 + i] has that code. */
  peq: Int32Array;
  /** The bit of the pattern's last row within its last block. */
  lastRowBit: number;
}

/**
 * The bit table of the encoded pattern, or of the pattern read backwards. Two slots, so a
 * forward and a backward table can be used together.
 */
export function patternBits(encoded: Encoded, direction: 'forward' | 'backward'): PatternBits {
  const { patternLength: length, alphabet } = encoded;
  const codes = encoded.pattern;
  const blocks = Math.max(1, Math.ceil(length / WORD));
  const size = (alphabet + 1) * blocks;
  const slot = direction === 'forward' ? 0 : 1;
  const peq = (peqSlots[slot] = atLeast(peqSlots[slot]!, size, (n) => new Int32Array(n)));
  peq.fill(0, 0, size);
  for (let i = 0; i < length; i++) {
    const code = direction === 'forward' ? codes[i]! : codes[length - 1 - i]!;
    peq[code * blocks + (i >>> 5)]! |= 1 << (i & 31);
  }
  return { length, blocks, peq, lastRowBit: 1 << ((length - 1) & 31) };
}
