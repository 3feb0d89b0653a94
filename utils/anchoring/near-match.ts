/**
 * The anchoring steps that need no search: the quote unchanged at its stored (or drift-shifted)
 * offset, an exact copy near it with strong context, or the quote re-read between its intact
 * neighbours (steps 1, 1b, 2a and 3a of anchor.ts).
 */
import type { AnchorMethod, AnchorResult } from './anchor';
import {
  BRACKET,
  best,
  contextScores,
  exactOccurrences,
  firstHalfWidth,
  FUZZY_MIN_SCORE,
  MAX_SCORED_CANDIDATES,
  scoreCandidate,
  STRONG_CONTEXT,
  TIGHT_SLACK,
  windowAround,
  type Candidate,
  type Query,
  type ScoredCandidate,
} from './candidates';
import { editDistance } from './distance';
import { alignAt } from './search';

export function asResult(candidate: Candidate, method: AnchorMethod): AnchorResult {
  return { start: candidate.start, end: candidate.end, method, errors: candidate.errors };
}

/** Step 1: the stored offsets still hold the quote, and the neighbouring text agrees. */
export function tryPosition(query: Query, position: unknown): AnchorResult | null {
  if (!position || typeof position !== 'object') return null;
  const { start, end } = position as { start?: unknown; end?: unknown };
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if ((end as number) - (start as number) !== query.exact.length) return null;
  return unchangedAt(query, start as number, 'position');
}

/** Step 1b: the quote, unchanged, sits where the neighbours' drift says it moved to. */
export function tryShiftedPosition(query: Query): AnchorResult | null {
  return query.hint === undefined ? null : unchangedAt(query, query.hint, 'exact');
}

/** The quote is at `start`, character for character, and the text right next to it agrees. */
function unchangedAt(query: Query, start: number, method: AnchorMethod): AnchorResult | null {
  const { text, exact, prefix, suffix } = query;
  const end = start + exact.length;
  if (start < 0 || end > text.length || !text.startsWith(exact, start)) return null;
  if (!adjacentContextAgrees(text, start, end, prefix, suffix)) return null;
  return { start, end, method, errors: 0 };
}

/** Up to BRACKET characters right next to the quote, on either side, still match. */
function adjacentContextAgrees(text: string, start: number, end: number, prefix: string, suffix: string): boolean {
  if (prefix.length === 0 && suffix.length === 0) return true;
  if (prefix.length > 0) {
    const tail = prefix.slice(-BRACKET);
    if (start >= tail.length && text.startsWith(tail, start - tail.length)) return true;
  }
  if (suffix.length > 0) {
    const head = suffix.slice(0, BRACKET);
    if (text.startsWith(head, end)) return true;
  }
  return false;
}

/** Step 2a: an exact occurrence close to the stored offset with good context wins at once. */
export function tryExactNearHint(query: Query): AnchorResult | null {
  if (query.hint === undefined) return null;
  const { from, to } = windowAround(query, firstHalfWidth(query.exact.length));
  const scored = exactOccurrences(query.text, query.exact, from, to, MAX_SCORED_CANDIDATES).map((c) =>
    scoreCandidate(query, c),
  );
  const top = best(scored);
  if (!top) return null;
  const { prefix, suffix } = contextScores(query, top.start, top.end);
  return prefix >= STRONG_CONTEXT && suffix >= STRONG_CONTEXT ? asResult(top, 'exact') : null;
}

/**
 * Step 3a: the quote changed but the few characters right next to it did not, and they
 * still sit around the expected place. With both neighbours, the quote is what lies between
 * them (one distance count); with one, the quote is aligned from that end (one anchored
 * pass over the quote's length) — either way no window is searched. The result must be
 * within budget and score like a close fuzzy match with strong context; a neighbour found
 * at a wrong repeat fails that and the search takes over.
 */
export function tryNeighbours(query: Query, budget: number): ScoredCandidate | null {
  const { text, exact, prefix, suffix, hint } = query;
  if (hint === undefined) return null;
  const length = exact.length;
  const left =
    prefix.length >= BRACKET
      ? nearestOccurrence(text, prefix.slice(-BRACKET), hint - BRACKET, budget + TIGHT_SLACK)
      : -1;
  const start = left < 0 ? -1 : left + BRACKET;
  const right =
    suffix.length >= BRACKET
      ? nearestOccurrence(
          text,
          suffix.slice(0, BRACKET),
          (start < 0 ? hint : start) + length,
          budget + (start < 0 ? TIGHT_SLACK : 0),
        )
      : -1;

  let found: Candidate;
  if (start >= 0 && right > start) {
    found = { start, end: right, errors: editDistance(text.slice(start, right), exact) };
  } else if (start >= 0) {
    const aligned = alignAt(text, start, Math.min(text.length, start + length + budget), exact, 'start');
    found = { start, end: start + aligned.length, errors: aligned.errors };
  } else if (right >= 0) {
    const aligned = alignAt(text, Math.max(0, right - length - budget), right, exact, 'end');
    found = { start: right - aligned.length, end: right, errors: aligned.errors };
  } else {
    return null;
  }
  if (found.end <= found.start || found.errors > budget) return null;
  const scored = scoreCandidate(query, found);
  return scored.score >= FUZZY_MIN_SCORE && scored.context >= STRONG_CONTEXT ? scored : null;
}

/** Offset of the occurrence of `needle` nearest `expected`, at most `radius` away; -1 if none. */
function nearestOccurrence(text: string, needle: string, expected: number, radius: number): number {
  const from = Math.max(0, expected - radius);
  const to = Math.min(text.length, expected + radius + needle.length);
  let nearest = -1;
  for (const { start } of exactOccurrences(text, needle, from, to, MAX_SCORED_CANDIDATES)) {
    if (nearest < 0 || Math.abs(start - expected) < Math.abs(nearest - expected)) nearest = start;
  }
  return nearest;
}
