/**
 * Myers' bit-parallel edit distance (J. ACM 46(3), 1999), in the block form that handles
 * patterns longer than a machine word, for both questions anchoring asks:
 *
 *  - search: where in a text does a pattern end with the fewest edits (≤ a budget)?
 *  - distance: how many edits turn one string into another?
 *
 * Why not approx-string-match alone: it is the same algorithm, but it works on strings, looks
 * CJK characters up in a Map, allocates per call and finds match starts on reversed string
 * copies. Anchoring calls it hundreds of times on short windows, where that overhead is most
 * of the cost. Here the pattern's distinct characters are renamed to 1..n (every other
 * character to 0, "equal to nothing in the pattern"), so the per-character lookup is a typed
 * array index. Results equal approx-string-match's (a property test holds them to it).
 *
 * Characters are UTF-16 code units, as in approx-string-match, so error counts agree.
 */

const WORD = 32;
const TOP_BIT = 1 << 31;

/** Shared renaming table: UTF-16 code unit → pattern code (0 = not in the current pattern). */
const renamed = new Uint16Array(65536);

export interface PatternCodes {
  /** The pattern with each character renamed to 1..alphabet. */
  codes: Uint16Array;
  alphabet: number;
}

/**
 * Renames the pattern's characters and the text between `from` and `to` with the same
 * table. Synchronous and self-contained: the table is clean again when this returns.
 */
export function encode(
  pattern: string,
  text: string,
  from: number,
  to: number,
): { pattern: PatternCodes; text: Uint16Array } {
  const codes = new Uint16Array(pattern.length);
  let next = 1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (renamed[c] === 0) renamed[c] = next++;
    codes[i] = renamed[c]!;
  }
  const textCodes = new Uint16Array(Math.max(0, to - from));
  for (let i = from; i < to; i++) textCodes[i - from] = renamed[text.charCodeAt(i)]!;
  for (let i = 0; i < pattern.length; i++) renamed[pattern.charCodeAt(i)] = 0;
  return { pattern: { codes, alphabet: next - 1 }, text: textCodes };
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

export function patternBits({ codes, alphabet }: PatternCodes): PatternBits {
  const length = codes.length;
  const blocks = Math.max(1, Math.ceil(length / WORD));
  const peq = new Int32Array((alphabet + 1) * blocks);
  for (let i = 0; i < length; i++) peq[codes[i]! * blocks + (i >>> 5)]! |= 1 << (i & 31);
  return { length, blocks, peq, lastRowBit: 1 << ((length - 1) & 31) };
}

export function reversedCodes({ codes, alphabet }: PatternCodes): PatternCodes {
  return { codes: codes.slice().reverse(), alphabet };
}

/**
 * Ends (exclusive offsets into `text`) of the best approximate matches of the pattern, and
 * their error count: only the lowest count found is kept, and the budget "ratchets down" to
 * it as the scan goes, as approx-string-match does. No match within budget: `ends` is empty.
 */
export function findEnds(text: Uint16Array, bits: PatternBits, maxErrors: number): { ends: number[]; errors: number } {
  const length = bits.length;
  let budget = Math.min(maxErrors, length);
  const ends: number[] = [];
  if (length === 0) return { ends, errors: budget };
  if (bits.blocks === 1) {
    budget = findEndsOneWord(text, bits, budget, ends);
  } else {
    budget = findEndsBlocks(text, bits, budget, ends);
  }
  return { ends, errors: budget };
}

/** Patterns of up to 32 characters: one machine word per text character. */
function findEndsOneWord(text: Uint16Array, bits: PatternBits, maxErrors: number, ends: number[]): number {
  const { peq, lastRowBit } = bits;
  let budget = maxErrors;
  let pv = -1;
  let mv = 0;
  let score = bits.length;
  for (let j = 0; j < text.length; j++) {
    const eq = peq[text[j]!]!;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & lastRowBit) score++;
    else if (mh & lastRowBit) score--;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= budget) {
      if (score < budget) {
        ends.length = 0;
        budget = score;
      }
      ends.push(j + 1);
    }
  }
  return budget;
}

