/** A router over a fresh library, for the router's tests. */
import { createRouter } from '@/entrypoints/background/router';
import type { Sender } from '@/entrypoints/background/sender';
import type { PageReport } from '@/utils/messages';
import { zeroCounts } from '@/utils/counts';
import type { SyncStatus } from '@/utils/sync/status';
import type { KeyValueArea } from '@/utils/store/area';
import { testStore } from '../store/helpers';
import { followBook } from '../follows/helpers';

export const EXTENSION: Sender = { kind: 'extension' };

/** A page report from an article on a portal. */
export const NEWS_PAGE: PageReport = {
  url: 'http://www.news.cn/politics/20240105/abc/c.html',
  title: 't',
  isArticle: true,
  article: null,
  counts: { ...zeroCounts(), obligation: 3 },
  orphans: 0,
};

/** `sessionCopyHangs`: the tab registry keeps a report in memory, its storage.session copy never settles. */
export async function setupRouter(
  options: { withSync?: boolean; sessionCopyHangs?: boolean; now?: () => number; budgetArea?: KeyValueArea } = {},
) {
  const store = await testStore();
  /** Labels of the write jobs the library ran. */
  const writes: string[] = [];
  const library = await store.open({ beforeWrite: async (label) => void writes.push(label) });
  const tabs = new Map<number, PageReport>();
  const reports: number[] = [];
  /** Tabs whose report was taken back (`page/left`). */
  const left: number[] = [];
  const syncCalls: string[] = [];
  const status = {} as SyncStatus;
  const follows = followBook(store);
  const handle = createRouter({
    library,
    ready: Promise.resolve(),
    tabs: {
      get: async (id) => tabs.get(id) ?? null,
      set: (id, p) => {
        tabs.set(id, p);
        return options.sessionCopyHangs ? new Promise<void>(() => undefined) : Promise.resolve();
      },
      forget: async (id) => void tabs.delete(id),
    },
    onPageReport: (id) => reports.push(id),
    onPageLeft: (id) => left.push(id),
    sync: options.withSync
      ? {
          status: async () => (syncCalls.push('status'), status),
          configureServer: async () => (syncCalls.push('configure'), status),
          setBrowserPassphrase: async () => (syncCalls.push('passphrase'), status),
          keepBrowserEncrypted: async () => (syncCalls.push('reseal'), status),
          syncNow: async () => (syncCalls.push('now'), status),
        }
      : undefined,
    follows,
    now: options.now,
    budgetArea: options.budgetArea,
  });
  return { handle, library, reports, left, tabs, syncCalls, store, writes, follows };
}
