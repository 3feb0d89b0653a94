/**
 * Opening the library: migrations first (schema.ts), then the library reads its meta,
 * settings and unsaved changes. The background calls this once per worker start.
 */
import type { KeyValueArea } from './area';
import type { LibraryDb } from './db';
import { Library, type LibraryOptions } from './library';
import { MIGRATIONS } from './migrations';
import { migrate, type Migration, type MigrationContext } from './schema';

export interface OpenOptions extends LibraryOptions {
  db: LibraryDb;
  /** storage.local: read once, to migrate schema 1. */
  legacy: KeyValueArea;
  newDeviceId?: () => string;
  migrations?: readonly Migration[];
  afterBatch?: MigrationContext['afterBatch'];
  batchSize?: number;
}

export async function openLibrary(options: OpenOptions): Promise<Library> {
  const now = options.now ?? Date.now;
  const outcome = await migrate(
    { legacy: options.legacy, db: options.db, now, afterBatch: options.afterBatch, batchSize: options.batchSize },
    options.newDeviceId ?? (() => crypto.randomUUID()),
    options.migrations ?? MIGRATIONS,
  );
  const library = new Library(options.db, options);
  await library.load(outcome.ok ? null : outcome.error);
  return library;
}