/**
 * Longer patterns: blocks of 32 rows, only as many blocks as can still hold a match within
 * budget are computed for each column (Myers' Fig. 9, with Ukkonen's cut-off).
 */
function findEndsBlocks(text: Uint16Array, bits: PatternBits, maxErrors: number, ends: number[]): number {
  const { peq, blocks, length } = bits;
  const last = blocks - 1;
  const pvs = new Int32Array(blocks);
  const mvs = new Int32Array(blocks);
  const scores = new Int32Array(blocks);
  const lastBlockRows = length % WORD || WORD;
  let budget = maxErrors;
  let y = Math.max(0, Math.ceil(budget / WORD) - 1);
  for (let b = 0; b <= y; b++) {
    scores[b] = (b + 1) * WORD;
    pvs[b] = -1;
    mvs[b] = 0;
  }
  scores[last] = length;

  for (let j = 0; j < text.length; j++) {
    const base = text[j]! * blocks;
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advanceBlock(pvs, mvs, b, peq[base + b]!, carry, b === last ? bits.lastRowBit : TOP_BIT);
      scores[b] = scores[b]! + carry;
    }
    if (scores[y]! - carry <= budget && y < last && (peq[base + y + 1]! & 1 || carry < 0)) {
      // The block below may now hold a match within budget: start computing it.
      y++;
      pvs[y] = -1;
      mvs[y] = 0;
      const rows = y === last ? lastBlockRows : WORD;
      scores[y] =
        scores[y - 1]! +
        rows -
        carry +
        advanceBlock(pvs, mvs, y, peq[base + y]!, carry, y === last ? bits.lastRowBit : TOP_BIT);
    } else {
      while (y > 0 && scores[y]! >= budget + WORD) y--;
    }
    if (y === last && scores[y]! <= budget) {
      const score = scores[y]!;
      if (score < budget) {
        ends.length = 0;
        budget = score;
      }
      ends.push(j + 1);
    }
  }
  return budget;
}

/**
 * One column step of one block. `hIn` is the horizontal delta entering the block's top row
 * (-1, 0 or +1); returns the delta leaving its bottom row.
 */
function advanceBlock(
  pvs: Int32Array,
  mvs: Int32Array,
  b: number,
  peqBits: number,
  hIn: number,
  lastRowBit: number,
): number {
  const pv = pvs[b]!;
  const mv = mvs[b]!;
  const hInNegative = hIn < 0 ? 1 : 0;
  const eq = peqBits | hInNegative;
  const xv = eq | mv;
  const xh = (((eq & pv) + pv) ^ pv) | eq;
  let ph = mv | ~(xh | pv);
  let mh = pv & xh;
  const hOut = ph & lastRowBit ? 1 : mh & lastRowBit ? -1 : 0;
  ph = (ph << 1) | (hIn > 0 ? 1 : 0);
  mh = (mh << 1) | hInNegative;
  pvs[b] = mh | ~(xv | ph);
  mvs[b] = ph & xv;
  return hOut;
}

/**
 * Levenshtein distance between the whole pattern and the whole text (both already encoded
 * with `encode`). The top row grows by one per text character, so block 0 always takes +1.
 */
export function globalDistance(text: Uint16Array, bits: PatternBits): number {
  const { peq, blocks, length } = bits;
  if (length === 0) return text.length;
  let score = length;
  if (blocks === 1) {
    const lastRowBit = bits.lastRowBit;
    let pv = -1;
    let mv = 0;
    for (let j = 0; j < text.length; j++) {
      const eq = peq[text[j]!]!;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & lastRowBit) score++;
      else if (mh & lastRowBit) score--;
      ph = (ph << 1) | 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    return score;
  }
  const last = blocks - 1;
  const pvs = new Int32Array(blocks).fill(-1);
  const mvs = new Int32Array(blocks);
  for (let j = 0; j < text.length; j++) {
    const base = text[j]! * blocks;
    let carry = 1;
    for (let b = 0; b < last; b++) carry = advanceBlock(pvs, mvs, b, peq[base + b]!, carry, TOP_BIT);
    score += advanceBlock(pvs, mvs, last, peq[base + last]!, carry, bits.lastRowBit);
  }
  return score;
}
