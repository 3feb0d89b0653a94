/**
 * The background: the single writer of storage. It loads the library, answers the
 * message protocol through utils/router.ts, keeps per-tab page reports, and sets the badge.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { createRouter } from '@/utils/router';
import { Library } from '@/utils/store/library';
import { createClock } from '@/utils/sync/hlc';
import { keyDirectiveCount } from '@/utils/counts';
import { createTabRegistry } from './tabs';
import { installMenusAndCommands } from './menus';
import { installSync } from './sync';
import { installAllSites } from './all-sites';

export default defineBackground(() => {
  const library = new Library(browser.storage.local, { makeClock: (deviceId) => createClock(deviceId) });
  const ready = library.load();
  const tabs = createTabRegistry();
  const action = browser.action ?? browser.browserAction;
  const sync = installSync(library, ready);

  const handle = createRouter({
    library,
    ready,
    tabs,
    onPageReport(tabId, page) {
      const n = keyDirectiveCount(page.counts);
      void action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' });
      void action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    },
    bytesInUse: async () => (await browser.storage.local.getBytesInUse?.(null)) ?? null,
    sync,
  });

  browser.runtime.onMessage.addListener((message, sender) => handle(message, { tabId: sender.tab?.id }));

  // Tell the open tabs of a page when its highlights change (saved in another tab or the popup).
  library.onChange = (changed) => {
    sync.localChanged();
    const urls = new Set(changed.map((r) => r.url));
    void tabs.tabsShowing(urls).then((ids) => {
      for (const id of ids) void browser.tabs.sendMessage(id, { type: 'content/refresh' }).catch(() => undefined);
    });
  };

  browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId));
  installMenusAndCommands();
  installAllSites();

  // Failed writes are retried; the alarm also wakes the service worker for sync.
  void browser.alarms.create('retry-pending', { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'retry-pending') void ready.then(() => library.retryPending()).catch(() => undefined);
  });
});
