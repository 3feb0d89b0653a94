/**
 * Edit distances used to score and verify anchors, on the bit-parallel core (./myers.ts):
 * O(n · ⌈m/32⌉) instead of the O(n · m) table. Works on UTF-16 code units, like the search,
 * so error counts agree.
 */
import { anchoredScan } from './myers';
import { encode, patternBits } from './myers-encoding';

/** Levenshtein distance between `a` and `b`. */
export function editDistance(a: string, b: string): number {
  // The shorter string is the pattern: fewer 32-row blocks per column.
  const [pattern, text] = a.length <= b.length ? [a, b] : [b, a];
  if (pattern.length === 0) return text.length;
  const encoded = encode(pattern, text, 0, text.length);
  return anchoredScan(encoded.text, 0, encoded.textLength, 'forward', patternBits(encoded, 'forward')).errors;
}

/**
 * Similarity in [0, 1] between an expected string and what is actually there:
 * 1 - distance / expected length. An empty expectation carries no evidence, so it scores 1.
 */
export function similarity(expected: string, actual: string): number {
  if (expected.length === 0 || actual === expected) return 1;
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length);
}
