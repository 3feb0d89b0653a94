/**
 * The gate every record from outside passes before it is merged into the library: an import
 * file, a browser-sync peer, a sync server. The record schema (utils/highlights/record.ts) has
 * already checked its shape; this checks what a schema cannot, because it depends on the local
 * wall clock:
 *
 * - the clock is a well-formed hybrid logical clock (a malformed one cannot be ordered by time,
 *   and is refused rather than merged at the bottom of the order);
 * - the clock, `created` and `updated` are at most MAX_CLOCK_SKEW_MS (one day, see hlc.ts)
 *   ahead of the local wall clock.
 *
 * - a record's `site` names the site of its address (`isSiteOf`): one that names another site
 *   is admitted with its site set from its address (`siteOf`), and its id listed in `corrected`
 *   for the import report or the sync status. Not refused: nothing of the record is lost for a
 *   wrong label, and every replica sets the same site, so they agree.
 *
 * Refuse, not clamp: a clamped record would be a version no other replica has, so replicas
 * would disagree about it forever. A refused record is not lost: sync reads it again on later
 * rounds (and applies it once the local clock is within the bound), an import lists it with its
 * reason. Because every admitted clock is within the bound, the device clock can adopt it
 * (hlc.ts `receive`), so an edit made here afterwards always orders after it.
 */
import type { Highlight } from '@/utils/highlights/record';
import { isSiteOf, siteOf } from '@/utils/highlights/url';
import { clockLead, MAX_CLOCK_SKEW_MS } from './hlc';

export interface Refusal {
  id: string;
  /** 'ahead': valid but too far in the future, worth reading again later; 'invalid': never. */
  kind: 'ahead' | 'invalid';
  reason: string;
}

export interface AdmitOptions {
  /** Local wall clock (ms). */
  now: number;
  maxSkewMs?: number;
  /** Records with `file:` page addresses: true for sync between one reader's devices, false for imports. */
  allowFileUrls?: boolean;
}

const hours = (ms: number) => `${Math.round(ms / 3_600_000).toLocaleString('en')} h`;

/** What the gate reads of a record (a highlight or a follow, utils/follows/record.ts). */
export type Admissible = Pick<Highlight, 'id' | 'url' | 'clock' | 'created' | 'updated'>;

/** Why a record from outside may not be merged now, or null when it may. */
export function refusalOf(record: Admissible, options: AdmitOptions): Refusal | null {
  const maxSkew = options.maxSkewMs ?? MAX_CLOCK_SKEW_MS;
  const refuse = (kind: Refusal['kind'], reason: string): Refusal => ({ id: record.id, kind, reason });
  if (options.allowFileUrls === false && /^file:/i.test(record.url))
    return refuse('invalid', 'file: page addresses cannot be imported');
  const lead = clockLead(record.clock, options.now);
  if (lead === null) return refuse('invalid', 'clock is not a valid clock'); // not quoted: the words are the sender's
  if (lead > maxSkew) return refuse('ahead', `clock is ${hours(lead)} ahead of this device's clock`);
  for (const field of ['created', 'updated'] as const) {
    const ahead = record[field] - options.now;
    if (ahead > maxSkew) return refuse('ahead', `${field} is ${hours(ahead)} ahead of this device's clock`);
  }
  return null;
}

/**
 * Splits records from outside into those that may be merged now and those refused (with why);
 * `corrected`: the ids of admitted records whose site was set from their address.
 */
export function admitRecords<T extends Admissible = Highlight>(
  records: readonly T[],
  options: AdmitOptions,
): { admitted: T[]; refused: Refusal[]; corrected: string[] } {
  const admitted: T[] = [];
  const refused: Refusal[] = [];
  const corrected: string[] = [];
  for (const r of records) {
    const refusal = refusalOf(r, options);
    if (refusal) refused.push(refusal);
    else admitted.push(withOwnSite(r, corrected));
  }
  return { admitted, refused, corrected };
}

/** The record with the site of its address when it names another (a highlight's or a follow's `site`). */
function withOwnSite<T extends Admissible>(record: T, corrected: string[]): T {
  const site = (record as { site?: unknown }).site;
  if (typeof site !== 'string' || isSiteOf(site, record.url)) return record;
  corrected.push(record.id);
  return { ...record, site: siteOf(record.url) };
}
