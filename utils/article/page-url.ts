/**
 * What a page's address alone says: home, channel and search pages are no article; an article
 * path of the site's adapter (or of most sites) is one; and which site adapters the page gets.
 */
import { GENERIC_ADAPTER } from './adapter-table';
import { adaptersForHost, type SiteAdapter } from './adapters';

export function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

function pathOf(url: string): { path: string; search: string } {
  try {
    const u = new URL(url);
    return { path: u.pathname, search: u.search };
  } catch {
    return { path: '', search: '' };
  }
}

/** Home pages and channel index pages: never a single article. */
export function isIndexUrl(url: string): boolean {
  return isIndexPath(pathOf(url).path);
}

/**
 * An article kept as the index file of its own folder, under a dated folder: CGTN's
 * "/news/2025-03-14/China-issues-guideline-1abcDEF/index.html". A channel's index has no day and slug above it.
 */
const ARTICLE_FOLDER_INDEX = /\/(?:19|20)\d{2}-?\d{2}-?\d{2}\/[^/]{8,}\/index\.s?html?$/i;

/**
 * An index file three or more numbered folders deep: a CMS whose columns and documents are all
 * numbered folders keeps each document as the index file of its own folder (hebei.gov.cn's
 * "/hebei/14462058/14471802/14471750/15039866/index.html", under the column ".../14471750/index.html").
 * The address cannot tell a document from a column this deep (people.com.cn's topic pages nest
 * numbered columns too), so the page's content decides, as on any address: its list-page checks
 * turn the columns down. Shallower numbered columns ("/GB/117259/index.html") stay ruled out here.
 */
const NUMBERED_TREE_INDEX = /\/\d+\/\d+\/\d+\/index\.s?html?$/i;

function isIndexPath(path: string): boolean {
  if (path === '' || path === '/') return true;
  if (/(^|\/)(index|default|home|list|more)(_\d+)?\.(s?html?|jsp|aspx?|php)$/i.test(path))
    return !ARTICLE_FOLDER_INDEX.test(path) && !NUMBERED_TREE_INDEX.test(path);
  // "/politics/" is a channel; "/briefings/2024/01/some-title/" is an article with a trailing slash,
  // and so is "/presidential-actions/executive-order-on-some-title/" (whitehouse.gov 2017–2021: no date).
  if (!path.endsWith('/')) return false;
  const folders = path.split('/').filter(Boolean);
  return folders.length <= 2 && !TITLE_SLUG.test(folders[folders.length - 1] ?? '');
}

/** A folder named by a title of five words or more: a section's own name ("statements-releases") is shorter. */
const TITLE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+){4,}$/i;

/** Search result pages. */
export function isSearchUrl(url: string): boolean {
  const { path, search } = pathOf(url);
  return isSearchPath(path, search);
}

function isSearchPath(path: string, search: string): boolean {
  return (
    /(^|[/.])(search|s|query|sousuo|jsearch|searchresult)([/.]|$)/i.test(path) ||
    /[?&](q|query|keyword|keywords|searchword|wd|kw|searchWord)=/i.test(search)
  );
}

/** Index or search page: the URL alone rules out an article (one URL parse, the commonest case first). */
export function isListingUrl(url: string): boolean {
  const { path, search } = pathOf(url);
  return (isIndexPath(path) || isSearchPath(path, search)) && !isAppArticleUrl(url, path, search);
}

/** An article view of a single-page app at an index-like path ("/lgpage/detail/index.html?id=…"). */
function isAppArticleUrl(url: string, path: string, search: string): boolean {
  const at = path + search;
  return adaptersForHost(hostnameOf(url)).some((a) => a.articleUrls?.some((re) => re.test(at)));
}

/** The adapters of a page: its site's own (specific) and the generic one. */
export function adaptersSplit(url: string): { specific: SiteAdapter[]; generic: SiteAdapter } {
  const all = adaptersForHost(hostnameOf(url));
  return { specific: all.filter((a) => a !== GENERIC_ADAPTER), generic: GENERIC_ADAPTER };
}

/** The URL has the shape of an article on its site (or of articles on most sites). */
export function isArticleUrl(url: string): boolean {
  const { path, search } = pathOf(url);
  const { specific, generic } = adaptersSplit(url);
  return (
    [...specific, generic].some((a) => a.articlePaths.some((re) => re.test(path))) || isAppArticleUrl(url, path, search)
  );
}

/**
 * The day a content system writes into an article's address, one pattern per path shape (year, month, day groups):
 * TRS's t20160831_277364.html, /2024-01/02/content_…, /20240102/…, /art/2020/5/8/art_…, /2024/0102/c…, /2024/01/02/….
 * Over the golds with a dated address (fixtures, dev40, dev43: 198 pages) it is the published day on every one.
 * Anchored to the path's slashes and underscores, so a number inside a slug or an id gives none.
 */
const URL_DATE_SHAPES: readonly RegExp[] = [
  /\/t((?:19|20)\d\d)(\d\d)(\d\d)_\d+\.s?html?$/,
  /\/((?:19|20)\d\d)-(\d\d)\/(\d\d)\//,
  /\/((?:19|20)\d\d)(\d\d)\/(\d\d)\//,
  /\/((?:19|20)\d\d)(\d\d)(\d\d)\//,
  /\/art\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})\//,
  /\/((?:19|20)\d\d)\/(\d\d)(\d\d)\//,
  /\/((?:19|20)\d\d)\/(\d\d)\/(\d\d)\//,
];

/** The day of the article's address as "YYYY-MM-DD" (not checked against the calendar), or null. */
export function dayInUrl(url: string): string | null {
  const { path } = pathOf(url);
  if (!/\d{4}/.test(path)) return null;
  for (const shape of URL_DATE_SHAPES) {
    const m = shape.exec(path);
    if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  }
  return null;
}
