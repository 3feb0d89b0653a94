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
import { anchoredScan, findEnds } from './myers';
import { encode, patternBits } from './myers-encoding';

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

/**
 * The closest alignment of the whole pattern with a stretch of text[from, to) that starts at
 * `from` (anchored at 'start') or ends at `to` (anchored at 'end'): the fewest edits and,
 * among equals, the longest stretch. For a passage whose one end is known.
 */
export function alignAt(
  text: string,
  from: number,
  to: number,
  pattern: string,
  anchored: 'start' | 'end',
): { length: number; errors: number } {
  const start = Math.max(0, from);
  const end = Math.min(text.length, to);
  if (pattern.length === 0 || end <= start) return { length: 0, errors: pattern.length };
  const encoded = encode(pattern, text, start, end);
  const direction = anchored === 'start' ? 'forward' : 'backward';
  const scan = anchoredScan(encoded.text, 0, encoded.textLength, direction, patternBits(encoded, direction));
  return { length: scan.bestLength, errors: scan.bestErrors };
}

/** Stretch of text encoded and scanned at a time by `hasApproxMatch`. */
const PROBE_CHUNK = 8192;

/**
 * Whether any stretch of text[from, to) is within `maxErrors` edits of the pattern. Reads
 * the text in chunks (overlapping by the longest possible match) and stops at the first
 * match, so a yes is usually cheap and only a no costs a whole pass.
 */
export function hasApproxMatch(text: string, from: number, to: number, pattern: string, maxErrors: number): boolean {
  const start = Math.max(0, from);
  const end = Math.min(text.length, to);
  if (pattern.length === 0 || end <= start) return false;
  const reach = pattern.length + Math.max(0, maxErrors);
  for (let at = start; at < end; at += PROBE_CHUNK) {
    const encoded = encode(pattern, text, Math.max(start, at - reach), Math.min(end, at + PROBE_CHUNK));
    const found = findEnds(encoded.text, encoded.textLength, patternBits(encoded, 'forward'), maxErrors, true);
    if (found.ends.length > 0) return true;
  }
  return false;
}
