/**
 * The items of browser sync as `storage.sync` holds them: `h0`, `h1`, … hold records and `hm` is
 * the manifest `{ v, k: [[key, hash], …], n, t }` (browser-sync-encoding.ts describes the format).
 * Shared by the encoder, the decoder and the background's writer.
 */
import * as v from 'valibot';
import { canonicalJson } from './merge';
import { fnv1a32 } from '@/utils/fnv1a';

/** Version 2 writes each record as one bit-packed string; version 1 items (tuples) are still read. */
export const ENCODING_VERSION = 2;
export const MANIFEST_KEY = 'hm';
export const itemKey = (index: number) => `h${index}`;
/** True for keys this encoding owns (so a diff never touches settings or other keys). */
export const isSyncItemKey = (key: string) => /^h(m|\d+)$/.test(key);

/** An item as written: encoding version, pages, devices, records. */
export interface ItemValue {
  v: number;
  /** Pages: bit-packed strings (version 2) or tuples (version 1, read only). */
  p: unknown[];
  d: string[];
  r: unknown[];
}

export const ManifestSchema = v.object({
  v: v.pipe(v.number(), v.integer()),
  k: v.array(v.tuple([v.string(), v.string()])),
  n: v.pipe(v.number(), v.integer(), v.minValue(0)),
  t: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/**
 * FNV-1a (fnv1a32) in base 36: detects an item from another write, not an attacker.
 * Over canonical JSON: Chrome gives objects back with their keys sorted, so JSON.stringify of a
 * value read back can differ from the one written.
 */
export function itemHash(value: unknown): string {
  return fnv1a32(canonicalJson(value)).toString(36);
}

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
