/**
 * The cheap pre-check before detection: whether a page is worth running `detectArticle` on, from
 * its address, a few meta tags and the presence of elements.
 */
import { childParts, runText } from './blocks';
import { metaContent, safeQueryAll, textOf, withDomCache } from './dom';
import { META_NAMES } from './meta-names';
import { adaptersSplit, isArticleUrl, isListingUrl } from './page-url';
import { contentWeight } from './text';

/**
 * Cheap pre-check before any text analysis: true when the page is worth running
 * `detectArticle` on. Looks only at the URL, a few meta tags and the presence of elements.
 */
export function looksLikeArticle(doc: Document, url: string): boolean {
  // Most pages a portal serves are home, channel and search pages: decided before any DOM work.
  if (isListingUrl(url)) return false;
  return withDomCache(() => looksLikeArticleNow(doc, url));
}

function looksLikeArticleNow(doc: Document, url: string): boolean {
  if (isArticleUrl(url)) return true;
  const ogType = metaContent(doc, ['og:type']);
  if (ogType && /article/i.test(ogType)) return true;
  if (metaContent(doc, META_NAMES.articleSigns)) return true;
  if (safeQueryAll(doc, 'script[type="application/ld+json"]').some((s) => /"(News)?Article"/.test(textOf(s))))
    return true;
  const { specific } = adaptersSplit(url);
  if (specific.some((a) => a.bodySelectors.slice(0, 3).some((sel) => safeQueryAll(doc, sel).length > 0))) return true;
  // Last resort: a handful of long paragraphs, as <p>s or as text between double <br>s (blocks.ts childParts).
  let long = 0;
  for (const p of safeQueryAll(doc, 'p')) if (contentWeight(textOf(p)) >= 40 && ++long >= 3) return true;
  const seen = new Set<Element>();
  for (const br of safeQueryAll(doc, 'br')) {
    const parent = br.parentElement;
    if (!parent || seen.has(parent)) continue;
    seen.add(parent);
    for (const part of childParts(parent) ?? [])
      if ('parent' in part && contentWeight(runText(part)) >= 40 && ++long >= 3) return true;
  }
  return false;
}
