/**
 * Approximate search of a pattern in a slice of the text: the best matches (fewest edits,
 * at most `maxErrors`) with their start, end and error count.
 *
 * The same matches as approx-string-match's `search` (same ends and error counts; a property
 * test checks they agree) on our own bit-parallel core (./myers.ts), which avoids the string
 * copies and Map lookups that dominate on short windows of Chinese text. One difference, on
 * purpose: a match's start is found by an alignment anchored at its end, so `errors` is
 * always the exact edit distance between the returned range and the pattern (the library's
 * start can belong to a different alignment, which made a second check necessary).
 */
import { anchoredScan, encode, findEnds, patternBits } from './myers';

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Approximate matches of `pattern` in text.slice(from, to), with offsets into `text`. */
export function approxSearchIn(
  text: string,
  from: number,
  to: number,
  pattern: string,
  maxErrors: number,
): ApproxMatch[] {
  const start = Math.max(0, from);
  const end = Math.min(text.length, to);
  if (pattern.length === 0 || end <= start) return [];

  const encoded = encode(pattern, text, start, end);
  const { ends, errors } = findEnds(encoded.text, encoded.textLength, patternBits(encoded, 'forward'), maxErrors);
  if (ends.length === 0) return [];

  // Each match's start: read backwards from its end against the reversed pattern, anchored
  // at the end, so the error count is exactly the distance of the returned range.
  const backward = patternBits(encoded, 'backward');
  return ends.map((matchEnd) => {
    const limit = Math.max(0, matchEnd - pattern.length - errors);
    const found = anchoredScan(encoded.text, limit, matchEnd, 'backward', backward);
    return { start: start + matchEnd - found.bestLength, end: start + matchEnd, errors: found.bestErrors };
  });
}
