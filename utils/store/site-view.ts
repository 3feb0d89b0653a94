/**
 * What a content script is told of the settings. The sites the reader set something for (their own
 * density, auto-marks off, the extension off) are a partial browsing history, and a content script
 * may be compromised: it is told the global settings and its own site's entries only.
 *
 * The settings mirror in storage.local (read before the first paint, open to content scripts:
 * always in Firefox) cannot name the sites either. It holds the site view of no site, plus
 * `siteBuckets`: the buckets (12 bits of a salted hash) of every site with an entry. A page whose
 * site's bucket is set waits for the background's answer (its own view) before it paints; any
 * other paints at once from the mirror. A bucket is shared by one in 4,096 of all sites, so the
 * set tells a reader of it "one of these thousands of sites", never which; a page on a site with
 * no entry waits only when its bucket happens to be set (with 100 sites: 1 page in 40).
 *
 * The salt is the library's device id: per install (another install's sites fall in other
 * buckets), not secret (content scripts read it here) and needing no store of its own.
 */
import type { Settings } from './settings';
import { fnv1a32 } from '@/utils/fnv1a';

export const SITE_BUCKET_BITS = 12;

/** The settings mirror as stored: a site view of no site, with the buckets of the sites that have entries. */
export type SettingsMirror = Settings & { salt: string; siteBuckets: number[] };

/** The bucket of a hostname (fnv1a32 of salt and host: the spread matters here, not secrecy). */
export function siteBucket(salt: string, host: string): number {
  return fnv1a32(`${salt}\n${host}`) & ((1 << SITE_BUCKET_BITS) - 1);
}

/** The settings with only `host`'s own entries ('' for none). */
export function siteView(settings: Settings, host: string): Settings {
  const own = (sites: string[]) => (host && sites.includes(host) ? [host] : []);
  return {
    ...settings,
    densitySites: host && Object.hasOwn(settings.densitySites, host) ? { [host]: settings.densitySites[host]! } : {},
    autoMarksOffSites: own(settings.autoMarksOffSites),
    disabledSites: own(settings.disabledSites),
  };
}

/** What the background writes to storage.local for content scripts' early read. */
export function mirrorOf(settings: Settings, salt: string): SettingsMirror {
  const sites = [...Object.keys(settings.densitySites), ...settings.autoMarksOffSites, ...settings.disabledSites];
  const buckets = [...new Set(sites.map((s) => siteBucket(salt, s)))].sort((a, b) => a - b);
  return { ...siteView(settings, ''), salt, siteBuckets: buckets };
}

/**
 * Whether `host` may have entries the mirror leaves out: its bucket is set, or the mirror is
 * not one this version writes (then the background is asked: it knows).
 */
export function mirrorMayName(mirror: unknown, host: string): boolean {
  if (typeof mirror !== 'object' || mirror === null) return false; // nothing stored yet: the defaults
  const { salt, siteBuckets } = mirror as Partial<SettingsMirror>;
  if (typeof salt !== 'string' || !Array.isArray(siteBuckets)) return true;
  return siteBuckets.includes(siteBucket(salt, host));
}
