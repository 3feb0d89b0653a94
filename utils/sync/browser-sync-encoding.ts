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
 */
import * as v from 'valibot';
import { CATEGORIES, COLORS, parseHighlight, type ArticleMeta, type Highlight } from '@/utils/highlights/record';
import {
  asciiToBits,
  BitReader,
  bitsToAscii,
  BitWriter,
  readText,
  readWords,
  unpackText,
  writeText,
  writeWords,
} from './cjk-text';
import { isValidClock, tryParseClock } from './hlc';
import { canonicalJson, mergeRecord } from './merge';
import { jsonValueBytes, SYNC_LIMITS, syncItemBytes } from './sync-quota';

export { SYNC_LIMITS } from './sync-quota';

/** Version 2 writes each record as one bit-packed string; version 1 items (tuples) are still read. */
export const ENCODING_VERSION = 2;
export const MANIFEST_KEY = 'hm';
export const itemKey = (index: number) => `h${index}`;
/** True for keys this encoding owns (so a diff never touches settings or other keys). */
export const isSyncItemKey = (key: string) => /^h(m|\d+)$/.test(key);

export interface SyncEncodeOptions {
  quotaBytes?: number;
  maxItemBytes?: number;
  maxItems?: number;
  reserveBytes?: number;
  reserveItems?: number;
  maxTombstones?: number;
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

export interface SyncDecodeResult {
  /** Records of the items that match the manifest (and the schema). */
  records: Highlight[];
  /** Problems found; the records of the items that matched the manifest are still returned. */
  errors: string[];
  /** The manifest and every item it lists were present and matched. */
  complete: boolean;
}

// ---- small codecs ---------------------------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 36-char lowercase UUID -> 22 base64url chars (128 bits in 22 × 6 bits, 4 bits spare). */
export function packUuid(uuid: string): string {
  const hex = uuid.replace(/-/g, '');
  let bits = '';
  for (const h of hex) bits += parseInt(h, 16).toString(2).padStart(4, '0');
  bits += '0000';
  let out = '';
  for (let i = 0; i < bits.length; i += 6) out += B64[parseInt(bits.slice(i, i + 6), 2)];
  return out;
}

export function unpackUuid(packed: string): string {
  if (!/^[A-Za-z0-9_-]{22}$/.test(packed)) throw new Error(`not a packed uuid: ${packed}`);
  let bits = '';
  for (const c of packed) bits += B64.indexOf(c).toString(2).padStart(6, '0');
  let hex = '';
  for (let i = 0; i < 128; i += 4) hex += parseInt(bits.slice(i, i + 4), 2).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function decodeInt(x: unknown, what: string): number {
  if (typeof x === 'number' && Number.isSafeInteger(x)) return x;
  if (typeof x === 'string' && /^-?[0-9a-z]{1,11}$/.test(x)) {
    const n = x.startsWith('-') ? -parseInt(x.slice(1), 36) : parseInt(x, 36);
    if (Number.isSafeInteger(n)) return n;
  }
  throw new Error(`${what}: not an integer`);
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/**
 * FNV-1a over UTF-16 code units, base 36: detects an item from another write, not an attacker.
 * Over canonical JSON: Chrome gives objects back with their keys sorted, so JSON.stringify of a
 * value read back can differ from the one written.
 */
export function itemHash(value: unknown): string {
  const s = canonicalJson(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

// ---- pages ----------------------------------------------------------------------------------

/** A page: a bit-packed string (version 2) or a tuple (version 1, read only). */
type PageEntry = unknown;
type Page = Pick<Highlight, 'url' | 'title' | 'site' | 'article'>;
const ARTICLE_KEYS = [
  ['published', 'p'],
  ['source', 's'],
  ['editor', 'e'],
  ['author', 'a'],
  ['keywords', 'k'],
  ['channel', 'c'],
  ['language', 'l'],
  ['issuer', 'i'],
  ['docNumber', 'n'],
] as const;

/**
 * Version 2 page: url, title, site (unless the url's host name), then the article metadata
 * (absent / null / fields, each absent / null / text / list), texts through writeText.
 */
function encodePage(h: Highlight): string {
  const w = new BitWriter();
  writeText(w, h.url);
  writeText(w, h.title);
  if (h.site === hostOf(h.url)) w.write(0, 1);
  else {
    w.write(1, 1);
    writeText(w, h.site);
  }
  const article = h.article;
  w.writeUint(article === undefined ? 0 : article === null ? 1 : 2);
  if (article) {
    if (article.title === h.title) w.write(0, 1);
    else {
      w.write(1, 1);
      writeText(w, article.title);
    }
    for (const [key] of ARTICLE_KEYS) {
      const value = article[key];
      if (value === undefined) w.writeUint(0);
      else if (value === null) w.writeUint(1);
      else if (typeof value === 'string') {
        w.writeUint(2);
        writeText(w, value);
      } else {
        w.writeUint(3);
        w.writeUint(value.length);
        for (const x of value) writeText(w, x);
      }
    }
  }
  return bitsToAscii(w.bits);
}

function decodePageV2(entry: unknown): Page {
  if (typeof entry !== 'string') throw new Error('bad page entry');
  const r = new BitReader(asciiToBits(entry));
  const url = readText(r);
  const title = readText(r);
  const site = r.bit() === 0 ? hostOf(url) : readText(r);
  if (site === null) throw new Error('bad page site');
  const page: Page = { url, title, site };
  const articleCode = r.readUint();
  if (articleCode === 1) page.article = null;
  else if (articleCode === 2) {
    const article: Record<string, unknown> = { title: r.bit() === 0 ? title : readText(r) };
    for (const [key] of ARTICLE_KEYS) {
      const tag = r.readUint();
      if (tag === 1) article[key] = null;
      else if (tag === 2) article[key] = readText(r);
      else if (tag === 3) {
        const count = r.readUint();
        if (count > entry.length) throw new Error('bad page list');
        article[key] = Array.from({ length: count }, () => readText(r));
      } else if (tag !== 0) throw new Error('bad page field');
    }
    page.article = article as ArticleMeta; // validated with the whole record by parseHighlight
  } else if (articleCode !== 0) throw new Error('bad page article');
  return page;
}

function unpackTextValue(value: unknown): unknown {
  if (typeof value === 'string') return unpackText(value);
  if (Array.isArray(value)) return (value as unknown[]).map((x) => (typeof x === 'string' ? unpackText(x) : x));
  return value;
}

/** Version 1 page tuple. */
function decodePageV1(entry: unknown): Page {
  if (!Array.isArray(entry)) throw new Error('bad page entry');
  const p = entry as unknown[];
  const [url, packedTitle] = p;
  if (typeof url !== 'string' || typeof packedTitle !== 'string') throw new Error('bad page entry');
  const title = unpackText(packedTitle);
  const siteCode = p.length > 2 ? p[2] : 0;
  const site = siteCode === 0 ? hostOf(url) : typeof siteCode === 'string' ? unpackText(siteCode) : null;
  if (typeof site !== 'string') throw new Error('bad page site');
  const out: Page = { url, title, site };
  if (p.length > 3) {
    const a = p[3];
    if (a === null) out.article = null;
    else if (typeof a === 'object' && !Array.isArray(a)) {
      const src = a as Record<string, unknown>;
      const article: Record<string, unknown> = { title: Object.hasOwn(src, 't') ? unpackTextValue(src.t) : title };
      for (const [long, short] of ARTICLE_KEYS)
        if (Object.hasOwn(src, short)) article[long] = unpackTextValue(src[short]);
      out.article = article as ArticleMeta; // validated with the whole record by parseHighlight
    } else throw new Error('bad page article');
  }
  return out;
}

// ---- records --------------------------------------------------------------------------------

const FLAG_DELETED_FALSE = 1;
const FLAG_DELETED_TRUE = 2;
const FLAG_UUID_ID = 4;
const FLAG_RAW_CLOCK = 8;

/**
 * Record tuple slots, most often non-default first so trailing defaults can be dropped:
 * 0 page index, 1 id, 2 exact, 3 prefix, 4 suffix, 5 start, 6 length (end - start),
 * 7 clock wall time in base 36 (or the raw clock if it is not a valid HLC), 8 flags,
 * 9 device index, 10 counter, 11 color index, 12 note, 13 tags, 14 updated - wall,
 * 15 updated - created, 16 category (0 null, 1 absent, 2 + index).
 */
const RECORD_DEFAULTS: unknown[] = [
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  0,
  0,
  0,
  0,
  '',
  [],
  0,
  0,
  0,
];

/** The record's bits after its page and device index, per record: packing tries it many times. */
const recordBodies = new WeakMap<
  Highlight,
  { body: BitWriter; deviceId: string | null; packed: Map<string, string> }
>();

/**
 * One record as one string of alphabet letters (13 bits per 2 letters): page index, device
 * index, flags, id (128 bits for a UUID), clock wall time since CLOCK_EPOCH and counter,
 * updated - wall, updated - created, start, length, color, category, then quote exact, prefix,
 * suffix, note and tags through the word model of cjk-text.ts (about 8 bits a Chinese character).
 */
function encodeRecord(h: Highlight, pageIndex: number, deviceIndex: (deviceId: string) => number): string {
  let cached = recordBodies.get(h);
  if (!cached) {
    cached = { ...encodeRecordBody(h), packed: new Map() };
    recordBodies.set(h, cached);
  }
  const device = cached.deviceId === null ? 0 : deviceIndex(cached.deviceId);
  // The packer tries a record at the same indexes again and again while it searches.
  const key = `${pageIndex},${device}`;
  let packed = cached.packed.get(key);
  if (packed === undefined) {
    const w = new BitWriter();
    w.writeUint(pageIndex);
    w.writeUint(device);
    w.append(cached.body);
    packed = bitsToAscii(w.bits);
    cached.packed.set(key, packed);
  }
  return packed;
}

/** 2024-01-01T00:00:00Z: clock wall times are written as (signed) differences from it. */
const CLOCK_EPOCH = 1_704_067_200_000;

function encodeRecordBody(h: Highlight): { body: BitWriter; deviceId: string | null } {
  const clock = tryParseClock(h.clock);
  let flags = 0;
  if (h.deleted === false) flags |= FLAG_DELETED_FALSE;
  if (h.deleted === true) flags |= FLAG_DELETED_TRUE;
  const uuid = UUID.test(h.id);
  if (uuid) flags |= FLAG_UUID_ID;
  if (!clock) flags |= FLAG_RAW_CLOCK;
  const w = new BitWriter();
  w.write(flags, 4);
  if (uuid) for (const hex of h.id.replace(/-/g, '')) w.write(parseInt(hex, 16), 4);
  else writeWords(w, h.id);
  const base = clock ? clock.wallMs : 0;
  if (clock) {
    w.writeInt(clock.wallMs - CLOCK_EPOCH);
    w.writeUint(clock.counter);
  } else writeWords(w, h.clock);
  w.writeInt(h.updated - base);
  w.writeInt(h.updated - h.created);
  w.writeInt(h.position.start);
  w.writeInt(h.position.end - h.position.start);
  w.writeUint(COLORS.indexOf(h.color));
  w.writeUint(h.category === null ? 0 : h.category === undefined ? 1 : 2 + CATEGORIES.indexOf(h.category));
  writeWords(w, h.quote.exact);
  writeWords(w, h.quote.prefix);
  writeWords(w, h.quote.suffix);
  writeWords(w, h.note);
  w.writeUint(h.tags.length);
  for (const tag of h.tags) writeWords(w, tag);
  return { body: w, deviceId: clock ? clock.deviceId : null };
}

function decodeRecordV2(packed: unknown, pages: Page[], devices: string[]): unknown {
  if (typeof packed !== 'string') throw new Error('bad record');
  const r = new BitReader(asciiToBits(packed));
  const page = pages[r.readUint()];
  if (!page) throw new Error('page index out of range');
  const deviceIndex = r.readUint();
  const flags = r.read(4);
  let id: string;
  if (flags & FLAG_UUID_ID) {
    let hex = '';
    for (let i = 0; i < 32; i++) hex += r.read(4).toString(16);
    id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  } else id = readWords(r);
  let clock: string;
  let base = 0;
  if (flags & FLAG_RAW_CLOCK) clock = readWords(r);
  else {
    base = CLOCK_EPOCH + r.readInt();
    const counter = r.readUint();
    const device = devices[deviceIndex];
    if (device === undefined) throw new Error('device index out of range');
    if (base < 0) throw new Error('bad clock');
    clock = `${String(base).padStart(15, '0')}:${String(counter).padStart(6, '0')}:${device}`;
  }
  const updated = base + r.readInt();
  const created = updated - r.readInt();
  const start = r.readInt();
  const end = start + r.readInt();
  const colorIndex = r.readUint();
  const categoryCode = r.readUint();
  const quote = { exact: readWords(r), prefix: readWords(r), suffix: readWords(r) };
  const note = readWords(r);
  const tagCount = r.readUint();
  if (tagCount > packed.length) throw new Error('bad tag count');
  const tags: string[] = [];
  for (let i = 0; i < tagCount; i++) tags.push(readWords(r));
  const record: Record<string, unknown> = {
    id,
    ...page,
    quote,
    position: { start, end },
    color: COLORS[colorIndex] ?? `#${colorIndex}`,
    note,
    tags,
    created,
    updated,
    clock,
  };
  if (categoryCode === 0) record.category = null;
  else if (categoryCode >= 2) record.category = CATEGORIES[categoryCode - 2] ?? `#${categoryCode}`;
  if (flags & FLAG_DELETED_TRUE) record.deleted = true;
  else if (flags & FLAG_DELETED_FALSE) record.deleted = false;
  return record;
}

/** Version 1 records: positional tuples (read only, for items written by older versions). */
function decodeRecordV1(tuple: unknown, pages: Page[], devices: string[]): unknown {
  if (!Array.isArray(tuple) || tuple.length < 8) throw new Error('bad record tuple');
  const t = tuple as unknown[];
  const slot = (i: number) => (i < t.length ? t[i] : RECORD_DEFAULTS[i]);
  const page = pages[decodeInt(slot(0), 'page index')];
  if (!page) throw new Error('page index out of range');
  const flags = decodeInt(slot(8), 'flags');
  const rawId = slot(1);
  if (typeof rawId !== 'string') throw new Error('bad id');
  const id = flags & FLAG_UUID_ID ? unpackUuid(rawId) : rawId;
  let clock: string;
  let base: number;
  if (flags & FLAG_RAW_CLOCK) {
    if (typeof slot(7) !== 'string') throw new Error('bad clock');
    clock = slot(7) as string;
    base = 0;
  } else {
    base = decodeInt(slot(7), 'clock wall');
    const device = devices[decodeInt(slot(9), 'device index')];
    if (device === undefined) throw new Error('device index out of range');
    const counter = decodeInt(slot(10), 'clock counter');
    clock = `${String(base).padStart(15, '0')}:${String(counter).padStart(6, '0')}:${device}`;
  }
  const start = decodeInt(slot(5), 'start');
  const updated = base + decodeInt(slot(14), 'updated');
  const colorIndex = decodeInt(slot(11), 'color');
  const categoryCode = decodeInt(slot(16), 'category');
  const record: Record<string, unknown> = {
    id,
    ...page,
    quote: { exact: unpackTextValue(slot(2)), prefix: unpackTextValue(slot(3)), suffix: unpackTextValue(slot(4)) },
    position: { start, end: start + decodeInt(slot(6), 'length') },
    color: COLORS[colorIndex] ?? `#${colorIndex}`,
    note: unpackTextValue(slot(12)),
    tags: unpackTextValue(slot(13)),
    created: updated - decodeInt(slot(15), 'created'),
    updated,
    clock,
  };
  if (categoryCode === 0) record.category = null;
  else if (categoryCode >= 2) record.category = CATEGORIES[categoryCode - 2] ?? `#${categoryCode}`;
  if (flags & FLAG_DELETED_TRUE) record.deleted = true;
  else if (flags & FLAG_DELETED_FALSE) record.deleted = false;
  return record;
}

const encodeDevice = (id: string) => (UUID.test(id) ? `~${packUuid(id)}` : id);
const decodeDevice = (d: unknown) => {
  if (typeof d !== 'string') throw new Error('bad device entry');
  return d.startsWith('~') ? unpackUuid(d.slice(1)) : d;
};

// ---- packing --------------------------------------------------------------------------------

interface ItemValue {
  v: number;
  p: PageEntry[];
  d: string[];
  r: unknown[];
}

/** One item being filled; sizes are kept incrementally (JSON arrays are additive). */
class ItemBuilder {
  readonly value: ItemValue = { v: ENCODING_VERSION, p: [], d: [], r: [] };
  private pageIndex = new Map<string, number>();
  private deviceIndex = new Map<string, number>();
  bytes: number;

  constructor(key: string) {
    this.bytes = syncItemBytes(key, this.value);
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
    if (this.bytes + extra > limit) return false;
    if (newPage) {
      this.pageIndex.set(pageKey, pageIdx);
      this.value.p.push(page);
    }
    if (newDevice) {
      this.deviceIndex.set(deviceId, this.value.d.length);
      this.value.d.push(encodeDevice(deviceId));
    }
    this.value.r.push(tuple);
    this.bytes += extra;
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

interface Limits {
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
      current = new ItemBuilder(itemKey(built.length));
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
  const manifestBytes = syncItemBytes(MANIFEST_KEY, manifest);
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

// ---- decoding -------------------------------------------------------------------------------

const ManifestSchema = v.object({
  v: v.pipe(v.number(), v.integer()),
  k: v.array(v.tuple([v.string(), v.string()])),
  n: v.pipe(v.number(), v.integer(), v.minValue(0)),
  t: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/**
 * Reads records back. Never throws, whatever the items hold: problems are listed in `errors`,
 * and only records of items whose hash matches the manifest are returned.
 */
export function decodeFromSync(items: Readonly<Record<string, unknown>>): SyncDecodeResult {
  try {
    return decodeVerified(items);
  } catch (e) {
    // Not expected (every step below reports instead of throwing); the promise still holds.
    return { records: [], errors: [`synced data could not be read: ${(e as Error)?.message ?? e}`], complete: false };
  }
}

function decodeVerified(items: Readonly<Record<string, unknown>>): SyncDecodeResult {
  const errors: string[] = [];
  const byId = new Map<string, Highlight>();
  let decodedCount = 0;
  const own = (key: string) => (Object.hasOwn(items, key) ? items[key] : undefined);

  const manifestRaw = own(MANIFEST_KEY);
  if (manifestRaw === undefined) {
    const unverified = Object.keys(items).filter((k) => k !== MANIFEST_KEY && isSyncItemKey(k));
    if (unverified.length > 0)
      errors.push(`manifest ${MANIFEST_KEY} is missing: ${unverified.length} items not read (cannot be checked)`);
    return { records: [], errors, complete: false };
  }
  const m = v.safeParse(ManifestSchema, manifestRaw);
  if (!m.success) return { records: [], errors: [`manifest ${MANIFEST_KEY} is not valid`], complete: false };
  if (m.output.v > ENCODING_VERSION) {
    return {
      records: [],
      errors: [
        `synced data uses encoding version ${m.output.v}; this version reads up to ${ENCODING_VERSION}: update the extension`,
      ],
      complete: false,
    };
  }
  const keys = m.output.k.map(([key, hash]) => ({ key, hash }));

  for (const { key, hash } of keys) {
    const value = isSyncItemKey(key) ? own(key) : undefined;
    if (value === undefined) {
      errors.push(`item ${key} is missing (read during a write, or not synced yet)`);
      continue;
    }
    if (itemHash(value) !== hash) {
      errors.push(`item ${key} does not match the manifest (read during a write, or damaged): not read`);
      continue;
    }
    decodedCount += decodeItem(key, value, byId, errors);
  }
  if (errors.length === 0) {
    const n = m.output.n;
    if (decodedCount !== n) errors.push(`manifest lists ${n} records, found ${decodedCount}`);
  }
  return { records: [...byId.values()], errors, complete: errors.length === 0 };
}

function decodeItem(key: string, value: unknown, byId: Map<string, Highlight>, errors: string[]): number {
  if (typeof value !== 'object' || value === null) {
    errors.push(`item ${key} is not an object`);
    return 0;
  }
  const item = value as Partial<ItemValue>;
  if (
    (item.v !== 1 && item.v !== ENCODING_VERSION) ||
    !Array.isArray(item.p) ||
    !Array.isArray(item.d) ||
    !Array.isArray(item.r)
  ) {
    errors.push(`item ${key} has an unknown shape or version`);
    return 0;
  }
  let pages: Page[];
  let devices: string[];
  try {
    pages = item.p.map(item.v === 1 ? decodePageV1 : decodePageV2);
    devices = item.d.map(decodeDevice);
  } catch (e) {
    errors.push(`item ${key}: ${(e as Error).message}`);
    return 0;
  }
  let count = 0;
  item.r.forEach((tuple, i) => {
    try {
      const decode = item.v === 1 ? decodeRecordV1 : decodeRecordV2;
      const parsed = parseHighlight(decode(tuple, pages, devices));
      if (!parsed.ok) throw new Error(parsed.error);
      const prev = byId.get(parsed.value.id);
      byId.set(parsed.value.id, prev ? mergeRecord(prev, parsed.value) : parsed.value);
      count++;
    } catch (e) {
      errors.push(`item ${key} record ${i}: ${(e as Error).message}`);
    }
  });
  return count;
}

// ---- writing --------------------------------------------------------------------------------

/**
 * What to write to go from `oldItems` (as read from storage.sync) to `newItems`: only changed
 * items are set, and only our own stale keys removed (settings and others are left alone),
 * to stay under the write-rate limits (120 per minute, 1,800 per hour).
 */
export function diffSyncItems(
  oldItems: Readonly<Record<string, unknown>>,
  newItems: Readonly<Record<string, unknown>>,
): { set: Record<string, unknown>; remove: string[] } {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(newItems)) {
    if (!Object.hasOwn(oldItems, key) || canonicalJson(oldItems[key]) !== canonicalJson(value)) set[key] = value;
  }
  const remove = Object.keys(oldItems).filter((k) => isSyncItemKey(k) && !Object.hasOwn(newItems, k));
  return { set, remove };
}
