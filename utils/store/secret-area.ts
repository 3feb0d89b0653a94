/**
 * A key-value area (area.ts) over the library database's `secrets` store: what sync keeps
 * between worker starts — the server configuration with its password, the server and browser
 * sync state — where no content script can read it (storage.local is readable by all of them).
 */
import type { KeyValueArea } from './area';
import type { LibraryDb } from './db';

export function secretArea(database: LibraryDb | Promise<LibraryDb>): KeyValueArea {
  return {
    async get(keys) {
      const db = await database;
      const tx = db.transaction('secrets', 'readonly');
      const wanted = keys == null ? await tx.store.getAllKeys() : typeof keys === 'string' ? [keys] : keys;
      const values = await Promise.all(wanted.map((k) => tx.store.get(k)));
      const out: Record<string, unknown> = {};
      wanted.forEach((k, i) => values[i] !== undefined && (out[k] = values[i]));
      return out;
    },
    async set(items) {
      const db = await database;
      const tx = db.transaction('secrets', 'readwrite');
      await Promise.all(Object.entries(items).map(([k, v]) => tx.store.put(v, k)));
      await tx.done;
    },
    async remove(keys) {
      const db = await database;
      const tx = db.transaction('secrets', 'readwrite');
      await Promise.all((typeof keys === 'string' ? [keys] : keys).map((k) => tx.store.delete(k)));
      await tx.done;
    },
  };
}
