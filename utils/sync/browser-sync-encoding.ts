/**
 * Compact, lossless encoding of the highlight library for `storage.sync` (about 100 KB in total,
 * 8 KB per item, 512 items), so a reader's newest highlights follow them between browsers
 * without any server.
 *
 * Lossless on purpose: a decoded record is field-for-field the record that was encoded. If the
 * encoding dropped data (say, shortened the quote context), a decoded copy with the same clock
 * as the full local record would tie in the merge and could replace it. It saves space by
 * structure and a static entropy code (no per-item adaptive compression, so item sizes add up):
 *
 *   - records are grouped by page; url, title, site and article metadata are written once per
 *     page per item; `site` is left out when it is the url's host name, the article title when
 *     it equals the page title;
 *   - a record (encoding version 2) is one string of printable ASCII letters, 13 bits per 2
 *     letters (1 byte each in Chrome's count), holding a bit-packed record: UUIDs in 128 bits,
 *     small numbers in few bits (Elias-delta), the clock's device id as an index into a per-item
 *     device table, its wall time relative to 2024, `updated` / `created` as differences from it
 *     (usually 0), color and category as indexes;
 *   - text fields (quote, context, note, tags) go through the static word model of cjk-text.ts
 *     (Huffman codes for 3,000 frequent words and every common character: about 8 bits a Chinese
 *     character instead of 13 with packText); page titles and article metadata, written once per
 *     page per item, are bit-packed the same way (urls and dates as 7-bit ASCII).
 *   - version 1 items (records as positional tuples) are still read.
 *
 * Items: `h0`, `h1`, … hold records (each self-contained: its own page and device tables) and
 * `hm` is the manifest `{ v, k: [[key, hash], …], n, t }` — encoding version, item keys with an
 * FNV-1a hash of each item's JSON, records included, records in the library. A reader that sees
 * a missing item or a hash mismatch knows it read a half-written (or damaged) state and says so;
 * the records of such an item are not returned at all: a damaged bit-packed string can decode
 * into a different valid record (a one-letter change did so 70 % of the time), and the hash is
 * what tells. Items without a manifest are not read either. The next round reads them again.
 *
 * When the library does not fit, the newest records (by clock) are kept and the rest reported
 * in `excludedIds`; also excluded: tombstones beyond the newest `maxTombstones`, and a record
 * too large for an item on its own (a quote of several thousand characters).
 *
 * Files: this one packs records into items; browser-sync-items.ts (keys, manifest, hash, diff),
 * browser-sync-pages.ts and browser-sync-records.ts (one page, one record), and
 * browser-sync-decoding.ts (reading back).
 */
import { parseHighlight, type Highlight } from '@/utils/highlights/record';
import { encodePage, type PageEntry } from './browser-sync-pages';
import { encodeDevice, encodeRecord } from './browser-sync-records';
import { ENCODING_VERSION, itemHash, itemKey, MANIFEST_KEY, type ItemValue } from './browser-sync-items';
import { isValidClock, tryParseClock } from './hlc';
import { mergeRecord } from './merge';
import { jsonValueBytes, SYNC_LIMITS, syncItemBytes } from './sync-quota';

export interface SyncEncodeOptions {
  quotaBytes?: number;
  maxItemBytes?: number;
  maxItems?: number;
  reserveBytes?: number;
  reserveItems?: number;
  maxTombstones?: number;
  /**
   * The bytes an item takes as stored, from its plain count (`syncItemBytes`): sealed items
   * (browser-sync-sealed.ts `sealedItemBytes`) take more. Must be monotone. Default: the same.
   */
  storedBytes?: (key: string, plainBytes: number) => number;
}

export interface SyncEncodeResult {
  items: Record<string, unknown>;
  /** Records written. */
  included: number;
  /** Records given. */
  total: number;
  /** Ids left out: oldest first beyond the quota, extra tombstones, oversized or invalid records. */
  excludedIds: string[];
  /** Bytes the items take, as Chrome counts them (conservatively). */
  bytes: number;
}

/** One item being filled; sizes are kept incrementally (JSON arrays are additive). */
class ItemBuilder {
  readonly value: ItemValue = { v: ENCODING_VERSION, p: [], d: [], r: [] };
  private pageIndex = new Map<string, number>();
  private deviceIndex = new Map<string, number>();
  /** The plain count (syncItemBytes). */
  private plain: number;

