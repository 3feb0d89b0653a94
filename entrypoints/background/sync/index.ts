/**
 * Wires browser sync and server sync to the browser: storage areas, `storage.onChanged`,
 * the library's change hook, and the 'sync' alarm (MV3 service workers stop when idle, so
 * the alarm is what brings sync back). Returns what the router's `sync/*` requests need.
 */
import { browser } from 'wxt/browser';
import type { Library } from '@/utils/store/library';
import type { KeyValueArea } from '@/utils/store/area';
import { BrowserSync } from './browser-sync';
import { ServerSync } from './server-sync';
import { keyStore } from './key-store';
import { importAtInstall, loadPouchDB } from './pouch-loader';
import type { ServerSyncInput } from './server-config';
import type { SyncStatus } from '@/utils/sync/status';
import type { SyncedFollows } from '@/utils/sync/follows-sync';

export const SYNC_ALARM = 'sync';
export const SYNC_PERIOD_MINUTES = 5;

export interface SyncControl {
  status(): Promise<SyncStatus>;
  configureServer(input: ServerSyncInput | null): Promise<SyncStatus>;
  /** Browser sync's passphrase (browser-sync-seal.ts); null turns it off. Throws in plain words. */
  setBrowserPassphrase(passphrase: string | null): Promise<SyncStatus>;
  /** Seals browser sync again from here where it was found plain without `hk` (browser-sync-seal.ts). */
  keepBrowserEncrypted(): Promise<SyncStatus>;
  syncNow(target: 'browser' | 'server' | 'both'): Promise<SyncStatus>;
  /** Call after every library change (records or settings). */
  localChanged(): void;
  /**
   * Holds every sync round until the returned function is called (an import that may still be
   * cancelled: nothing of it may leave the device before it is kept). Rounds asked for meanwhile
   * run after.
   */
  hold(): () => void;
  /**
   * The start-up work: the alarm's schedule and a catch-up round (changes from other devices may
   * have arrived while the worker slept). The background runs it after its first reply.
   */
  start(): void;
}

/** `secrets`: where sync keeps its state and the server's password (the library database, not storage.local). */
export function installSync(
  library: Library,
  ready: Promise<void>,
  secrets: KeyValueArea,
  follows?: SyncedFollows,
): SyncControl {
  const local = secrets;
  let holds = 0;
  const held = () => holds > 0;
  const browserSync = new BrowserSync({
    sync: browser.storage.sync,
    local,
    library,
    ready,
    held,
    follows,
    keys: keyStore,
  });
  importAtInstall();
  const serverSync = new ServerSync({ loadPouchDB, local, library, ready, keys: keyStore, held, follows });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync') browserSync.remoteChanged(Object.keys(changes));
    // Settings written by the options page go through the library, which writes 'settings'.
    if (area === 'local' && 'settings' in changes) browserSync.localChanged();
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== SYNC_ALARM) return;
    void browserSync.syncNow();
    void serverSync.syncNow();
  });

  const status = async (): Promise<SyncStatus> => ({
    browser: await browserSync.status(),
    server: await serverSync.status(),
  });

  return {
    status,
    async configureServer(input) {
      await serverSync.configure(input);
      return status();
    },
    async setBrowserPassphrase(passphrase) {
      await browserSync.setPassphrase(passphrase);
      return status();
    },
    async keepBrowserEncrypted() {
      await browserSync.keepEncrypting();
      return status();
    },
    async syncNow(target) {
      // Errors are in the status; the caller reads them there.
      if (target !== 'server') await browserSync.syncNow().catch(() => undefined);
      if (target !== 'browser') await serverSync.syncNow().catch(() => undefined);
      return status();
    },
    localChanged() {
      browserSync.localChanged();
      serverSync.localChanged();
    },
    start() {
      void browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
      void ready.then(() => {
        browserSync.localChanged();
        serverSync.localChanged();
      });
    },
    hold() {
      holds++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds--;
        if (!held()) {
          browserSync.localChanged();
          serverSync.localChanged();
        }
      };
    },
  };
}
