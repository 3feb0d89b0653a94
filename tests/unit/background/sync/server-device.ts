/**
 * A server-sync device for tests in Node: its own library (fake-indexeddb) and the real
 * ServerSync with the extension's PouchDB build, on the same in-memory IndexedDB.
 */
import 'fake-indexeddb/auto';
import { MemoryArea } from '@/utils/store/area';
import { openLibraryDb } from '@/utils/store/db';
import type { Library } from '@/utils/store/library';
import { openLibrary } from '@/utils/store/open';
import { createClock } from '@/utils/sync/hlc';
import { ServerSync, type ServerSyncDeps } from '@/entrypoints/background/sync/server-sync';
import type { KeyStore } from '@/entrypoints/background/sync/key-store';

// pouchdb-browser expects a browser: `self` and `navigator` (its IndexedDB adapter reads the user agent).
const g = globalThis as Record<string, unknown>;
g.self ??= globalThis;
g.navigator ??= { userAgent: 'node' };
const { default: PouchDB } = await import('pouchdb-browser');

export { PouchDB };

export function memoryKeys(): KeyStore {
  const keys = new Map<string, CryptoKey>();
  return {
    get: async (id: string) => keys.get(id),
    set: async (id: string, key: CryptoKey) => void keys.set(id, key),
    delete: async (id: string) => void keys.delete(id),
    clear: async () => void keys.clear(),
  };
}

let libraries = 0;

/**
 * A device: its library (a database of its own) and its sync. `wrap` sees the library sync gets;
 * `deps` adds to or replaces its sync's dependencies.
 */
export async function serverDevice(
  name: string,
  wrap: (library: Library) => Library = (l) => l,
  deps: Partial<ServerSyncDeps> = {},
) {
  const library = await openLibrary({
    db: await openLibraryDb(`library-${name}-${++libraries}`),
    legacy: new MemoryArea(),
    newDeviceId: () => name,
    makeClock: (d) => createClock(d),
  });
  const sync = new ServerSync({
    loadPouchDB: async () => PouchDB,
    local: new MemoryArea(),
    library: wrap(library),
    ready: Promise.resolve(),
    keys: memoryKeys(),
    ...deps,
  });
  return { library, sync };
}
