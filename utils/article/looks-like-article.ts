/**
 * The cheap pre-check before detection: whether a page is worth running `detectArticle` on, from
 * its address, a few meta tags and the presence of elements.
 */
import { childPartsSteps, CHILDREN_PER_STEP, runText } from './blocks';
import { metaContent, safeQueryAll, textOf, withDomCache } from './dom';
import { META_NAMES } from './meta-names';
import { adaptersSplit, isArticleUrl, isListingUrl } from './page-url';
import { contentWeight } from './text';
import { walkTextNodes } from './text-nodes';

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
  // Last resort: a handful of long paragraphs, as <p>s or as text between double <br>s (blocks.ts childParts),
  // among the first LAST_RESORT_BUDGET paragraphs (and children read): this check runs in one piece, and a page
  // that shows none in so many is no article worth it (10,000 one-word <p>s, 200,000 <br>s), nor one <p> of more
  // text nodes than that (a <p> of 200,000 lines: its megabytes not read whole).
  let long = 0;
  let budget = LAST_RESORT_BUDGET;
  for (const p of firstMatches(doc, 'p', budget)) {
    const text = textWithin(p, LAST_RESORT_BUDGET);
    if (text === null) return false;
    if (contentWeight(text) >= 40 && ++long >= 3) return true;
    if (--budget <= 0) return false;
  }
  const seen = new Set<Element>();
  for (const br of firstMatches(doc, 'br', budget)) {
    if (--budget <= 0) return false;
    const parent = br.parentElement;
    if (!parent || seen.has(parent)) continue;
    seen.add(parent);
    // Cut a part at a time (CHILDREN_PER_STEP children), the pauses counted against the budget.
    const cutting = childPartsSteps(parent);
    let r = cutting.next();
    for (; !r.done; r = cutting.next()) if ((budget -= CHILDREN_PER_STEP) <= 0) return false;
    for (const part of r.value ?? []) {
      if ('parent' in part && contentWeight(runText(part)) >= 40 && ++long >= 3) return true;
      if (--budget <= 0) return false;
    }
  }
  return false;
}

/**
 * The first `max` elements matching `selector`, in document order: read from the engine's own list one at a time
 * (a browser makes a script object only for an element read; an array of a page's 200,000 <br>s took ~0.2-0.9 s).
 */
function* firstMatches(doc: Document, selector: string, max: number): Generator<Element, void, void> {
  let list: NodeListOf<Element>;
  try {
    list = doc.querySelectorAll(selector);
  } catch {
    return;
  }
  for (let i = 0; i < list.length && i < max; i++) yield list[i]!;
}

/** `el`'s text (not its scripts' and styles'), or null past `max` text nodes, read one by one. */
function textWithin(el: Element, max: number): string | null {
  let text = '';
  let nodes = 0;
  for (const t of walkTextNodes(el)) {
    if (++nodes > max) return null;
    text += t.data;
  }
  return text;
}

/** Paragraphs, <br>s and <br>-holders' children the last resort reads at most. */
const LAST_RESORT_BUDGET = 5_000;
