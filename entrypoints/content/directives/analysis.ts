/**
 * Detection and analysis of the page: is it an article, and which are its directives. A long
 * article is analysed in slices with the page's own work in between.
 */
import { directiveScanner, findDirectives, type Directive } from '@/utils/analysis/directives';
import { ofWholeBlocks, piecesOf } from '@/utils/analysis/long-blocks';
import { detectArticle, detectArticleSliced } from '@/utils/article/detect';
import { looksLikeArticle } from '@/utils/article/looks-like-article';
import type { Article } from '@/utils/article/types';
import { phase, phaseAsync } from '@/utils/perf/timing';
import { budget, childLifetime, inSlices } from '@/utils/schedule';

/**
 * Articles longer than this are analysed in slices of SLICE_MS, with the page's own tasks
 * (input, rendering, its scripts) running in between: a 100,000-character article takes
 * 60-75 ms to analyse the first time, too long to hold the page's main thread in one piece.
 */
export const SLICE_ABOVE_CHARS = 20_000;
/**
 * Detection's share of the task that asks for it; a page that takes longer (a long body to
 * walk and weigh) is detected in further slices of SLICE_MS. An ordinary article takes less.
 */
const DETECT_FIRST_MS = 10;

/** A detected article; its directives are known at once, or later when it is analysed in slices. */
export interface Found {
  article: Article;
  /** The directives, or their promise (null when a newer detection superseded this one). */
  directives: Directive[] | Promise<Directive[] | null>;
}

export type Outcome = 'adopted' | 'superseded' | 'failed';

export interface Detector {
  /** Detection + analysis; null when the page is not an article (checked cheaply first) or cannot be read. */
  detect(): Found | null;
  /**
   * The same, with a long page's detection spread over several tasks: then a promise (of null
   * also when a newer detection superseded this one, or `within` aborted first).
   */
  detectSliced(within?: AbortSignal): Found | null | Promise<Found | null>;
}

export function createDetector(doc: Document, signal: AbortSignal): Detector {
  /** The lifetime of the newest detection: a newer one ends it, and the slices still running for it stop. */
  let current: AbortController | null = null;
  const begin = (within: AbortSignal = signal): AbortSignal => {
    current?.abort();
    current = childLifetime(within);
    return current.signal;
  };

  const pageUrl = () => doc.defaultView?.location.href ?? doc.URL;

  const detect = (): Found | null => {
    const mine = begin();
    const url = pageUrl();
    if (!phase('looks-like-article', () => looksLikeArticle(doc, url))) return null;
    // The metadata (dates, source, …) is read when the report first asks for it, after painting.
    const found = phase('detect-article', () => detectArticle(doc, url, { deferMeta: true }));
    return found && analyse(found, mine);
  };

  const detectSliced = (within?: AbortSignal): Found | null | Promise<Found | null> => {
    const mine = begin(within ?? signal);
    const url = pageUrl();
    if (!phase('looks-like-article', () => looksLikeArticle(doc, url))) return null;
    const detection = detectArticleSliced(doc, url, { deferMeta: true });
    const first = phase('detect-article', () => detection.step(budget(DETECT_FIRST_MS)));
    if (first) return first.article && analyse(first.article, mine);
    const rest = inSlices('detection-slice', mine, (stop) => detection.step(stop));
    return phaseAsync('detect-article-rest', () => rest).then((done) =>
      done?.article ? analyse(done.article, mine) : null,
    );
  };

  /** The directives of a detected article: at once, or in slices for a long one. */
  const analyse = (found: Article, mine: AbortSignal): Found => {
    // Nothing here paints the cores yet: leave their first (cold) computation out of the paint.
    if (found.text.length <= SLICE_ABOVE_CHARS)
      return { article: found, directives: phase('find-directives', () => findDirectives(found, { cores: false })) };
    // A block far longer than a paragraph is read as pieces, so that a slice ends within it.
    const pieces = piecesOf(found);
    const scanner = directiveScanner(pieces?.article ?? found, { cores: false });
    const step = (stop: () => boolean) => {
      const list = scanner.step(stop);
      return list && pieces ? ofWholeBlocks(list, pieces.blockOf) : list;
    };
    // Detection itself took a while on a page this long: the page has its turn first.
    const rest = () => inSlices('analysis-slice', mine, step);
    return { article: found, directives: phaseAsync('find-directives', rest) };
  };

  return {
    detect() {
      try {
        return detect();
      } catch {
        return null; // a page we cannot read is treated as not an article, never as an error in its console
      }
    },
    detectSliced(within) {
      try {
        const found = detectSliced(within);
        return found instanceof Promise ? found.catch(() => null) : found;
      } catch {
        return null;
      }
    },
  };
}

/**
 * Hands a detection to `adopt` once its directives are known: at once when they are, else
 * later ('superseded' when a newer detection came first, 'failed' when the analysis threw).
 */
export function settle(
  found: Found,
  adopt: (article: Article, directives: Directive[]) => void,
): 'adopted' | Promise<Outcome> {
  const { article, directives } = found;
  if (Array.isArray(directives)) {
    adopt(article, directives);
    return 'adopted';
  }
  return directives.then(
    (list) => {
      if (!list) return 'superseded';
      adopt(article, list);
      return 'adopted';
    },
    () => 'failed',
  );
}
