/**
 * The anchoring steps that search: every exact occurrence in the text (step 2b), and the
 * approximate search in windows widening around the expected offset up to the whole text, with
 * probe-and-verify for long quotes (step 3 of anchor.ts).
 */
import {
  best,
  dedupe,
  exactOccurrences,
  firstHalfWidth,
  FUZZY_MIN_SCORE,
  MAX_SCORED_CANDIDATES,
  scoreCandidate,
  STRONG_CONTEXT,
  windowAround,
  WINDOW_GROWTH,
  type Candidate,
  type Query,
  type ScoredCandidate,
} from './candidates';
import { approxSearchIn, hasApproxMatch } from './search';

/** Quotes longer than this use probe-and-verify when the whole text must be searched. */
export const LONG_QUOTE = 256;

/**
 * Step 2b: every exact occurrence in the text. Frequent short quotes can occur thousands of
 * times, so candidates are first ranked by how many context characters agree right next to
 * them (cheap), and only the best few get the edit-distance context score.
 */
export function bestExactOccurrence(query: Query): ScoredCandidate | null {
  const all = exactOccurrences(query.text, query.exact, 0, query.text.length, 100_000);
  if (all.length === 0) return null;
  let shortlist = all;
  if (all.length > MAX_SCORED_CANDIDATES) {
    const hint = query.hint ?? 0;
    shortlist = all
      .map((c) => ({ c, agree: adjacentAgreement(query, c.start, c.end), distance: Math.abs(c.start - hint) }))
      .sort((a, b) => b.agree - a.agree || a.distance - b.distance)
      .slice(0, MAX_SCORED_CANDIDATES)
      .map((x) => x.c);
  }
  return best(shortlist.map((c) => scoreCandidate(query, c)));
}

/** Number of context characters equal right before and right after a candidate. */
function adjacentAgreement(query: Query, start: number, end: number): number {
  const { text, prefix, suffix } = query;
  let n = 0;
  for (let i = 1; i <= prefix.length && start - i >= 0; i++) {
    if (prefix.charCodeAt(prefix.length - i) !== text.charCodeAt(start - i)) break;
    n++;
  }
  for (let i = 0; i < suffix.length && end + i < text.length; i++) {
    if (suffix.charCodeAt(i) !== text.charCodeAt(end + i)) break;
    n++;
  }
  return n;
}

/**
 * Step 3: approximate matching, windowed around the hint, widening only when needed.
 *
 * approx-string-match reports only the lowest-error matches of a search, so a copy of the
 * quote in the wrong place (e.g. an exact repeat in a heading) hides the slightly edited
 * original. When the plain search gives nothing acceptable, only exact copies, or a match
 * whose context is weak, the window is searched again for quote + context together, which
 * the original matches best, and the better-scored of the two wins.
 */
export function fuzzySearch(query: Query, budget: number): ScoredCandidate | null {
  const { text, exact } = query;
  // No passage anywhere within budget: an orphan. One pass over the text says so, instead of
  // the growing windows, each searched twice (the second time with the longer pattern of
  // quote and context), which made every orphan cost several passes.
  if (query.hint !== undefined && !hasApproxMatch(text, 0, text.length, exact, budget)) return null;
  let halfWidth = firstHalfWidth(exact.length);
  for (;;) {
    const { from, to } = query.hint === undefined ? { from: 0, to: text.length } : windowAround(query, halfWidth);
    const whole = from === 0 && to === text.length;
    const useProbes = whole && exact.length > LONG_QUOTE;
    const plain = useProbes ? probeAndVerify(query, budget) : approxSearchIn(text, from, to, exact, budget);
    const top = bestAcceptable(query, plain, budget, from, to);
    if (top && top.errors > 0 && top.context >= STRONG_CONTEXT) return top;
    const withContext = useProbes
      ? null
      : bestAcceptable(query, contextSearch(query, budget, from, to), budget, from, to);
    const winner = top && (!withContext || top.score >= withContext.score) ? top : withContext;
    if (winner) return winner;
    if (whole) return null;
    halfWidth *= WINDOW_GROWTH;
  }
}

/**
 * The best-scored candidate within budget that clears FUZZY_MIN_SCORE, or null. The search
 * reports each range's exact distance to the quote (see ./search.ts), so the error count
 * needs no second check.
 */
export function bestAcceptable(
  query: Query,
  matches: readonly Candidate[],
  budget: number,
  from: number,
  to: number,
): ScoredCandidate | null {
  const length = query.text.length;
  // A match touching a cut window edge may be a truncated version of one just outside it.
  const inside = matches.filter(
    (m) => m.errors <= budget && (from === 0 || m.start - from > budget) && (to === length || to - m.end > budget),
  );
  const top = best(dedupe(inside, query.hint).map((c) => scoreCandidate(query, c)));
  return top && top.score >= FUZZY_MIN_SCORE ? top : null;
}

/** Search prefix + quote + suffix as one pattern, then locate the quote inside each match. */
function contextSearch(query: Query, budget: number, from: number, to: number): Candidate[] {
  const { text, exact, prefix, suffix } = query;
  if (!prefix && !suffix) return [];
  const pattern = prefix + exact + suffix;
  const contextBudget = budget + Math.floor((prefix.length + suffix.length) / 4);
  const regions = dedupe(approxSearchIn(text, from, to, pattern, contextBudget), query.hint);
  const found: Candidate[] = [];
  for (const region of regions.slice(0, 8)) {
    const expectedStart = region.start + prefix.length;
    const inner = approxSearchIn(text, region.start, region.end, exact, budget);
    let nearest: Candidate | undefined;
    for (const m of inner) {
      if (!nearest || Math.abs(m.start - expectedStart) < Math.abs(nearest.start - expectedStart)) nearest = m;
    }
    if (nearest) found.push(nearest);
  }
  return found;
}

const PROBE_LENGTH = 32;
const PROBE_ERRORS = 6;
const MAX_PROBES = 8;
const MAX_PROBE_SITES = 16;

/**
 * Whole-text search for a long quote: find a few 32-char pieces of it (cheap, one machine
 * word each), then run the full approximate match only around the places they point to.
 */
function probeAndVerify(query: Query, budget: number): Candidate[] {
  const { text, exact } = query;
  const count = Math.min(MAX_PROBES, Math.floor(exact.length / PROBE_LENGTH));
  const step = count > 1 ? (exact.length - PROBE_LENGTH) / (count - 1) : 0;
  const sites: number[] = [];
  for (let i = 0; i < count; i++) {
    const offset = Math.round(i * step);
    const probe = exact.slice(offset, offset + PROBE_LENGTH);
    for (const m of approxSearchIn(text, 0, text.length, probe, PROBE_ERRORS)) sites.push(m.start - offset);
  }
  const hint = query.hint ?? 0;
  const merged: number[] = [];
  for (const site of sites.sort((a, b) => a - b)) {
    const last = merged[merged.length - 1];
    if (last === undefined || site - last > budget + PROBE_LENGTH) merged.push(site);
  }
  merged.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint));
  const found: Candidate[] = [];
  for (const site of merged.slice(0, MAX_PROBE_SITES)) {
    const from = Math.max(0, site - budget - PROBE_LENGTH);
    const to = Math.min(text.length, site + exact.length + budget + PROBE_LENGTH);
    found.push(...approxSearchIn(text, from, to, exact, budget));
  }
  return found;
}
