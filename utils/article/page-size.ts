/**
 * A page too long to be one article: refused before any walk of its elements (the pre-check's last resort,
 * detection's first step), in one native text read.
 */
import { contains, pageBody, safeQueryAll, textOf } from './dom';
import { collapsedLongerThan } from './text';

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

/** Text that is no page text: inline scripts (a framework's state of megabytes), styles, what shows without scripts. */
const NOT_SHOWN = 'script, style, noscript';

let maxChars = MAX_ARTICLE_PAGE_CHARS;

/**
 * Sets the cap of later runs (tests: with it lifted, a page past it must still be read a bounded part at a time,
 * for a cap is no excuse for a walk that grows with the page).
 */
export function setMaxArticlePageChars(chars: number): void {
  maxChars = chars;
}

/** Whether the page's text is longer than any article's (MAX_ARTICLE_PAGE_CHARS, its white space not counted). */
export function beyondAnyArticle(doc: Document): boolean {
  const body = pageBody(doc);
  const text = textOf(body);
  if (!collapsedLongerThan(text, maxChars)) return false;
  let notShown = 0;
  let outer: Element | null = null;
  for (const el of safeQueryAll(body, NOT_SHOWN)) {
    if (outer && contains(outer, el)) continue; // a <style> a parser put inside a <noscript>: counted once
    outer = el;
    notShown += textOf(el).length;
  }
  return collapsedLongerThan(text, maxChars + notShown);
}
