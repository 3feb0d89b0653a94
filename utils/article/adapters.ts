/**
 * Site adapters as data: for each portal template, the selectors where the body and each
 * metadata field live (the table: adapter-table.ts). Every list is tried in order and the first
 * element with usable text wins; when none matches, detection falls back to the generic path
 * (JSON-LD, meta tags, labelled lines, body scoring), so a template change degrades gracefully
 * instead of failing.
 */
import { ADAPTERS, GENERIC_ADAPTER } from './adapter-table';

export interface SiteAdapter {
  name: string;
  /** Host names; a subdomain of one matches too. */
  hosts: readonly string[];
  /** Containers of the article body, most specific first. */
  bodySelectors: readonly string[];
  titleSelectors: readonly string[];
  /** Elements whose text holds the publication date (maybe with other text around it). */
  dateSelectors: readonly string[];
  /** Elements whose text holds the source ("来源：新华社" or just "新华社"). */
  sourceSelectors: readonly string[];
  editorSelectors: readonly string[];
  authorSelectors: readonly string[];
  /** Breadcrumb containers; the names are their links' texts. */
  breadcrumbSelectors: readonly string[];
  /** A summary printed above the body, outside it, that is the article's first paragraph (gov.uk). */
  leadSelectors?: readonly string[];
  /**
   * Where the page lists its publishers and the titles that mark a person among them: that
   * person is the author when no byline names one (gov.uk speeches: "From: Department for X and
   * Jane Doe MP" gives "Jane Doe"). byline.ts reads it only on the sites whose adapter has it.
   */
  personAmongPublishers?: PublisherPersonRule;
  /** Elements inside the body that are never article text (share bars, editor lines...). */
  noiseSelectors: readonly string[];
  /** Path shapes of article pages on this site, for the cheap pre-check. */
  articlePaths: readonly RegExp[];
  /**
   * Path-and-query shapes of article pages whose path alone looks like an index page: a
   * single-page app's article view ("/lgpage/detail/index.html?id=…").
   */
  articleUrls?: readonly RegExp[];
}

/** How to tell a person among a page's publishers (SiteAdapter.personAmongPublishers). */
export interface PublisherPersonRule {
  /** The label of the publishers' cell ("From"). */
  label: string;
  /** Titles written before a person's name ("Sir", "The Rt Hon"). */
  titlesBefore: readonly string[];
  /** Letters and titles written after it ("MP", "CBE"). */
  titlesAfter: readonly string[];
  /** Courtesy titles dropped from the name; a peer's or knight's title is how the person is named. */
  dropped: readonly string[];
}

function hostMatches(hostname: string, host: string): boolean {
  return hostname === host || hostname.endsWith(`.${host}`);
}

/** The adapter for a host name: a portal's own, provincial gov.cn sites get both. */
export function adaptersForHost(hostname: string): SiteAdapter[] {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  const own = ADAPTERS.filter((a) => a.hosts.some((host) => hostMatches(h, host)));
  const province = ADAPTERS.find((a) => a.name === 'province')!;
  const result = [...own];
  // www.gov.cn has its own template; every other *.gov.cn (and .gov.cn-less provincial portals
  // on TRS) also gets the provincial selectors.
  if (h.endsWith('.gov.cn') && h !== 'www.gov.cn') result.push(province);
  if (!own.length && h.endsWith('.cn')) result.push(province);
  result.push(GENERIC_ADAPTER);
  return result;
}
