/**
 * Anchoring: find again, in the current page text, the passage a highlight was made on.
 *
 * The record keeps two selectors (see utils/highlights/record.ts): a TextPositionSelector
 * (start/end offsets into the page text) and a TextQuoteSelector (exact + 32 chars of
 * prefix/suffix). We try, cheapest first:
 *
 *  1. position — the text at the stored offsets is still the quote (and at least one side
 *     of the adjacent context agrees, so a short quote cannot land on a coincidence);
 *  2. exact    — occurrences of the quote, first near the stored offset, then in the whole
 *     text, ranked by how well prefix/suffix agree and by distance to the stored offset;
 *  3. fuzzy    — first, when the 8 characters right before or right after the quote are
 *     intact near the expected offset, the quote is aligned from there (between them when
 *     both are; no search). Otherwise approximate matching (Myers' bit-parallel algorithm, ./myers.ts)
 *     allowing `maxErrorsFor(quote.length)` edits. The search starts in a tight window around the
 *     expected offset, then a ±512-char one, and widens ×8 per step to the whole text only
 *     when the window holds no acceptable match. Candidates are ranked like Hypothesis does
 *     (quote similarity, prefix and suffix similarity, proximity), and a fuzzy match needs
 *     context support to be kept.
 *
 * Why windows: the cost of the search is O(text × quote / 32). Pages usually change
 * locally, so the quote is almost always within a few hundred characters of where it was;
 * scanning 100k characters for each of 500 highlights is what made the naive approach slow.
 * The expected offset is the stored one shifted by the drift observed on the highlight
 * before it in page order (anchorAll): an insertion near the top moves everything below it,
 * and the tight window still catches all of those.
 *
 * Long quotes (> LONG_QUOTE chars) in the whole-text step are not matched in one pass with a
 * large error budget; instead a few 32-char probes taken along the quote are searched
 * (one machine word each, so O(text)), and the full quote is only verified around the places
 * the probes point at ("filter then verify"). Inside windows the full quote is matched
 * directly, since the window size is proportional to the quote.
 *
 * The search reports, for every range, its exact edit distance to the quote, so a result
 * never differs from the quote by more than the allowed error count.
 * Weird input (empty quote, bad offsets, quote longer than text) yields null, never a throw.
 */
import { editDistance, similarity } from './distance';
import { alignAt, approxSearchIn, hasApproxMatch } from './search';
import { collectText, offsetsToRange, type TextModel } from './text';

/** What anchoring needs from a record; loose on purpose since records come from storage. */
export interface AnchorSelectors {
  quote: { exact: string; prefix?: string; suffix?: string };
  position?: { start: number; end: number } | null;
}

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export interface AnchorResult {
  start: number;
  end: number;
  method: AnchorMethod;
  /** Edit distance between text.slice(start, end) and the quote. */
  errors: number;
}

export interface AnchorOptions {
  /** Set false to only accept exact occurrences of the quote. */
  fuzzy?: boolean;
  /** Override the error budget (otherwise `maxErrorsFor(quote.length)`). */
  maxErrors?: number;
}

/**
 * Error budget policy: a quarter of the quote for short quotes (a 12-char quote survives 3
 * edits, quotes under 4 chars must match exactly), growing more slowly for long quotes
 * (~10% + 32) so that a long paragraph still survives a light edit while the search stays
 * bounded.
 */
export function maxErrorsFor(quoteLength: number): number {
  if (!(quoteLength > 0)) return 0;
  return Math.min(Math.floor(quoteLength / 4), 32 + Math.floor(quoteLength / 10));
}

/** Quotes longer than this use probe-and-verify when the whole text must be searched. */
export const LONG_QUOTE = 256;

const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const WEIGHT_TOTAL = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;
/**
 * Minimum normalized score for a fuzzy match. A quote with errors and no context agreement
 * cannot reach it (at best (50 + 2) / 92 ≈ 0.57): orphaning is better than highlighting the
 * wrong passage. With intact context, a quote with the full 25% of errors still scores 0.86.
 */
const FUZZY_MIN_SCORE = 0.7;
/** Average prefix/suffix similarity above which an exact occurrence is trusted outright. */
const EXACT_TRUSTED_CONTEXT = 0.5;
/** Prefix and suffix similarity that makes a nearby match conclusive. */
const STRONG_CONTEXT = 0.75;
/** Smallest half-width of the first search window (characters each side of the quote). */
const FIRST_WINDOW = 512;
/**
 * Half-width of the tight window tried before it, beyond the error budget: room for the
 * drift to be off by a few words between two neighbouring highlights.
 */
const TIGHT_SLACK = 64;
/** Characters of context right next to the quote that pin its end(s) when intact (step 3a). */
const BRACKET = 8;
const WINDOW_GROWTH = 8;
/** Exact candidates whose context is scored in full (others are pre-ranked cheaply). */
const MAX_SCORED_CANDIDATES = 32;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

