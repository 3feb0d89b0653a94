/** Test doubles for browser sync: storage.sync with Chrome's quotas, and a key store in memory. */
import { MemoryArea } from '@/utils/store/area';
import { syncItemBytes, SYNC_LIMITS } from '@/utils/sync/sync-quota';
import type { KeyStore } from '@/entrypoints/background/sync/key-store';

/** storage.sync as Chrome keeps it: a `set` with an item over 8,192 bytes, or over 102,400 in all, fails whole. */
export class QuotaArea extends MemoryArea {
  override async set(items: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(items))
      if (syncItemBytes(key, value) > SYNC_LIMITS.maxItemBytes)
        throw new Error(`Error: QUOTA_BYTES_PER_ITEM quota exceeded (${key})`);
    const all = { ...(await this.get(null)), ...items };
    const total = Object.entries(all).reduce((n, [k, v]) => n + syncItemBytes(k, v), 0);
    if (total > SYNC_LIMITS.quotaBytes) throw new Error('Error: QUOTA_BYTES quota exceeded');
    return super.set(items);
  }
}

export function memoryKeys(): KeyStore {
  const keys = new Map<string, CryptoKey>();
  return {
    get: async (id: string) => keys.get(id),
    set: async (id: string, key: CryptoKey) => void keys.set(id, key),
    delete: async (id: string) => void keys.delete(id),
    clear: async () => void keys.clear(),
  };
}
