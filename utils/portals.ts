/**
 * The news portals the content script runs on without being asked. Any other site is reached
 * only through the toolbar button (activeTab) or the optional "every site" permission.
 * Pure data: read by wxt.config.ts (manifest) and by the content script declaration.
 */
export const PORTAL_HOSTS = [
  'people.com.cn',
  'news.cn',
  'xinhuanet.com',
  'gov.cn',
  'qstheory.cn',
  'chinanews.com',
  'chinanews.com.cn',
  'cctv.com',
  '81.cn',
  'gmw.cn',
  'whitehouse.gov',
  'gov.uk',
  'cnr.cn',
  'ce.cn',
  'chinadaily.com.cn',
  'china.com.cn',
  'youth.cn',
  'cyol.com',
  'cri.cn',
  'thepaper.cn',
  'xuexi.cn',
  'dzwww.com',
] as const;

/**
 * Portals that are single-page apps: an article arrives by a navigation inside the page, any
 * time after load. There the content script also notices address changes where the browser
 * gives no event for them (no Navigation API), by comparing the address once a second.
 */
export const SPA_PORTAL_HOSTS = ['xuexi.cn'] as const;

/**
 * Match patterns for each portal and all its subdomains (provincial *.gov.cn sites included):
 * in a match pattern `*.host` covers the bare host too.
 */
export const PORTAL_MATCHES: string[] = PORTAL_HOSTS.map((host) => `*://*.${host}/*`);

/** The optional permission behind "run on every site" (the options page asks for it). */
export const EVERY_SITE = { origins: ['<all_urls>'] };

/**
 * The content script as WXT builds it from entrypoints/content (the same path in both browsers'
 * builds): injected by the toolbar button and registered for every site when that is allowed.
 */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
/** Its document_start companion (entrypoints/release-watch.ts), declared in wxt.config.ts and registered beside it for every site. */
export const RELEASE_WATCH_FILE = '/release-watch.js';

const onHost = (hosts: readonly string[], hostname: string) => {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return hosts.some((p) => h === p || h.endsWith(`.${p}`));
};

/** True when the host is one of the built-in portals or a subdomain of one. */
export function isPortalHost(hostname: string): boolean {
  return onHost(PORTAL_HOSTS, hostname);
}

/** True on a single-page-app portal (SPA_PORTAL_HOSTS) or a subdomain of one. */
export function isSpaPortalHost(hostname: string): boolean {
  return onHost(SPA_PORTAL_HOSTS, hostname);
}
