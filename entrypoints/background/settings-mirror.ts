/**
 * The settings mirror in storage.local, for content scripts: they read it while the page
 * loads (entrypoints/content/early-settings.ts), before the background could answer. The
 * library's settings (IndexedDB) are the settings of record; the mirror is only ever written
 * from them, never read back. A content script that writes the mirror changes what content
 * scripts read early until the background notices (storage.onChanged) and writes it again —
 * never the settings of record.
 *
 * The mirror names no site: a site view of none, with the buckets of the sites that have entries
 * (utils/store/site-view.ts), so a content script learns nothing of the reader's other sites.
 */
import { browser } from 'wxt/browser';
import type { Library } from '@/utils/store/library';
import type { KeyValueArea } from '@/utils/store/area';
import { KEYS } from '@/utils/store/schema';
import { canonicalJson } from '@/utils/sync/merge';
import { mirrorOf } from '@/utils/store/site-view';

export function installSettingsMirror(library: Library, ready: Promise<void>, local: KeyValueArea) {
  const mirror = () => mirrorOf(library.getSettings(), library.meta?.deviceId ?? '');
  const write = () => void local.set({ [KEYS.settings]: mirror() }).catch(() => undefined);
  const repair = (value: unknown) => {
    if (canonicalJson(value ?? null) !== canonicalJson(mirror())) write();
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
