/**
 * What the anchoring steps share: the query read from a record, candidate ranges, their score
 * (quote, prefix and suffix similarity, proximity to the expected offset, weighted as
 * Hypothesis does) and the windows searched around the expected offset.
 */
import { similarity } from './distance';

const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const WEIGHT_TOTAL = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;
/**
 * Minimum normalized score for a fuzzy match. A quote with errors and no context agreement
 * cannot reach it (at best (50 + 2) / 92 ≈ 0.57): orphaning is better than highlighting the
 * wrong passage. With intact context, a quote with the full 25% of errors still scores 0.86.
 */
export const FUZZY_MIN_SCORE = 0.7;
/** Average prefix/suffix similarity above which an exact occurrence is trusted outright. */
export const EXACT_TRUSTED_CONTEXT = 0.5;
/** Prefix and suffix similarity that makes a nearby match conclusive. */
export const STRONG_CONTEXT = 0.75;
/** Smallest half-width of the first search window (characters each side of the quote). */
export const FIRST_WINDOW = 512;
/**
 * Half-width of the tight window tried before it, beyond the error budget: room for the
 * drift to be off by a few words between two neighbouring highlights.
 */
export const TIGHT_SLACK = 64;
/** Characters of context right next to the quote that pin its end(s) when intact (step 3a). */
export const BRACKET = 8;
export const WINDOW_GROWTH = 8;
/** Exact candidates whose context is scored in full (others are pre-ranked cheaply). */
export const MAX_SCORED_CANDIDATES = 32;

export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export interface ScoredCandidate extends Candidate {
  score: number;
  context: number;
}

export interface Query {
  text: string;
  exact: string;
  prefix: string;
  suffix: string;
  /** Expected start offset, when the record's position is usable. */
  hint: number | undefined;
}

export function readQuery(text: unknown, selectors: unknown, drift: number): Query | null {
  if (typeof text !== 'string' || !selectors || typeof selectors !== 'object') return null;
  const { quote, position } = selectors as { quote?: unknown; position?: unknown };
  if (!quote || typeof quote !== 'object') return null;
  const { exact, prefix, suffix } = quote as { exact?: unknown; prefix?: unknown; suffix?: unknown };
  if (typeof exact !== 'string' || exact.length === 0 || text.length === 0) return null;
  return {
    text,
    exact,
    prefix: typeof prefix === 'string' ? prefix : '',
    suffix: typeof suffix === 'string' ? suffix : '',
    hint: readHint(position, text.length, drift),
  };
}

function readHint(position: unknown, textLength: number, drift: number): number | undefined {
  if (!position || typeof position !== 'object') return undefined;
  const start = (position as { start?: unknown }).start;
  if (typeof start !== 'number' || !Number.isFinite(start) || start < 0) return undefined;
  return Math.max(0, Math.min(Math.floor(start) + drift, textLength));
}

export function contextScores(query: Query, start: number, end: number): { prefix: number; suffix: number } {
  const { text, prefix, suffix } = query;
  return {
    prefix: prefix ? similarity(prefix, text.slice(Math.max(0, start - prefix.length), start)) : 1,
    suffix: suffix ? similarity(suffix, text.slice(end, end + suffix.length)) : 1,
  };
}

export function scoreCandidate(query: Query, candidate: Candidate): ScoredCandidate {
  const { prefix, suffix } = contextScores(query, candidate.start, candidate.end);
  const quoteScore = 1 - candidate.errors / query.exact.length;
  const positionScore =
    query.hint === undefined
      ? 1
      : 1 - Math.min(1, Math.abs(candidate.start - query.hint) / Math.max(1, query.text.length));
  const raw =
    WEIGHT.quote * quoteScore + WEIGHT.prefix * prefix + WEIGHT.suffix * suffix + WEIGHT.position * positionScore;
  return { ...candidate, score: raw / WEIGHT_TOTAL, context: (prefix + suffix) / 2 };
}

export function best(candidates: readonly ScoredCandidate[]): ScoredCandidate | null {
  let top: ScoredCandidate | null = null;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  return top;
}

export function exactOccurrences(text: string, exact: string, from: number, to: number, cap: number): Candidate[] {
  // Search a slice so that a miss costs the window, not the rest of the text.
  const haystack = from === 0 && to === text.length ? text : text.slice(from, to);
  const found: Candidate[] = [];
  let at = haystack.indexOf(exact);
  while (at !== -1 && found.length < cap) {
    found.push({ start: from + at, end: from + at + exact.length, errors: 0 });
    at = haystack.indexOf(exact, at + 1);
  }
  return found;
}

export function windowAround(query: Query, halfWidth: number): { from: number; to: number } {
  const hint = query.hint ?? 0;
  return {
    from: Math.max(0, hint - halfWidth),
    to: Math.min(query.text.length, hint + query.exact.length + halfWidth),
  };
}

/** The first window is wide enough for typical drift (a few sentences inserted or removed nearby). */
export function firstHalfWidth(quoteLength: number): number {
  return Math.max(FIRST_WINDOW, quoteLength);
}

/** Drop duplicates (same start) and keep the candidates nearest the hint. */
export function dedupe(matches: readonly Candidate[], hint: number | undefined): Candidate[] {
  const byStart = new Map<number, Candidate>();
  for (const m of matches) {
    const seen = byStart.get(m.start);
    if (!seen || m.errors < seen.errors || (m.errors === seen.errors && m.end - m.start > seen.end - seen.start)) {
      byStart.set(m.start, m);
    }
  }
  const unique = [...byStart.values()];
  if (unique.length <= MAX_SCORED_CANDIDATES) return unique;
  const h = hint ?? 0;
  return unique.sort((a, b) => Math.abs(a.start - h) - Math.abs(b.start - h)).slice(0, MAX_SCORED_CANDIDATES);
}