interface ScoredCandidate extends Candidate {
  score: number;
  context: number;
}

interface Query {
  text: string;
  exact: string;
  prefix: string;
  suffix: string;
  /** Expected start offset, when the record's position is usable. */
  hint: number | undefined;
}

/** Anchor one highlight in `text`. Returns null when it cannot be found (an orphan). */
export function anchorQuote(
  text: string,
  selectors: AnchorSelectors,
  options: AnchorOptions = {},
): AnchorResult | null {
  return anchorWithDrift(text, selectors, options, 0);
}

/**
 * `drift` is how far the text around this highlight is expected to have moved since it was
 * saved (learned from its neighbours by anchorAll); the stored offset is shifted by it
 * before the near searches.
 */
function anchorWithDrift(
  text: string,
  selectors: AnchorSelectors,
  options: AnchorOptions,
  drift: number,
): AnchorResult | null {
  const query = readQuery(text, selectors, drift);
  if (!query) return null;
  const { exact } = query;
  const length = exact.length;
  if (length > text.length + maxBudget(length, options)) return null;

  const positioned = tryPosition(query, selectors.position);
  if (positioned) return positioned;

  const shifted = drift === 0 ? null : tryShiftedPosition(query);
  if (shifted) return shifted;

  const nearExact = tryExactNearHint(query);
  if (nearExact) return nearExact;

  const budget = maxBudget(length, options);
  const fuzzyAllowed = options.fuzzy !== false && budget > 0;

  // Typical case after an edit: the quote changed a little and is still close by. When its
  // neighbours are intact they pin both ends; otherwise a close fuzzy match with strong
  // context settles it without scanning the whole text: the tight window first (right when
  // the drift estimate is), then the wider one.
  if (fuzzyAllowed && query.hint !== undefined) {
    const between = tryNeighbours(query, budget);
    if (between) return asResult(between, between.errors === 0 ? 'exact' : 'fuzzy');
    for (const halfWidth of [budget + TIGHT_SLACK, firstHalfWidth(length)]) {
      const { from, to } = windowAround(query, halfWidth);
      const near = bestAcceptable(query, approxSearchIn(text, from, to, exact, budget), budget, from, to);
      if (near && near.errors > 0 && near.context >= STRONG_CONTEXT) return asResult(near, 'fuzzy');
    }
  }

  const bestExact = bestExactOccurrence(query);
  if (bestExact && bestExact.context >= EXACT_TRUSTED_CONTEXT) return asResult(bestExact, 'exact');
  if (!fuzzyAllowed) return bestExact ? asResult(bestExact, 'exact') : null;

  const fuzzy = fuzzySearch(query, budget);
  if (bestExact && (!fuzzy || bestExact.score >= fuzzy.score)) return asResult(bestExact, 'exact');
  return fuzzy ? asResult(fuzzy, fuzzy.errors === 0 ? 'exact' : 'fuzzy') : null;
}

/**
 * Anchor many highlights against the same page text (what the content script does on load).
 * The text is built once by the caller; each entry is independent, so one broken record
 * only orphans itself.
 */
export function anchorAll(
  text: string,
  selectorsList: readonly AnchorSelectors[],
  options: AnchorOptions = {},
): (AnchorResult | null)[] {
  // Edits shift everything after them by the same amount, so neighbours in page order move
  // together: each highlight starts its search where the previous one was found, relative
  // to where that one was saved. The near windows can then stay tight.
  const order = selectorsList
    .map((selectors, index) => ({ index, start: storedStart(selectors) }))
    .sort((a, b) => a.start - b.start);
  const results = new Array<AnchorResult | null>(selectorsList.length).fill(null);
  let drift = 0;
  for (const { index, start } of order) {
    const found = anchorWithDrift(text, selectorsList[index]!, options, drift);
    results[index] = found;
    if (found && Number.isFinite(start) && teachesDrift(found, start + drift)) drift = found.start - start;
  }
  return results;
}

/**
 * A result found near where the drift said, or an exact copy anywhere, tells where the text
 * went; a far-away fuzzy match may be a look-alike, and following it would send the next
 * highlights' searches to the wrong place.
 */
function teachesDrift(found: AnchorResult, expected: number): boolean {
  return found.errors === 0 || Math.abs(found.start - expected) <= FIRST_WINDOW;
}

/** The saved start offset, or +Infinity (sorted last, teaches no drift) when there is none. */
function storedStart(selectors: AnchorSelectors): number {
  const start = (selectors as { position?: { start?: unknown } | null } | null)?.position?.start;
  return typeof start === 'number' && Number.isFinite(start) && start >= 0 ? start : Infinity;
}

