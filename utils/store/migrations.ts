/** Every migration ever shipped, oldest first (the runner and the versions are in schema.ts). */
import type { Migration } from './schema';
import { moveLocalToIndexedDb } from './migrate-local';
import { moveToChangeLog } from './migrate-log';
import { packRecords } from './migrate-blocks';
import { moveListings } from './migrate-listings';
import { mapIds } from './migrate-id-map';

export const MIGRATIONS: Migration[] = [
  {
    to: 1,
    describe: 'first layout: storage.local, one key per highlight (nothing to convert)',
    async run() {},
  },
  {
    to: 2,
    describe: 'the library, settings and sync secrets move from storage.local into IndexedDB',
    run: moveLocalToIndexedDb,
  },
  {
    to: 3,
    describe: 'records lose the seq index and the time keys; a packed change log instead (import 100k)',
    run: moveToChangeLog,
  },
  {
    to: 4,
    describe: 'records packed 32 to a row by ord, with per-block index keys (import 100k, search verification)',
    run: packRecords,
  },
  {
    to: 5,
    describe: "the blocks' listing keys packed into rows without an index (import 100k)",
    run: moveListings,
  },
  {
    to: 6,
    describe: "the blocks' `ids` index replaced by an id map without indexes (import 100k)",
    run: mapIds,
  },
];
