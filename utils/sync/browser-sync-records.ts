/**
 * One browser-sync record, encoded: version 2 as one bit-packed string of printable letters,
 * version 1 (positional tuples) still read; and the per-item device table's entries.
 */
import { CATEGORIES, COLORS, type Highlight } from '@/utils/highlights/record';
import { asciiToBits, BitReader, bitsToAscii, BitWriter } from './bit-stream';
import { readWords, writeWords } from './cjk-text';
import { tryParseClock } from './hlc';
import { packUuid, unpackTextValue, unpackUuid, UUID, type Page } from './browser-sync-pages';

function decodeInt(x: unknown, what: string): number {
  if (typeof x === 'number' && Number.isSafeInteger(x)) return x;
  if (typeof x === 'string' && /^-?[0-9a-z]{1,11}$/.test(x)) {
    const n = x.startsWith('-') ? -parseInt(x.slice(1), 36) : parseInt(x, 36);
    if (Number.isSafeInteger(n)) return n;
  }
  throw new Error(`${what}: not an integer`);
}

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
export function encodeRecord(h: Highlight, pageIndex: number, deviceIndex: (deviceId: string) => number): string {
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

export function decodeRecordV2(packed: unknown, pages: Page[], devices: string[]): unknown {
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
  return withOptionalFields(record, categoryCode, flags);
}

/** Version 1 records: positional tuples (read only, for items written by older versions). */
export function decodeRecordV1(tuple: unknown, pages: Page[], devices: string[]): unknown {
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
  return withOptionalFields(record, categoryCode, flags);
}

/** Category (0 null, 1 absent, 2 + index) and `deleted` (absent unless a flag says), in both versions. */
function withOptionalFields(record: Record<string, unknown>, categoryCode: number, flags: number) {
  if (categoryCode === 0) record.category = null;
  else if (categoryCode >= 2) record.category = CATEGORIES[categoryCode - 2] ?? `#${categoryCode}`;
  if (flags & FLAG_DELETED_TRUE) record.deleted = true;
  else if (flags & FLAG_DELETED_FALSE) record.deleted = false;
  return record;
}

export const encodeDevice = (id: string) => (UUID.test(id) ? `~${packUuid(id)}` : id);
export const decodeDevice = (d: unknown) => {
  if (typeof d !== 'string') throw new Error('bad device entry');
  return d.startsWith('~') ? unpackUuid(d.slice(1)) : d;
};
