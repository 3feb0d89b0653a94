/**
 * Who sent a message, as the browser reports it (never as the message says), and what each
 * kind of sender may ask. Pure, so the router's tests run in Node.
 *
 * - **extension**: one of our own pages (popup, library, options), or the worker itself:
 *   `sender.url` in the extension's origin, and either no tab (the popup) or the page is the
 *   tab's top document (a page opened in a tab). An extension page framed inside a web page is
 *   not trusted (none is web-accessible today; this keeps it so if one ever is).
 * - **content**: a content script, in the top frame of a tab. It may report its page, read
 *   settings, set the two in-page preferences its UI sets (`lastColor`, `categories`) and its
 *   own tab's site's skim density (`settings/site-density`), and
 *   list, save, edit and delete the records **of its own tab's page only**: the tab's URL as
 *   the browser reports it, normalised as records' URLs are (utils/highlights/url.ts), or a
 *   canonical URL that page could declare (same site, not the site's home page).
 * - **unknown**: anything else (another extension, a sub-frame): refused everything.
 */
import { hostOf, normalizePageUrl } from '@/utils/highlights/url';
import type { Request } from '@/utils/messages';

export type Sender =
  { kind: 'extension' } | { kind: 'content'; tabId: number; tabUrl: string | null } | { kind: 'unknown'; why: string };

/** The fields of `runtime.MessageSender` that matter here. */
export interface RawSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface Self {
  id: string;
  /** `runtime.getURL('')`: "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  base: string;
}

export function classifySender(raw: RawSender, self: Self): Sender {
  if (raw.id !== self.id) return { kind: 'unknown', why: 'another extension' };
  const ours = (url: string | undefined) => url !== undefined && url.startsWith(self.base);
  if (ours(raw.url)) {
    if (!raw.tab || raw.frameId === 0 || ours(raw.tab.url)) return { kind: 'extension' };
    return { kind: 'unknown', why: 'an extension page inside a web page' };
  }
  if (raw.tab?.id !== undefined && raw.frameId === 0) {
    return { kind: 'content', tabId: raw.tab.id, tabUrl: raw.tab.url ?? raw.url ?? null };
  }
  return { kind: 'unknown', why: raw.tab ? 'a frame inside a page' : 'no tab and not an extension page' };
}

/** True when a record of `recordUrl` belongs to the page the content script's tab shows. */
export function isOwnPage(sender: Extract<Sender, { kind: 'content' }>, recordUrl: string): boolean {
  if (!sender.tabUrl) return false;
  return recordUrl === normalizePageUrl(sender.tabUrl) || recordUrl === normalizePageUrl(sender.tabUrl, recordUrl);
}

/** True when `site` is the hostname of the page the content script's tab shows. */
export function isOwnSite(sender: Extract<Sender, { kind: 'content' }>, site: string): boolean {
  return !!sender.tabUrl && hostOf(sender.tabUrl) === site;
}

/** Settings a content script may change: preferences its own in-page UI sets. */
export const CONTENT_SETTINGS: ReadonlySet<string> = new Set(['lastColor', 'categories']);

/**
 * Who may send each request. `own-page` requests from a content script are further checked
 * against the records they touch (router.ts).
 */
export const SENDERS: Record<Request['type'], 'extension' | 'content' | 'any' | 'own-page'> = {
  'page/report': 'content',
  'page/left': 'content',
  'settings/get': 'any',
  'settings/update': 'own-page',
  'settings/site-density': 'own-page',
  'highlights/list': 'own-page',
  'highlights/save': 'own-page',
  'highlights/update': 'own-page',
  'highlights/delete': 'own-page',
  'highlights/undelete': 'own-page',
  'tab/state': 'extension',
  'storage/info': 'extension',
  'highlights/import': 'extension',
  'highlights/recent': 'extension',
  'highlights/export-all': 'extension',
  'highlights/update-many': 'extension',
  'highlights/delete-many': 'extension',
  'highlights/query': 'extension',
  'highlights/count': 'extension',
  'highlights/pages': 'extension',
  'highlights/import-end': 'extension',
  'highlights/ids': 'extension',
  'highlights/get-many': 'extension',
  'highlights/changes': 'extension',
  'highlights/facets': 'extension',
  'highlights/retag-many': 'extension',
  'sync/status': 'extension',
  'sync/configure': 'extension',
  'sync/now': 'extension',
  'sync/browser-passphrase': 'extension',
  'sync/browser-reseal': 'extension',
  'follows/follow': 'own-page',
  'follows/unfollow': 'own-page',
  'follows/get': 'own-page',
  'follows/list': 'extension',
  'follows/import': 'extension',
};

export class RefusedError extends Error {
  override name = 'RefusedError';
}
