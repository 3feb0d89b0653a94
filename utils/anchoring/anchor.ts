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
 * Long quotes (> LONG_QUOTE chars, widening-search.ts) in the whole-text step are not matched in one pass with a
 * large error budget; instead a few 32-char probes taken along the quote are searched
 * (one machine word each, so O(text)), and the full quote is only verified around the places
 * the probes point at ("filter then verify"). Inside windows the full quote is matched
 * directly, since the window size is proportional to the quote.
 *
 * The search reports, for every range, its exact edit distance to the quote, so a result
 * never differs from the quote by more than the allowed error count.
 * Weird input (empty quote, bad offsets, quote longer than text) yields null, never a throw.
 *
 * Files: the steps without a search are in near-match.ts, the searches in widening-search.ts,
 * the query and the scoring of candidates in candidates.ts; describe.ts makes the selectors.
 */
import {
  EXACT_TRUSTED_CONTEXT,
  FIRST_WINDOW,
  readQuery,
  STRONG_CONTEXT,
  TIGHT_SLACK,
  windowAround,
  firstHalfWidth,
} from './candidates';
import { asResult, tryExactNearHint, tryNeighbours, tryPosition, tryShiftedPosition } from './near-match';
import { approxSearchIn } from './search';
import { collectText, offsetsToRange, type TextModel } from './text';
import { bestAcceptable, bestExactOccurrence, fuzzySearch } from './widening-search';

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

function maxBudget(length: number, options: AnchorOptions): number {
  const override = options.maxErrors;
  const budget =
    typeof override === 'number' && Number.isFinite(override) ? Math.floor(override) : maxErrorsFor(length);
  return Math.max(0, Math.min(budget, length - 1));
}
