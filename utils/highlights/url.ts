/**
 * Page URL normalization: the key that groups highlights by page.
 *
 * The same article is reached through many URLs: with a #fragment, with share/tracking
 * parameters appended by WeChat, Weibo or analytics, through the mobile host, with params in
 * a different order. `normalizePageUrl` maps these to one string:
 *  - drops the fragment, an empty "?", and well-known tracking parameters only (utm_*, spm,
 *    fbclid, gclid, ... see TRACKING_PARAMS). Ambiguous names are kept (`ref`, `wd`, `id`, `p`,
 *    `page`...): wrongly merging two pages is worse than failing to merge one;
 *  - `from` is dropped only with share values (from=singlemessage, timeline, ...), and
 *    WeChat's share parameters only on mp.weixin.qq.com;
 *  - sorts the remaining parameters by name (stable), keeping their raw encoding;
 *  - lower-cases the host and drops the default port (the URL parser does both) and any
 *    user:password@ credentials;
 *  - prefers the page's <link rel=canonical> when it is http(s), on the same site, and not a
 *    bare home page while the page itself is not (a common CMS mistake).
 * Unparseable input is returned trimmed, never thrown on.
 */

/** Parameters that only ever carry tracking/share information. */
const TRACKING_PARAMS = new Set([
  'spm',
  'spm_id_from',
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  '_ga',
  '_gl',
  'share_token',
  'share_source',
  'share_medium',
  'share_plat',
  'share_from',
  'share_tag',
  'share_session_id',
  'isappinstalled',
  'vd_source',
  'ref_src',
  'ref_url',
]);

/** `from` values written by share buttons (WeChat, Weibo, QQ, apps). */
const SHARE_FROM_VALUES = new Set([
  'singlemessage',
  'groupmessage',
  'timeline',
  'message',
  'share',
  'weixin',
  'wechat',
  'weibo',
  'qq',
  'qzone',
  'app',
  'androidqq',
  'iosqq',
]);

/** Extra share/session parameters of WeChat article links; the article is __biz/mid/idx/sn. */
const WECHAT_PARAMS = new Set([
  'scene',
  'srcid',
  'chksm',
  'clicktime',
  'enterid',
  'ascene',
  'devicetype',
  'version',
  'lang',
  'nettype',
  'exportkey',
  'pass_ticket',
  'wx_header',
  'key',
  'uin',
  'abtest_cookie',
  'sessionid',
  'subscene',
  'poc_token',
]);

