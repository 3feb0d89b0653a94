/**
 * Detection and analysis of the page: is it an article, and which are its directives. A long
 * article is analysed in slices with the page's own work in between.
 */
import { directiveScanner, findDirectives, type Directive } from '@/utils/analysis/directives';
import { detectArticle, looksLikeArticle } from '@/utils/article/detect';
import type { Article } from '@/utils/article/types';
import { phase, phaseAsync, task } from '../perf/timing';
import { yieldToPage } from '../schedule';

/**
 * Articles longer than this are analysed in slices of SLICE_MS, with the page's own tasks
 * (input, rendering, its scripts) running in between: a 100,000-character article takes
 * 60-75 ms to analyse the first time, too long to hold the page's main thread in one piece.
 */
export const SLICE_ABOVE_CHARS = 20_000;
const SLICE_MS = 8;

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
}

export function createDetector(doc: Document, signal: AbortSignal): Detector {
  /** Bumped by every detection: a sliced analysis still running for an older one stops. */
  let generation = 0;

  const detect = (): Found | null => {
    const mine = ++generation;
    const url = doc.defaultView?.location.href ?? doc.URL;
    if (!phase('looks-like-article', () => looksLikeArticle(doc, url))) return null;
    // The metadata (dates, source, …) is read when the report first asks for it, after painting.
    const found = phase('detect-article', () => detectArticle(doc, url, { deferMeta: true }));
    if (!found) return null;
    // Nothing here paints the cores yet: leave their first (cold) computation out of the paint.
    if (found.text.length <= SLICE_ABOVE_CHARS)
      return { article: found, directives: phase('find-directives', () => findDirectives(found, { cores: false })) };
    const scanner = directiveScanner(found, { cores: false });
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      return scanner.step(() => performance.now() >= until);
    };
    // Detection itself took a while on a page this long: the page has its turn first.
    const rest = async (): Promise<Directive[] | null> => {
      for (;;) {
        await yieldToPage();
        if (mine !== generation || signal.aborted) return null;
        const done = task('analysis-slice', slice);
        if (done) return done;
      }
    };
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
