/**
 * The library's IndexedDB database, in the extension's own origin: content scripts run in the
 * page's origin and cannot open it (storage.local, in contrast, is readable by every content
 * script of the extension).
 *
 *   blocks      key: ord / 32 → the records of 32 consecutive ords (blocks.ts); index by
 *               (multi-entry: ['u', url] per page, blocks.ts); schema 4 and 5 had an `ids` index too
 *   idmap       key [bucket, part] → the ids of a hash bucket with an ord in a part of 8,192, and
 *               their ords: a record by id (id-map.ts, schema 6)
 *   listings    key [kind, value, part] → per block of 256 its live records of one colour, category,
 *               tag or site: newest, oldest, how many (listings.ts; schema 4 had them in `by`)
 *   changes     key: last seq of the row → the change log, [seq, ord] pairs (changes.ts)
 *   pages       keyPath url; index recent ([latest, url], pages with live highlights only)
 *   postings    key [shard, block] → Map<token, ords> (the search index, postings.ts)
 *   kv          'meta' (schema version, device id, counters, clock), 'settings', 'facets'
 *               (live records per tag and site, once first asked for: rows.ts FacetCounts),
 *               'log-compaction' (where a pass over the change log stands: compact-log.ts)
 *   secrets     sync state kept away from content scripts: the server configuration with its
 *               password, server and browser sync state (key-value, see secret-area.ts)
 *   quarantine  stored values that failed validation, with the reason, keyed by where they were
 *
 *   records     schema 3's records, a row each (keyPath id; indexes: ord (unique), by (multi-entry)):
 *               emptied by migration 4 (migrate-blocks.ts), which packs them into `blocks`
 *   records-2   the records as schema 2 kept them (index seq as well): emptied by migration 3
 *               (migrate-log.ts), which moves them into `records`; absent in a library made new
 *
 * `idb` (a 1 KB promise wrapper) is used for its typed stores and `tx.done`; everything that
 * must be atomic happens inside one transaction (commit.ts).
 */
import { openDB, unwrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { Settings } from './settings';
import type { FacetCounts, PageRow, RecordRow } from './rows';
import type { BlockRow } from './blocks';
import type { ListingRow, ListingRowKey } from './listings';
import type { IdMapKey, IdMapRow } from './id-map';
import type { PostingKey, PostingRow } from './postings';
import type { ChangeRow } from './changes';
import type { CompactionState } from './compact-log';

export const LIBRARY_DB = 'hzd-library';
/**
 * IndexedDB's own version of the object stores (not the library's schema version): 1 up to
 * schema 2, 2 for schema 3 (no `seq` index; the change log), 3 for schema 4 (`blocks`), 4 for schema 5
 * (`listings`), 5 from schema 6 (`idmap`, no `ids` index).
 */
const DB_VERSION = 5;
/** Schema 2's records store, renamed on the way to DB_VERSION 2 (migrate-log.ts empties it). */
export const SCHEMA_2_RECORDS = 'records-2';

export interface StoreMeta {
  schemaVersion: number;
  deviceId: string;
  /** Next record number (postings.ts). */
  nextOrd: number;
  /** Last change sequence written (rows.ts `seq`). */
  seq: number;
  /** The greatest clock issued or received: a restarted worker's clock starts past it. */
  clockHigh: string;
  /** Live records, and pages with live records (counted by the writer, so counting reads nothing). */
  live: number;
  pages: number;
  /** Change-log entries made stale (record written again or removed) since the last compaction pass began (compact-log.ts). */
  logStale?: number;
}

export interface QuarantineEntry {
  key: string;
  error: string;
  value: unknown;
  at: number;
}

export interface LibrarySchema extends DBSchema {
  blocks: { key: number; value: BlockRow; indexes: { by: IDBValidKey } };
  listings: { key: ListingRowKey; value: ListingRow };
  idmap: { key: IdMapKey; value: IdMapRow };
  records: { key: string; value: SchemaThreeRow; indexes: { ord: number; by: IDBValidKey } };
  changes: { key: number; value: ChangeRow };
  'records-2': { key: string; value: SchemaThreeRow; indexes: { seq: number } };
  pages: { key: string; value: PageRow; indexes: { recent: [number, string] } };
  postings: { key: PostingKey; value: PostingRow };
  kv: { key: string; value: StoreMeta | Settings | FacetCounts | CompactionState };
  secrets: { key: string; value: unknown };
  quarantine: { key: string; value: QuarantineEntry };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;

/** A record's row in schema 2 and 3 (`records-2`, `records`): the row and its index keys. */
export type SchemaThreeRow = RecordRow & { by: IDBValidKey[] };

export async function openLibraryDb(name: string = LIBRARY_DB): Promise<LibraryDb> {
  const db = await openDB<LibrarySchema>(name, DB_VERSION, {
    upgrade(d, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const pages = d.createObjectStore('pages', { keyPath: 'url' });
        pages.createIndex('recent', 'recent');
        d.createObjectStore('postings');
        d.createObjectStore('kv');
        d.createObjectStore('secrets');
        d.createObjectStore('quarantine');
      } else if (oldVersion < 2) {
        // Renaming is instant; moving the rows is migration 3's, a batch at a time (resumable).
        unwrap(tx.objectStore('records')).name = SCHEMA_2_RECORDS;
      }
      if (oldVersion < 2) {
        const records = d.createObjectStore('records', { keyPath: 'id' });
        records.createIndex('ord', 'ord', { unique: true });
        records.createIndex('by', 'by', { multiEntry: true });
        d.createObjectStore('changes');
      }
      if (oldVersion < 3) {
        // Filled by migration 4 (migrate-blocks.ts) from `records`, a batch at a time.
        d.createObjectStore('blocks').createIndex('by', 'by', { multiEntry: true });
      }
      // Filled by migration 5 (migrate-listings.ts) from the blocks' listing keys.
      if (oldVersion < 4) d.createObjectStore('listings');
      if (oldVersion < 5) {
        // Filled by migration 6 (migrate-id-map.ts) from the blocks, which keep every record
        // meanwhile: nothing reads by id before the migrations have run (library.ts `load`).
        d.createObjectStore('idmap');
        const blocks = unwrap(tx.objectStore('blocks'));
        if (blocks.indexNames.contains('ids')) blocks.deleteIndex('ids');
      }
    },
    // A later version of the extension wants to upgrade the stores: let it (this worker is old).
    blocking() {
      db.close();
    },
  });
  return db;
}

export const RECORD_STORES = ['blocks', 'listings', 'idmap', 'changes', 'pages', 'postings', 'kv'] as const;
