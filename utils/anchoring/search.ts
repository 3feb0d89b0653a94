/**
 * Approximate search of a pattern in a slice of the text: the best matches (fewest edits,
 * at most `maxErrors`) with their start, end and error count.
 *
 * Same contract and results as approx-string-match's `search` (a property test checks they
 * agree), on our own bit-parallel core (./myers.ts), which avoids the string copies and Map
 * lookups that dominate on short windows of Chinese text.
 */
import { encode, findEnds, patternBits, reversedCodes, type PatternBits } from './myers';

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
  const { ends, errors } = findEnds(encoded.text, patternBits(encoded.pattern), maxErrors);
  if (ends.length === 0) return [];

  // Each match's start: search the reversed pattern backwards from its end with the same
  // budget and keep the longest match (as approx-string-match does).
  const backward: PatternBits = patternBits(reversedCodes(encoded.pattern));
  return ends.map((matchEnd) => {
    const segmentStart = Math.max(0, matchEnd - pattern.length - errors);
    const reversedSegment = encoded.text.slice(segmentStart, matchEnd).reverse();
    let longest = 0;
    for (const length of findEnds(reversedSegment, backward, errors).ends) if (length > longest) longest = length;
    return { start: start + matchEnd - longest, end: start + matchEnd, errors };
  });
}
