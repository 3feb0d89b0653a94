/**
 * The background: the single writer of the library. It opens the library (IndexedDB in the
 * extension's origin, utils/store), answers the message protocol through router.ts with the
 * sender as the browser reports it, keeps per-tab page reports, and sets the badge.
 */
// First: the library database opens while the rest of the bundle is evaluated.
import { libraryDb } from './early-open';
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { Library } from '@/utils/store/library';
import { areaJournal } from '@/utils/store/pending';
import { secretArea } from '@/utils/store/secret-area';
import type { KeyValueArea } from '@/utils/store/area';
import { createClock, type HybridClock } from '@/utils/sync/hlc';
import { FollowBook } from '@/utils/store/follows';
import { keyDirectiveCount } from '@/utils/counts';
import { createRouter } from './router';
import { classifySender } from './sender';
import { browserTabDeps, createTabRegistry, watchAddresses } from './tabs';
import { installMenusAndCommands } from './menus';
import { installSync } from './sync';
import { installSettingsMirror } from './settings-mirror';
import { installAllSites } from './all-sites';
import { createStartup } from './startup';
import { libraryChangeSender, tabReportSender } from '@/platform/library-changes';
import { mark } from '@/utils/perf/timing';

export default defineBackground(() => {
  mark('hzd-bg-main');
  // What the first reply does not need waits for it (startup.ts); listeners are all added now.
  const startup = createStartup();
  const local = browser.storage.local as unknown as KeyValueArea;
  const session = browser.storage.session as unknown as KeyValueArea | undefined;
  const library = new Library({
    db: libraryDb,
    legacy: local,
    journal: session ? areaJournal(session) : undefined,
    makeClock: (deviceId) => createClock(deviceId),
  });
  const ready = library.load();
  void ready.then(() => mark('hzd-bg-loaded')).catch(() => undefined);
  // Follows have their clock (the library's device id) and their queue; every job reads what it changes.
  let followClock: HybridClock | null = null;
  const follows = new FollowBook({
    db: () => library.db,
    clock: () => (followClock ??= createClock(library.meta!.deviceId)),
  });
  // A report found stale (its tab shows another page) takes its count off the badge. The browsers
  // clear a tab's badge themselves on a navigation that loads a document, not on pushState.
  const tabs = createTabRegistry({ ...browserTabDeps(), onStale: (tabId) => badgeLater(tabId, 0) });
  // Firefox has no Navigation API for the content script to see a pushState by: the browser tells
  // of address changes instead (tabs.ts). Chrome rejects the listener's filter argument.
  if (import.meta.env.FIREFOX) watchAddresses(browser.tabs.onUpdated, tabs);
  const sync = installSync(library, ready, secretArea(ready.then(() => library.db)), follows);
  const mirror = installSettingsMirror(library, ready, local);
  restrictSyncStorage();

  // An open popup of the tab may have asked before the report (the content script reports after
  // its first paint, a second or more on a slow machine): it asks again when told.
  const tellReported = tabReportSender();
  const handle = createRouter({
    library,
    ready,
    tabs,
    onPageReport(tabId, page) {
      tellReported(tabId);
      badgeLater(tabId, keyDirectiveCount(page.counts));
    },
    // The content script saw its tab move off the page reported (History API): no count until the new page's.
    onPageLeft: (tabId) => badgeLater(tabId, 0),
    bytesInUse: async () => (await navigator.storage?.estimate?.())?.usage ?? null,
    sync,
    follows,
    budgetArea: session,
  });

  const self = { id: browser.runtime.id, base: browser.runtime.getURL('/') };
  startup.later(() => mark('hzd-bg-first-reply'));
  browser.runtime.onMessage.addListener((message, sender) => {
    const reply = handle(message, classifySender(sender, self));
    startup.replied(reply);
    return reply;
  });

  // Tell the extension's pages, and the open tabs of a page, when highlights change (saved in
  // another tab, the popup, an import, a sync round).
  const tellPages = libraryChangeSender();
  library.onChange = (urls, settingsChanged) => {
    sync.localChanged();
    if (settingsChanged) mirror.write();
    tellPages({ urls: [...urls], settings: settingsChanged });
    if (!urls.size) return;
    void tabs.tabsShowing(urls).then((ids) => {
      for (const id of ids) void browser.tabs.sendMessage(id, { type: 'content/refresh' }).catch(() => undefined);
    });
  };

  follows.onChange = () => {
    sync.localChanged();
    tellPages({ urls: [], settings: false, follows: true });
  };

  browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId));
  installMenusAndCommands();
  const checkAllSites = installAllSites();

  // Failed writes are retried; the alarm also wakes the service worker for sync.
  const retryPending = () => void ready.then(() => library.retryPending()).catch(() => undefined);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'retry-pending') retryPending();
  });

  startup.later(() => {
    // Writes a stopped worker left in the journal are retried now, not a minute from now.
    void ready.then(() => library.pendingCount > 0 && retryPending()).catch(() => undefined);
    void browser.alarms.create('retry-pending', { periodInMinutes: 1 });
    sync.start();
    mirror.check();
    checkAllSites();
  });
  mark('hzd-bg-listening');
});

/**
 * Sets a tab's badge a task later: the reply goes first (the action API's first use in a worker
 * costs ~1 ms). Every badge write goes this way, so they land in the order the tab's record
 * changed (timers of the same delay run in the order set): a report's count set, then cleared by
 * the `page/left` delivered right after it, is not put back by the report's own late write.
 */
function badgeLater(tabId: number, n: number): void {
  setTimeout(() => setBadge(tabId, n), 0);
}

/** The toolbar badge of one tab: its key directives, none shown for 0. */
function setBadge(tabId: number, n: number): void {
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' }).catch(() => undefined);
  if (n > 0) void action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }).catch(() => undefined);
}

/**
 * storage.sync carries the newest highlights (browser sync). Chrome lets the extension close any
 * storage area to content scripts (`setAccessLevel`, checked in Chromium 156, where the level
 * also held across worker restarts); Firefox (checked in 153) has no such call, and its content
 * scripts can read storage.local and storage.sync (ARCHITECTURE.md, "Storage"). Called at every
 * start, as the browser's keeping of it is not documented.
 */
function restrictSyncStorage(): void {
  const area = browser.storage.sync as unknown as {
    setAccessLevel?: (o: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
  };
  void area.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch(() => undefined);
}
