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
] as const;

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

/** True when the host is one of the built-in portals or a subdomain of one. */
export function isPortalHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return PORTAL_HOSTS.some((p) => h === p || h.endsWith(`.${p}`));
}
