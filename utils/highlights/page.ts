/** Which page a highlight belongs to, read from the document (DOM only: runs in happy-dom too). */
import { LIMITS } from './record';
import { clip, collapse } from './strings';
import { normalizePageUrl, siteOf } from './url';

/** What identifies the page a highlight belongs to. */
export interface PageIdentity {
  url: string;
  title: string;
  site: string;
}

/** The page key, title and site of a document (canonical link honoured, see normalizePageUrl). */
export function pageIdentity(doc: Document, href: string): PageIdentity {
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? null;
  const url = normalizePageUrl(href, canonical);
  return { url, title: clip(collapse(doc.title ?? ''), LIMITS.title), site: siteOf(url) };
}