function isTracking(name: string, value: string, host: string): boolean {
  const key = name.toLowerCase();
  if (key.startsWith('utm_')) return true;
  if (TRACKING_PARAMS.has(key)) return true;
  if (key === 'from' && SHARE_FROM_VALUES.has(value.toLowerCase())) return true;
  if (host === 'mp.weixin.qq.com' && (WECHAT_PARAMS.has(key) || key.startsWith('sharer_') || key === 'from')) {
    return true;
  }
  return false;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function parseHttpUrl(input: string, base?: string): URL | null {
  try {
    const url = base === undefined ? new URL(input) : new URL(input, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Normalize one http(s) URL, ignoring canonical links. */
function normalizeParsed(url: URL): string {
  const host = url.hostname;
  const kept: { name: string; raw: string }[] = [];
  const query = url.search.startsWith('?') ? url.search.slice(1) : url.search;
  for (const raw of query.split('&')) {
    if (raw === '') continue;
    const eq = raw.indexOf('=');
    const name = safeDecode(eq === -1 ? raw : raw.slice(0, eq));
    const value = eq === -1 ? '' : safeDecode(raw.slice(eq + 1));
    if (!isTracking(name, value, host)) kept.push({ name, raw });
  }
  // Array.prototype.sort is stable, so repeated names keep their relative order.
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const search = kept.length ? `?${kept.map((p) => p.raw).join('&')}` : '';
  // URL already lower-cased the host, dropped the default port and normalized the path.
  // Credentials (user:pass@) are left out: this string is stored and synced.
  return `${url.protocol}//${url.host}${url.pathname}${search}`;
}

/** Second-level labels under which registrations happen at the third level (people.com.cn). */
const SECOND_LEVEL = new Set(['com', 'net', 'org', 'gov', 'edu', 'ac', 'mil', 'co', 'or', 'ne', 'go']);

/**
 * Hosting suffixes under which anyone gets a name of their own (the "private" part of the public
 * suffix list, its most used entries, and the Chinese ones): `<name>.<suffix>` is one owner's
 * site. Without them every github.io page was one site, so a page there could name another
 * owner's page as its canonical link (isUsableCanonical) and reach the reader's highlights of it.
 */
const HOSTING_SUFFIXES: ReadonlySet<string> = new Set([
  'github.io',
  'gitlab.io',
  'gitee.io',
  'blogspot.com',
  'wordpress.com',
  'tumblr.com',
  'substack.com',
  'medium.com',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'workers.dev',
  'web.app',
  'firebaseapp.com',
  'herokuapp.com',
  'appspot.com',
  'azurewebsites.net',
  'cloudfront.net',
  's3.amazonaws.com',
  'readthedocs.io',
  'glitch.me',
  'neocities.org',
  'surge.sh',
  'onrender.com',
  'fly.dev',
  'myshopify.com',
  'wixsite.com',
  'weebly.com',
  'lofter.com',
  'sinaapp.com',
]);

/** How many labels of the hosting suffix the host is a name under (`<name>.github.io`: 2), or 0. */
function hostingSuffixOf(labels: readonly string[]): number {
  for (const take of [3, 2]) {
    if (labels.length > take && HOSTING_SUFFIXES.has(labels.slice(-take).join('.'))) return take;
  }
  return 0;
}

/**
 * Registrable-domain-ish key: the last two labels, or three when the last two look like a
 * public suffix (com.cn, gov.cn, org.cn, co.uk, com.hk...), or the name under a hosting suffix
 * (`HOSTING_SUFFIXES`). IP addresses are their own site.
 */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[')) return host;
  const labels = host.split('.');
  const hosted = hostingSuffixOf(labels);
  if (hosted) return labels.slice(-hosted - 1).join('.');
  if (labels.length <= 2) return host;
  const second = labels[labels.length - 2]!;
  const top = labels[labels.length - 1]!;
  if (top.length === 2 && SECOND_LEVEL.has(second)) {
    // www.gov.cn is the site of gov.cn itself, not a registration under it.
    return labels[labels.length - 3] === 'www' ? `${second}.${top}` : labels.slice(-3).join('.');
  }
  return labels.slice(-2).join('.');
}

/**
 * The grouping key for a page. `canonical` is the href of <link rel=canonical> if any
 * (relative hrefs are resolved against `url`).
 */
export function normalizePageUrl(url: string, canonical?: string | null): string {
  const page = parseHttpUrl(url.trim());
  if (!page) return stripFragment(url.trim());
  if (canonical) {
    const target = parseHttpUrl(canonical.trim(), page.href);
    if (target && isUsableCanonical(page, target)) return normalizeParsed(target);
  }
  return normalizeParsed(page);
}

/** Whether two addresses are the same page (normalizePageUrl: a #fragment, tracking parameters or their order are not another). */
export const samePage = (a: string, b: string): boolean => normalizePageUrl(a) === normalizePageUrl(b);

function isUsableCanonical(page: URL, canonical: URL): boolean {
  if (registrableDomain(page.hostname) !== registrableDomain(canonical.hostname)) return false;
  // Many CMSs emit the home page as canonical for every article.
  if (canonical.pathname === '/' && page.pathname !== '/' && !canonical.search) return false;
  return true;
}

function stripFragment(s: string): string {
  const hash = s.indexOf('#');
  return hash === -1 ? s : s.slice(0, hash);
}

/** Hostname without a leading "www.", lower-cased; '' for unparseable input. */
export function siteOf(url: string): string {
  try {
    return new URL(url.trim()).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * Whether a record's `site` is the site of its address: `siteOf` (what pages write), or the host
 * with its "www." (what older imports wrote). Anything else would list the record under another site.
 */
export function isSiteOf(site: string, url: string): boolean {
  return site === siteOf(url) || site === hostOf(url);
}

/** The hostname as the URL gives it ("www." kept: per-site switches name the host); '' for unparseable input. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
