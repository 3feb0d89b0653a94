/**
 * The library's schema versions and the migration runner.
 *
 *   1  storage.local: `meta`, `settings`, one `h:<id>` key per highlight, `bad:<key>` set aside,
 *      sync state under `sync:*` (readable by every content script of the extension)
 *   2  IndexedDB in the extension's origin (db.ts); storage.local keeps only `meta` (saying
 *      version 2, so an older version of the extension refuses to write there) and the
 *      settings mirror the background writes for content scripts (settings-mirror.ts)
 *   3  the same, with fewer index entries per record (IndexedDB pays per entry written): no
 *      `seq` index but a packed change log (changes.ts), no ['a', created] keys (migrate-log.ts)
 *   4  the records packed 32 to a row by ord, with per-block index keys (blocks.ts, migrate-blocks.ts)
 *   5  the blocks' listing keys packed into rows of their own, without an index (listings.ts,
 *      migrate-listings.ts): far fewer index entries per import
 *   6  the blocks' `ids` index replaced by the `idmap` store, rows by hash bucket and part without
 *      an index (id-map.ts, migrate-id-map.ts): no index entry per record
 *
 * The version of record is IndexedDB's `meta`, never storage.local's: a content script can
 * write storage.local, so once IndexedDB has a `meta`, storage.local decides nothing. Only on
 * the first start with no IndexedDB `meta` is storage.local's version read, to know what to
 * migrate from.
 *
 * To change the layout: bump SCHEMA_VERSION and append a migration to MIGRATIONS (migrations.ts). Each migration must be
 * safe to run again from the start after a stop anywhere in it (the worker can be stopped at
 * any moment); the runner records the new version only after it finished.
 */
import type { KeyValueArea } from './area';
import type { LibraryDb, StoreMeta } from './db';

export const SCHEMA_VERSION = 6;

/** storage.local keys of schema 1 (and the two that stay). */
export const LEGACY_KEYS = {
  meta: 'meta',
  settings: 'settings',
  highlightPrefix: 'h:',
  quarantinePrefix: 'bad:',
  syncPrefix: 'sync:',
} as const;

/** The keys content scripts read (`settings`: the mirror). Kept in this light module for them. */
export const KEYS = LEGACY_KEYS;

export interface MigrationContext {
  /** storage.local */
  legacy: KeyValueArea;
  db: LibraryDb;
  now: () => number;
  /** Records per transaction when moving many. */
  batchSize?: number;
  /** Test hook: called after each batch is committed (a test throws here to stop mid-way). */
  afterBatch?: (done: number) => Promise<void>;
}

export interface Migration {
  /** The version the library has after this migration ran. */
  to: number;
  describe: string;
  run(ctx: MigrationContext, meta: StoreMeta): Promise<void>;
}

export type MigrationOutcome =
  { ok: true; meta: StoreMeta; ran: number[] } | { ok: false; error: string; meta: StoreMeta };

/**
 * Brings the library to the last migration's version. A library written by a newer version of
 * the extension is left untouched and reported: writing to it could lose fields we don't know.
 */
export async function migrate(
  ctx: MigrationContext,
  newDeviceId: () => string,
  migrations: readonly Migration[],
): Promise<MigrationOutcome> {
  let meta = (await ctx.db.get('kv', 'meta')) as StoreMeta | undefined;
  if (!meta) {
    const legacy = (await ctx.legacy.get(LEGACY_KEYS.meta))[LEGACY_KEYS.meta] as Partial<StoreMeta> | undefined;
    meta = {
      schemaVersion: typeof legacy?.schemaVersion === 'number' ? legacy.schemaVersion : 0,
      deviceId: typeof legacy?.deviceId === 'string' && legacy.deviceId ? legacy.deviceId : newDeviceId(),
      nextOrd: 0,
      seq: 0,
      clockHigh: '',
      live: 0,
      pages: 0,
    };
    await ctx.db.put('kv', meta, 'meta');
  }
  const target = migrations.at(-1)?.to ?? 0;
  if (meta.schemaVersion > target) {
    return {
      ok: false,
      meta,
      error: `storage was written by a newer version of Huazhongdian (schema ${meta.schemaVersion} > ${target}); update the extension`,
    };
  }
  const ran: number[] = [];
  for (const m of migrations) {
    if (m.to <= meta.schemaVersion) continue;
    await m.run(ctx, meta);
    // The migration may have moved the counters: set the version on what is stored now.
    const tx = ctx.db.transaction('kv', 'readwrite');
    meta = { ...((await tx.store.get('meta')) as StoreMeta), schemaVersion: m.to };
    await tx.store.put(meta, 'meta');
    await tx.done;
    ran.push(m.to);
  }
  return { ok: true, meta, ran };
}