  constructor(
    private readonly key: string,
    private readonly stored: StoredBytes,
  ) {
    this.plain = syncItemBytes(key, this.value);
  }

  /** The bytes the item takes as stored. */
  get bytes(): number {
    return this.stored(this.key, this.plain);
  }

  /** Adds the record if the item stays within `limit` bytes; returns whether it did. */
  tryAdd(h: Highlight, pageKey: string, page: PageEntry, limit: number): boolean {
    let extra = 0;
    const newPage = !this.pageIndex.has(pageKey);
    const pageIdx = this.pageIndex.get(pageKey) ?? this.value.p.length;
    if (newPage) extra += jsonValueBytes(page) + (this.value.p.length > 0 ? 1 : 0);
    const deviceId = tryParseClock(h.clock)?.deviceId;
    const newDevice = deviceId !== undefined && !this.deviceIndex.has(deviceId);
    if (newDevice) extra += jsonValueBytes(encodeDevice(deviceId)) + (this.value.d.length > 0 ? 1 : 0);
    const tuple = encodeRecord(h, pageIdx, (d) => this.deviceIndex.get(d) ?? this.value.d.length);
    extra += jsonValueBytes(tuple) + (this.value.r.length > 0 ? 1 : 0);
    if (this.stored(this.key, this.plain + extra) > limit) return false;
    if (newPage) {
      this.pageIndex.set(pageKey, pageIdx);
      this.value.p.push(page);
    }
    if (newDevice) {
      this.deviceIndex.set(deviceId, this.value.d.length);
      this.value.d.push(encodeDevice(deviceId));
    }
    this.value.r.push(tuple);
    this.plain += extra;
    return true;
  }

  get isEmpty() {
    return this.value.r.length === 0;
  }
}

interface Prepared {
  record: Highlight;
  pageKey: string;
  page: PageEntry;
}

type StoredBytes = (key: string, plainBytes: number) => number;

interface Limits {
  stored: StoredBytes;
  itemBudget: number;
  totalBudget: number;
  itemCountBudget: number;
}

