/**
 * Reading browser-sync items back (the format: browser-sync-encoding.ts). Only the records of
 * items whose hash matches the manifest are returned; everything else is reported, never thrown.
 */
import * as v from 'valibot';
import { parseHighlight, type Highlight } from '@/utils/highlights/record';
import { decodePageV1, decodePageV2, type Page } from './browser-sync-pages';
import { decodeDevice, decodeRecordV1, decodeRecordV2 } from './browser-sync-records';
import {
  ENCODING_VERSION,
  isSyncItemKey,
  itemHash,
  MANIFEST_KEY,
  ManifestSchema,
  type ItemValue,
} from './browser-sync-items';
import { mergeRecord } from './merge';

export interface SyncDecodeResult {
  /** Records of the items that match the manifest (and the schema). */
  records: Highlight[];
  /** Problems found; the records of the items that matched the manifest are still returned. */
  errors: string[];
  /** The manifest and every item it lists were present and matched. */
  complete: boolean;
}

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
  // Named in our words only: a key not of our shape is the writer's, and could be a sentence.
  const named = (key: string) => (isSyncItemKey(key) ? `item ${key}` : 'an item not of this extension');

  for (const { key, hash } of keys) {
    const value = isSyncItemKey(key) ? own(key) : undefined;
    if (value === undefined) {
      errors.push(`${named(key)} is missing (read during a write, or not synced yet)`);
      continue;
    }
    if (itemHash(value) !== hash) {
      errors.push(`${named(key)} does not match the manifest (read during a write, or damaged): not read`);
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
