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
 * of the cost. Here the scans read the pattern and text as renamed into small codes, in scratch
 * buffers (myers-encoding.ts). Results equal approx-string-match's (a property test holds them to it).
 */
import { atLeast, WORD, type PatternBits } from './myers-encoding';

const TOP_BIT = 1 << 31;

/** Per-block scan state, reused across calls like the encoding's scratch space (myers-encoding.ts). */
let blockState = new Int32Array(3 * 16);

/** Per-block state (vertical deltas and scores), zeroed, in scratch space. */
function blockArrays(blocks: number): { pvs: Int32Array; mvs: Int32Array; scores: Int32Array } {
  blockState = atLeast(blockState, 3 * blocks, (n) => new Int32Array(n));
  blockState.fill(0, 0, 3 * blocks);
  return {
    pvs: blockState.subarray(0, blocks),
    mvs: blockState.subarray(blocks, 2 * blocks),
    scores: blockState.subarray(2 * blocks, 3 * blocks),
  };
}

/**
 * Ends (exclusive offsets into `text`) of the best approximate matches of the pattern, and
 * their error count: only the lowest count found is kept, and the budget "ratchets down" to
 * it as the scan goes, as approx-string-match does. No match within budget: `ends` is empty.
 * With `stopAtFirst`, the scan ends at the first end within budget (a yes/no question).
 */
export function findEnds(
  text: Uint16Array,
  textLength: number,
  bits: PatternBits,
  maxErrors: number,
  stopAtFirst = false,
): { ends: number[]; errors: number } {
  const length = bits.length;
  let budget = Math.min(maxErrors, length);
  const ends: number[] = [];
  if (length === 0) return { ends, errors: budget };
  if (bits.blocks === 1) {
    budget = findEndsOneWord(text, textLength, bits, budget, ends, stopAtFirst);
  } else {
    budget = findEndsBlocks(text, textLength, bits, budget, ends, stopAtFirst);
  }
  return { ends, errors: budget };
}

/** Patterns of up to 32 characters: one machine word per text character. */
function findEndsOneWord(
  text: Uint16Array,
  textLength: number,
  bits: PatternBits,
  maxErrors: number,
  ends: number[],
  stopAtFirst: boolean,
): number {
  const { peq, lastRowBit } = bits;
  let budget = maxErrors;
  let pv = -1;
  let mv = 0;
  let score = bits.length;
  for (let j = 0; j < textLength; j++) {
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
      budget = keepBest(ends, score, budget, j + 1);
      if (stopAtFirst) return budget;
    }
  }
  return budget;
}

/**
 * Records a match end within budget: a lower score discards the ends found so far and
 * becomes the budget. Returns the budget.
 */
function keepBest(ends: number[], score: number, budget: number, end: number): number {
  if (score < budget) ends.length = 0;
  ends.push(end);
  return score;
}

/**
 * Longer patterns: blocks of 32 rows, only as many blocks as can still hold a match within
 * budget are computed for each column (Myers' Fig. 9, with Ukkonen's cut-off).
 */
function findEndsBlocks(
  text: Uint16Array,
  textLength: number,
  bits: PatternBits,
  maxErrors: number,
  ends: number[],
  stopAtFirst: boolean,
): number {
  const { peq, blocks, length } = bits;
  const last = blocks - 1;
  const { pvs, mvs, scores } = blockArrays(blocks);
  const lastBlockRows = length % WORD || WORD;
  let budget = maxErrors;
  let y = Math.max(0, Math.ceil(budget / WORD) - 1);
  for (let b = 0; b <= y; b++) {
    scores[b] = (b + 1) * WORD;
    pvs[b] = -1;
    mvs[b] = 0;
  }
  scores[last] = length;

  for (let j = 0; j < textLength; j++) {
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
      budget = keepBest(ends, scores[y]!, budget, j + 1);
      if (stopAtFirst) return budget;
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

/** Result of an alignment anchored at one end of a stretch of text (see `anchoredScan`). */
export interface AnchoredScan {
  /** Distance between the pattern and the whole stretch. */
  errors: number;
  /** Among all prefixes of the stretch (in reading order): the lowest distance… */
  bestErrors: number;
  /** …and the longest prefix with it. */
  bestLength: number;
}

/**
 * Aligns the pattern with text[from, to) read forwards (or backwards, for a pattern compiled
 * 'backward'), anchored where the reading starts: after j characters the score is exactly
 * the Levenshtein distance between the pattern and the first j characters read. The top row
 * grows by one per character read, so block 0 always takes +1.
 */
export function anchoredScan(
  text: Uint16Array,
  from: number,
  to: number,
  direction: 'forward' | 'backward',
  bits: PatternBits,
): AnchoredScan {
  const { peq, blocks, length } = bits;
  const count = Math.max(0, to - from);
  const step = direction === 'forward' ? 1 : -1;
  let at = direction === 'forward' ? from : to - 1;
  let score = length;
  let bestErrors = length;
  let bestLength = 0;
  if (blocks === 1) {
    const lastRowBit = bits.lastRowBit;
    let pv = -1;
    let mv = 0;
    for (let j = 1; j <= count; j++, at += step) {
      const eq = peq[text[at]!]!;
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
      if (score <= bestErrors) {
        bestErrors = score;
        bestLength = j;
      }
    }
    return { errors: score, bestErrors, bestLength };
  }
  const last = blocks - 1;
  const { pvs, mvs } = blockArrays(blocks);
  pvs.fill(-1);
  for (let j = 1; j <= count; j++, at += step) {
    const base = text[at]! * blocks;
    let carry = 1;
    for (let b = 0; b < last; b++) carry = advanceBlock(pvs, mvs, b, peq[base + b]!, carry, TOP_BIT);
    score += advanceBlock(pvs, mvs, last, peq[base + last]!, carry, bits.lastRowBit);
    if (score <= bestErrors) {
      bestErrors = score;
      bestLength = j;
    }
  }
  return { errors: score, bestErrors, bestLength };
}
