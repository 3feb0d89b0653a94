/**
 * Migration 2: the library moves from storage.local (schema 1) into IndexedDB.
 *
 * Order, so that a worker stopped at any moment loses nothing and the next start resumes:
 *  1. settings and sync state are copied (a copy already there is kept: it may be newer);
 *  2. records are copied a batch at a time, each batch in one IndexedDB transaction; only after
 *     the transaction committed are that batch's storage.local keys removed. A stop between
 *     the two leaves keys that the next run copies again: a record already in IndexedDB with
 *     the same or a newer clock is left as it is, so copying twice changes nothing;
 *  3. invalid records (and schema 1's `bad:` entries) go to the quarantine store, keyed by
 *     their storage.local key (so copying twice does not duplicate them). So do records the gate
 *     for outside records refuses (utils/sync/admit.ts: a malformed clock, a clock or time over a
 *     day ahead): an older version took them in from imports and sync unchecked, and such a
 *     clock would beat every later edit of the record on every device;
 *  4. last, the sync state leaves storage.local and `meta` there says schema 2.
 * The runner (schema.ts) records version 2 in IndexedDB only after all of it.
 */
import { parseHighlight, type Highlight } from '@/utils/highlights/record';
import { compareVersions } from '@/utils/sync/merge';
import { refusalOf } from '@/utils/sync/admit';
import { RECORD_STORES, type QuarantineEntry, type StoreMeta } from './db';
import { abortQuietly, readMeta, writeRecords, type WriteTx } from './commit';
import { readRows } from './read-rows';
import { LEGACY_KEYS, SCHEMA_VERSION, type MigrationContext } from './schema';

const DEFAULT_BATCH = 500;

export async function moveLocalToIndexedDb(ctx: MigrationContext, meta: StoreMeta): Promise<void> {
  const { legacy, db } = ctx;
  const all = await legacy.get(null);
  const keys = Object.keys(all);

  // 1. Settings (copied as stored: the library validates them when it loads) and sync state.
  const small = db.transaction(['kv', 'secrets'], 'readwrite');
  const kv = small.objectStore('kv');
  const secrets = small.objectStore('secrets');
  if (LEGACY_KEYS.settings in all && (await kv.get('settings')) === undefined)
    await kv.put(all[LEGACY_KEYS.settings] as never, 'settings');
  for (const key of keys.filter((k) => k.startsWith(LEGACY_KEYS.syncPrefix)))
    if ((await secrets.get(key)) === undefined) await secrets.put(all[key], key);
  await small.done;

  // 2–3. Records, a batch at a time.
  const recordKeys = keys.filter(
    (k) => k.startsWith(LEGACY_KEYS.highlightPrefix) || k.startsWith(LEGACY_KEYS.quarantinePrefix),
  );
  const size = ctx.batchSize ?? DEFAULT_BATCH;
  for (let i = 0; i < recordKeys.length; i += size) {
    const batch = recordKeys.slice(i, i + size);
    const tx = db.transaction([...RECORD_STORES, 'quarantine'], 'readwrite');
    try {
      await copyBatch(tx, batch, all, ctx.now());
      await tx.done;
    } catch (e) {
      abortQuietly(tx);
      throw e;
    }
    await legacy.remove(batch);
    await ctx.afterBatch?.(i + batch.length);
  }

  // 4. Nothing of record is left in storage.local.
  await legacy.remove(keys.filter((k) => k.startsWith(LEGACY_KEYS.syncPrefix)));
  await legacy.set({ [LEGACY_KEYS.meta]: { schemaVersion: SCHEMA_VERSION, deviceId: meta.deviceId } });
}

async function copyBatch(tx: WriteTx, keys: string[], all: Record<string, unknown>, now: number): Promise<void> {
  const quarantine = tx.objectStore('quarantine');
  const valid: Highlight[] = [];
  for (const key of keys) {
    const value = all[key];
    if (key.startsWith(LEGACY_KEYS.quarantinePrefix)) {
      await quarantine.put(asEntry(key, value, 'set aside by an earlier version', now), key);
      continue;
    }
    const parsed = parseHighlight(value);
    // The reader's own records: file: pages are theirs too (as in sync between their devices).
    const refusal = parsed.ok ? refusalOf(parsed.value, { now, allowFileUrls: true }) : null;
    if (parsed.ok && !refusal && `${LEGACY_KEYS.highlightPrefix}${parsed.value.id}` === key) valid.push(parsed.value);
    else {
      const error = !parsed.ok
        ? parsed.error
        : refusal
          ? `refused: ${refusal.reason}`
          : 'record id does not match its key';
      await quarantine.put({ key, error, value, at: now }, `${LEGACY_KEYS.quarantinePrefix}${key}`);
    }
  }
  const meta = await readMeta(tx);
  const stored = await readRows(
    tx,
    valid.map((r) => r.id),
  );
  // Copied before (a stop between commit and removal): keep whichever version is newer.
  const fresh = valid.filter((r) => {
    const before = stored.get(r.id);
    return !before || compareVersions(r, before.h) > 0;
  });
  await writeRecords(tx, meta, fresh, stored);
}

function asEntry(key: string, value: unknown, error: string, at: number): QuarantineEntry {
  const v = value as Partial<QuarantineEntry> | null;
  if (v && typeof v === 'object' && typeof v.key === 'string' && typeof v.error === 'string')
    return { key: v.key, error: v.error, value: v.value, at: typeof v.at === 'number' ? v.at : at };
  return { key, error, value, at };
}