/** Packs the given records (any order) into items, or returns null if they do not fit. */
function pack(
  entries: Prepared[],
  limits: Limits,
  libraryTotal: number,
): { items: Record<string, unknown>; bytes: number } | null {
  // Stable layout so that adding a highlight rewrites few items: pages by their oldest record,
  // records within a page by creation. New pages land at the end.
  const byPage = new Map<string, Prepared[]>();
  for (const e of entries) {
    const list = byPage.get(e.pageKey);
    if (list) list.push(e);
    else byPage.set(e.pageKey, [e]);
  }
  const pageOrder = [...byPage.values()].map((list) =>
    list.sort((a, b) => a.record.created - b.record.created || cmp(a.record.id, b.record.id)),
  );
  pageOrder.sort((a, b) => a[0]!.record.created - b[0]!.record.created || cmp(a[0]!.pageKey, b[0]!.pageKey));

  const built: ItemBuilder[] = [];
  let current: ItemBuilder | null = null;
  let total = 0;
  for (const list of pageOrder) {
    for (const e of list) {
      if (current && current.tryAdd(e.record, e.pageKey, e.page, limits.itemBudget)) continue;
      if (current) total += current.bytes;
      if (built.length + 1 >= limits.itemCountBudget) return null; // +1 for the manifest
      current = new ItemBuilder(itemKey(built.length), limits.stored);
      built.push(current);
      if (!current.tryAdd(e.record, e.pageKey, e.page, limits.itemBudget)) return null;
      if (total + current.bytes > limits.totalBudget) return null;
    }
  }
  if (current) total += current.bytes;
  if (built.length + 1 > limits.itemCountBudget) return null;

  const items: Record<string, unknown> = {};
  const keys: [string, string][] = [];
  built.forEach((b, i) => {
    items[itemKey(i)] = b.value;
    keys.push([itemKey(i), itemHash(b.value)]);
  });
  const manifest = { v: ENCODING_VERSION, k: keys, n: entries.length, t: libraryTotal };
  const manifestBytes = limits.stored(MANIFEST_KEY, syncItemBytes(MANIFEST_KEY, manifest));
  // Many tiny items can make the manifest itself the item that overflows.
  if (manifestBytes > limits.itemBudget || total + manifestBytes > limits.totalBudget) return null;
  items[MANIFEST_KEY] = manifest;
  return { items, bytes: total + manifestBytes };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Encodes the newest records that fit the quota. Never exceeds any limit it is given. */
export function encodeForSync(
  records: readonly Highlight[],
  options: SyncEncodeOptions = {},
  /** Records in the whole library, for the manifest, when `records` are only the candidates. */
  libraryTotal?: number,
): SyncEncodeResult {
  const o = { ...SYNC_LIMITS, ...options };
  const limits: Limits = {
    stored: o.storedBytes ?? ((_key, plainBytes) => plainBytes),
    itemBudget: o.maxItemBytes,
    totalBudget: o.quotaBytes - o.reserveBytes,
    itemCountBudget: o.maxItems - o.reserveItems,
  };
  const excludedIds: string[] = [];

  // One version per id (the winner). Records are validated lazily, when the packer reaches
  // them, so a library far over the quota costs little more than the part that fits.
  const byId = new Map<string, Highlight>();
  for (const r of records) {
    if (typeof r?.id !== 'string' || typeof r.clock !== 'string') {
      excludedIds.push(typeof r?.id === 'string' ? r.id : '');
      continue;
    }
    const prev = byId.get(r.id);
    byId.set(r.id, prev ? mergeRecord(prev, r) : r);
  }

  // Newest first; tombstones beyond the cap are left out.
  // (Clock validity is computed once per record: compareClocks would test it per comparison.)
  const newestFirst = [...byId.values()]
    .map((r) => ({ r, valid: isValidClock(r.clock) }))
    .sort((a, b) => Number(b.valid) - Number(a.valid) || cmp(b.r.clock, a.r.clock) || cmp(a.r.id, b.r.id))
    .map(({ r }) => r);
  const candidates: Prepared[] = [];
  let tombstones = 0;
  let cursor = 0;
  // Pages repeat across records; their word-model packing is worth doing once.
  const pagesByMeta = new Map<string, string>();
  /** Prepares candidates until there are `count` of them (or the library is exhausted). */
  const ensure = (count: number) => {
    while (candidates.length < count && cursor < newestFirst.length) {
      const given = newestFirst[cursor++]!;
      const parsed = parseHighlight(given);
      if (!parsed.ok) {
        excludedIds.push(given.id);
        continue;
      }
      const record = parsed.value;
      if (record.deleted === true && ++tombstones > o.maxTombstones) {
        excludedIds.push(record.id);
        continue;
      }
      // (`article` undefined and null differ, and JSON.stringify would write both as null.)
      const meta = JSON.stringify([
        record.url,
        record.title,
        record.site,
        record.article === undefined,
        record.article,
      ]);
      let page = pagesByMeta.get(meta);
      let entry: Prepared;
      try {
        if (page === undefined) {
          page = encodePage(record);
          pagesByMeta.set(meta, page);
        }
        entry = { record, page, pageKey: JSON.stringify(page) };
        // A record that cannot fit an item even alone is left out instead of blocking older ones.
        if (!pack([entry], { ...limits, totalBudget: Infinity, itemCountBudget: Infinity }, 0)) {
          excludedIds.push(record.id);
          continue;
        }
      } catch {
        // A value the bit packing cannot hold (a time beyond 2^53 ms, from a hostile peer): left out.
        excludedIds.push(record.id);
        continue;
      }
      candidates.push(entry);
    }
    return Math.min(count, candidates.length);
  };

  const fits = (n: number) => pack(candidates.slice(0, n), limits, libraryTotal ?? byId.size);
  // Largest prefix of the newest-first list that fits: gallop up, binary search, then step down
  // in case packing is not perfectly monotone (it nearly always is).
  let lo = 0;
  let hi = ensure(32);
  while (hi > lo && fits(hi)) {
    lo = hi;
    const next = ensure(hi * 2);
    if (next === hi) break;
    hi = next;
  }
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  let n = lo;
  let result = fits(n);
  while (!result && n > 0) result = fits(--n);
  const notWritten = [...candidates.slice(n), ...newestFirst.slice(cursor)].map((r) =>
    'record' in r ? r.record.id : r.id,
  );
  if (!result) {
    // Even an empty library must fit its manifest; with absurd limits, write nothing.
    return { items: {}, included: 0, total: records.length, excludedIds: [...excludedIds, ...notWritten], bytes: 0 };
  }
  excludedIds.push(...notWritten);
  return { items: result.items, included: n, total: records.length, excludedIds, bytes: result.bytes };
}
