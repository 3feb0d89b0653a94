/**
 * Per-tab page reports. Kept in `storage.session` where the browser has it, so that a
 * restarted MV3 service worker still knows what each tab shows; in memory otherwise.
 */
import { browser } from 'wxt/browser';
import { PageReportSchema, type PageReport } from '@/utils/messages';
import * as v from 'valibot';

const key = (tabId: number) => `tab:${tabId}`;

export function createTabRegistry() {
  const memory = new Map<number, PageReport>();
  const session = browser.storage.session;

  return {
    async get(tabId: number): Promise<PageReport | null> {
      if (memory.has(tabId)) return memory.get(tabId) ?? null;
      if (!session) return null;
      const stored = (await session.get(key(tabId)))[key(tabId)];
      const parsed = v.safeParse(PageReportSchema, stored);
      if (!parsed.success) return null;
      memory.set(tabId, parsed.output);
      return parsed.output;
    },
    async set(tabId: number, page: PageReport): Promise<void> {
      memory.set(tabId, page);
      await session?.set({ [key(tabId)]: page });
    },
    async forget(tabId: number): Promise<void> {
      memory.delete(tabId);
      await session?.remove(key(tabId));
    },
    /** Tabs whose last report is one of these page URLs. */
    async tabsShowing(urls: ReadonlySet<string>): Promise<number[]> {
      const open = await browser.tabs.query({});
      const ids: number[] = [];
      for (const t of open) {
        if (t.id === undefined) continue;
        const page = await this.get(t.id);
        if (page && urls.has(page.url)) ids.push(t.id);
      }
      return ids;
    },
  };
}
