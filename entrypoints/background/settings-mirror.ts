/**
 * The settings mirror in storage.local, for content scripts: they read it while the page
 * loads (entrypoints/content/early-settings.ts), before the background could answer. The
 * library's settings (IndexedDB) are the settings of record; the mirror is only ever written
 * from them, never read back. A content script that writes the mirror changes what content
 * scripts read early until the background notices (storage.onChanged) and writes it again —
 * never the settings of record.
 */
import { browser } from 'wxt/browser';
import type { Library } from '@/utils/store/library';
import type { KeyValueArea } from '@/utils/store/area';
import { KEYS } from '@/utils/store/schema';
import { canonicalJson } from '@/utils/sync/merge';

export function installSettingsMirror(library: Library, ready: Promise<void>, local: KeyValueArea) {
  const write = () => void local.set({ [KEYS.settings]: library.getSettings() }).catch(() => undefined);
  const repair = (value: unknown) => {
    if (canonicalJson(value ?? null) !== canonicalJson(library.getSettings())) write();
  };
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[KEYS.settings];
    if (area === 'local' && change) void ready.then(() => repair(change.newValue));
  });
  return {
    write,
    /** The start-up check of the copy (run after the background's first reply). */
    check: () =>
      void ready.then(async () => repair((await local.get(KEYS.settings))[KEYS.settings])).catch(() => undefined),
  };
}