/** DOM wrapper: anchor one highlight under `root` and return a live DOM Range (or null). */
export function anchorRange(root: Node, selectors: AnchorSelectors, options: AnchorOptions = {}): Range | null {
  const model = collectText(root);
  return anchorInModel(model, selectors, options);
}

/** DOM wrapper for many highlights: the page text is collected once. */
export function anchorAllRanges(
  root: Node,
  selectorsList: readonly AnchorSelectors[],
  options: AnchorOptions = {},
): (Range | null)[] {
  const model = collectText(root);
  return selectorsList.map((selectors) => anchorInModel(model, selectors, options));
}

function anchorInModel(model: TextModel, selectors: AnchorSelectors, options: AnchorOptions): Range | null {
  const found = anchorQuote(model.text, selectors, options);
  if (!found) return null;
  const doc = ownerDocumentOf(model.root);
  return doc ? offsetsToRange(doc, model, found.start, found.end) : null;
}

function ownerDocumentOf(node: Node): Document | null {
  if (node.nodeType === 9) return node as Document;
  return node.ownerDocument;
}

// ---------------------------------------------------------------------------------------

function readQuery(text: unknown, selectors: unknown, drift: number): Query | null {
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

function maxBudget(length: number, options: AnchorOptions): number {
  const override = options.maxErrors;
  const budget =
    typeof override === 'number' && Number.isFinite(override) ? Math.floor(override) : maxErrorsFor(length);
  return Math.max(0, Math.min(budget, length - 1));
}

function asResult(candidate: Candidate, method: AnchorMethod): AnchorResult {
  return { start: candidate.start, end: candidate.end, method, errors: candidate.errors };
}

/** Step 1: the stored offsets still hold the quote, and the neighbouring text agrees. */
function tryPosition(query: Query, position: unknown): AnchorResult | null {
  if (!position || typeof position !== 'object') return null;
  const { start, end } = position as { start?: unknown; end?: unknown };
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if ((end as number) - (start as number) !== query.exact.length) return null;
  return unchangedAt(query, start as number, 'position');
}

/** Step 1b: the quote, unchanged, sits where the neighbours' drift says it moved to. */
function tryShiftedPosition(query: Query): AnchorResult | null {
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

/** Up to 8 characters right next to the quote, on either side, still match. */
function adjacentContextAgrees(text: string, start: number, end: number, prefix: string, suffix: string): boolean {
  if (prefix.length === 0 && suffix.length === 0) return true;
  const near = 8;
  if (prefix.length > 0) {
    const tail = prefix.slice(-near);
    if (start >= tail.length && text.startsWith(tail, start - tail.length)) return true;
  }
  if (suffix.length > 0) {
    const head = suffix.slice(0, near);
    if (text.startsWith(head, end)) return true;
  }
  return false;
}

function contextScores(query: Query, start: number, end: number): { prefix: number; suffix: number } {
  const { text, prefix, suffix } = query;
  return {
    prefix: prefix ? similarity(prefix, text.slice(Math.max(0, start - prefix.length), start)) : 1,
    suffix: suffix ? similarity(suffix, text.slice(end, end + suffix.length)) : 1,
  };
}

function scoreCandidate(query: Query, candidate: Candidate): ScoredCandidate {
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

function best(candidates: readonly ScoredCandidate[]): ScoredCandidate | null {
  let top: ScoredCandidate | null = null;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  return top;
}

function exactOccurrences(text: string, exact: string, from: number, to: number, cap: number): Candidate[] {
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

function windowAround(query: Query, halfWidth: number): { from: number; to: number } {
  const hint = query.hint ?? 0;
  return {
    from: Math.max(0, hint - halfWidth),
    to: Math.min(query.text.length, hint + query.exact.length + halfWidth),
  };
}

/** Step 2a: an exact occurrence close to the stored offset with good context wins at once. */
function tryExactNearHint(query: Query): AnchorResult | null {
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
function tryNeighbours(query: Query, budget: number): ScoredCandidate | null {
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

/** The first window is wide enough for typical drift (a few sentences inserted or removed nearby). */
function firstHalfWidth(quoteLength: number): number {
  return Math.max(FIRST_WINDOW, quoteLength);
}

/**
 * Step 2b: every exact occurrence in the text. Frequent short quotes can occur thousands of
 * times, so candidates are first ranked by how many context characters agree right next to
 * them (cheap), and only the best few get the edit-distance context score.
 */
function bestExactOccurrence(query: Query): ScoredCandidate | null {
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
function fuzzySearch(query: Query, budget: number): ScoredCandidate | null {
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
function bestAcceptable(
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

/** Drop duplicates (same start) and keep the candidates nearest the hint. */
function dedupe(matches: readonly Candidate[], hint: number | undefined): Candidate[] {
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
