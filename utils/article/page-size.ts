/**
 * A page too long to be one article: refused before any other walk of its elements (the pre-check's last resort,
 * detection's first step), by counting its text only until past the cap.
 */
import { memoSteps, pageBody } from './dom';
import { runSteps, type Steps } from './steps';
import { shownLength } from './text';
import { walkTextNodes } from './text-nodes';

/**
 * The most text (UTF-16 code units but white space, scripts and styles left out) a page that is one article holds. The longest
 * page of the fixtures and blind batches holds ~12,000; the long-document benchmark 102,000; the longest laws
 * (the Civil Code) ~110,000. Past five times that a page is a book or a hostile page (200,000 `<br>`s, a 2 MB
 * text node: tests/unit/article/odd-pages.ts), and detection's passes over all of a candidate's text
 * (`linkDensity` of the body and its ancestors, the deferred metadata's reads) would each hold the page for
 * hundreds of milliseconds, the analysis and paint of millions of characters for seconds: the reader loses
 * nothing the page can give when we leave it alone, and every pass over a page we read is bounded by this size.
 */
export const MAX_ARTICLE_PAGE_CHARS = 500_000;

let maxChars = MAX_ARTICLE_PAGE_CHARS;

/**
 * Sets the cap of later runs (tests: with it lifted, a page past it must still be read a bounded part at a time,
 * for a cap is no excuse for a walk that grows with the page).
 */
export function setMaxArticlePageChars(chars: number): void {
  maxChars = chars;
}

/** Text nodes counted between two pauses. */
const TEXT_NODES_PER_STEP = 1_000;

/**
 * Whether the page's text is longer than any article's (MAX_ARTICLE_PAGE_CHARS), a part at a time. Its text nodes
 * are counted one by one, not read as one `textContent`: that one native read built all of a hostile page's
 * megabytes (200,000 `<br>`s in a `<p>`: 46-96 ms in Chromium at load 20, the walk stopping at the cap 11-14 ms).
 */
export function beyondAnyArticleSteps(doc: Document): Steps<boolean> {
  return memoSteps('beyondAnyArticle', doc, function* (d: Document) {
    let kept = 0;
    let nodes = 0;
    for (const t of walkTextNodes(pageBody(d))) {
      if ((kept += shownLength(t.data)) > maxChars) return true;
      if (++nodes % TEXT_NODES_PER_STEP === 0) yield;
    }
    return false;
  });
}

/** `beyondAnyArticleSteps` in one piece. */
export function beyondAnyArticle(doc: Document): boolean {
  return runSteps(beyondAnyArticleSteps(doc));
}
