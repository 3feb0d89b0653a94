/**
 * How fast one site's content scripts may change the library. A reader saves, edits and deletes
 * a passage at a time, by hand; a compromised content script could otherwise save one record
 * after another as fast as the writer takes them (up to ~150,000 characters each: the record
 * limits), filling the library, the disk under it, the browser-sync quota and the sync
 * server. No browser API (the router's clock, a storage area it is given): tested in Node.
 *
 * A token bucket per site — the registrable domain of the tab's address, the reach of a page's
 * canonical link (sender.ts `isOwnPage`), so tabs of one site share it. Every change costs a
 * unit and a unit more per `unitChars` of its request, so big records run it down faster than
 * small ones. Full, it holds `burst` units and takes back one every `refillMs`: a flurry of
 * highlights by hand is always taken, a flood stops after the burst and then goes on at a few
 * small records a minute (a few big ones an hour).
 */
import type { Request } from '@/utils/messages';
import { registrableDomain } from '@/utils/highlights/url';
import type { KeyValueArea } from '@/utils/store/area';

export const WRITE_BUDGET = { burst: 120, refillMs: 5_000, unitChars: 8_192 } as const;

/** The requests a content script may send that change what is stored. */
export const CONTENT_WRITES: ReadonlySet<Request['type']> = new Set<Request['type']>([
  'highlights/save',
  'highlights/update',
  'highlights/delete',
  'highlights/undelete',
  'follows/follow',
  'follows/unfollow',
  'settings/update',
  'settings/site-density',
]);

/** Buckets kept at most; full ones are dropped first (a full bucket is the same as none). */
const MAX_SITES = 1_000;

/** The budget's key for a tab's address: its site as canonical links reckon it. */
export function budgetSite(tabUrl: string | null): string {
  if (!tabUrl) return '';
  try {
    return registrableDomain(new URL(tabUrl).hostname);
  } catch {
    return '';
  }
}

/** What a request costs: a unit, and one more per `unitChars` of it. */
export function writeCost(request: Request, limits = WRITE_BUDGET): number {
  return 1 + Math.floor(JSON.stringify(request).length / limits.unitChars);
}

/**
 * Where the budget outlives a worker restart (storage.session: closed to content scripts). Not a
 * browser restart, on purpose: that gives a site back at most its burst, ten minutes of refill,
 * and no content script can cause one (docs/security.md).
 */
const KEY = 'writeBudget';
type Bucket = { units: number; at: number };

/**
 * The budget of every site, kept in `area` when given: a worker stopped (Chrome stops an idle
 * one after 30 s) starts again where it was, not full.
 */
export function createSiteWriteBudget(now: () => number, area?: KeyValueArea, limits = WRITE_BUDGET) {
  const buckets = new Map<string, Bucket>();
  let loaded: Promise<void> | null = null;
  const load = () =>
    (loaded ??= area
      ? area
          .get(KEY)
          .then((stored) => {
            const saved = stored[KEY];
            if (!saved || typeof saved !== 'object') return;
            for (const [site, b] of Object.entries(saved as Record<string, Partial<Bucket>>))
              if (Number.isFinite(b?.units) && Number.isFinite(b?.at) && !buckets.has(site))
                buckets.set(site, { units: b.units!, at: b.at! });
          })
          .catch(() => undefined)
      : Promise.resolve());
  const level = (b: Bucket, t: number) => Math.min(limits.burst, b.units + Math.max(0, t - b.at) / limits.refillMs);
  return {
    /** Takes `cost` units of the site's budget; false (nothing taken) when it has not that many. */
    async take(site: string, cost: number): Promise<boolean> {
      await load();
      const t = now();
      const bucket = buckets.get(site);
      const units = bucket ? level(bucket, t) : limits.burst;
      if (units < cost) return false;
      if (!bucket && buckets.size >= MAX_SITES)
        for (const [key, b] of buckets) if (level(b, t) >= limits.burst) buckets.delete(key);
      buckets.set(site, { units: units - cost, at: t });
      void area?.set({ [KEY]: Object.fromEntries(buckets) }).catch(() => undefined);
      return true;
    },
  };
}
