/**
 * Per-tab page reports. Kept in `storage.session` where the browser has it, so that a
 * restarted MV3 service worker still knows what each tab shows; in memory otherwise.
 *
 * A report describes the page its tab showed when it came, and only that page: each is kept
 * with the tab's address as the browser gave it with the report (the sender's tab, never the
 * message), and is given out only while the tab's address is still that page's
 * (`stillShown`). A tab that went elsewhere — a link, a reload to another address, a
 * History-API navigation of a single-page portal — has no report until its content script
 * reports the new page (a second or more), which is what the popup shows as "reading this
 * page…". Dropping reports on every `tabs.onUpdated` instead would not do: Chrome sends status
 * 'loading' for pushState too, Firefox not always, and a listener for every update of every tab
 * would wake the MV3 worker all the time. The content script says when its tab moved in-page
 * (`page/left`, router.ts): the report is forgotten and the badge cleared without a read. It sees
 * the move at once through the Navigation API (Chromium); Firefox has none, so there the browser
 * tells the background of address changes through a filtered listener (`watchAddresses`).
 */
import { browser } from 'wxt/browser';
import { PageReportSchema, type PageReport } from '@/utils/messages';
import { samePage } from '@/utils/highlights/url';
import * as v from 'valibot';

const key = (tabId: number) => `tab:${tabId}`;

/** A report with the tab's address when it came (`at`). */
const EntrySchema = v.object({ page: PageReportSchema, at: v.pipe(v.string(), v.maxLength(8192)) });
type Entry = v.InferOutput<typeof EntrySchema>;

/**
 * True when a tab whose report came while it showed `at` still shows that page at `now`: the
 * same page as highlights are keyed (`normalizePageUrl`: a #fragment, tracking parameters or
 * their order do not make another page). `now` undefined — the extension may not see the tab's
 * address (no host permission, activeTab spent by the navigation) — means the tab left a page
 * the extension could see when the report came: stale.
 */
export function stillShown(at: string, now: string | undefined): boolean {
  return now !== undefined && now !== '' && samePage(now, at);
}

/** What the registry needs of the browser (fakes in the unit tests). */
export interface TabRegistryDeps {
  session?: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(key: string): Promise<void>;
  };
  /** The tab's address as the extension may see it now; undefined when hidden, null when the tab is gone. */
  tabUrl(tabId: number): Promise<string | undefined | null>;
  /** Every open tab, with its address where the extension may see it. */
  openTabs(): Promise<{ id?: number; url?: string }[]>;
  /** A tab's report was found stale and dropped (the badge of its count is cleared). */
  onStale?(tabId: number): void;
}

export const browserTabDeps = (): TabRegistryDeps => ({
  session: browser.storage.session,
  tabUrl: (tabId) =>
    browser.tabs.get(tabId).then(
      (tab) => tab.url,
      () => null,
    ),
  openTabs: () => browser.tabs.query({}),
});

export function createTabRegistry(deps: TabRegistryDeps = browserTabDeps()) {
  const memory = new Map<number, Entry>();
  const { session } = deps;

  /** The entry as kept, whether or not the tab still shows its page. */
  async function entry(tabId: number): Promise<Entry | null> {
    const known = memory.get(tabId);
    if (known) return known;
    if (!session) return null;
    const stored = (await session.get(key(tabId)))[key(tabId)];
    // An older shape (a bare report, no address) is no report: the popup asks the script again.
    const parsed = v.safeParse(EntrySchema, stored);
    if (!parsed.success) return null;
    // A report set while storage was read wins over the copy read.
    if (!memory.has(tabId)) memory.set(tabId, parsed.output);
    return memory.get(tabId) ?? null;
  }

  /** Drops `stale` unless a newer report took its place meanwhile. */
  async function drop(tabId: number, stale: Entry): Promise<void> {
    if (memory.get(tabId) !== stale) return;
    memory.delete(tabId);
    deps.onStale?.(tabId);
    await session?.remove(key(tabId));
  }

  /** The tab's report while the tab shows its page (`now`: its address, when already known). */
  async function current(tabId: number, now?: { url?: string }): Promise<PageReport | null> {
    const kept = await entry(tabId);
    if (!kept) return null;
    // null: the tab is gone.
    const url = now ? now.url : await deps.tabUrl(tabId);
    if (url !== null && stillShown(kept.at, url)) return kept.page;
    await drop(tabId, kept);
    return null;
  }

  return {
    /** The tab's report, or null when it has none or no longer shows the page reported. */
    get: (tabId: number): Promise<PageReport | null> => current(tabId),
    /** Keeps `page` as reported while the tab showed `at` (the sender's tab address, as the browser gave it). */
    async set(tabId: number, page: PageReport, at: string): Promise<void> {
      const next: Entry = { page, at };
      memory.set(tabId, next);
      await session?.set({ [key(tabId)]: next });
    },
    /**
     * The tab's address changed: its report is dropped (and the badge cleared) unless the tab
     * still shows the page reported. The address is read now, not taken from the event: a report
     * of the next page may have come meanwhile, and an event of an earlier move must not drop it.
     */
    recheck: (tabId: number): Promise<unknown> => current(tabId),
    async forget(tabId: number): Promise<void> {
      memory.delete(tabId);
      await session?.remove(key(tabId));
    },
    /** Tabs that still show one of these page URLs, as last reported. */
    async tabsShowing(urls: ReadonlySet<string>): Promise<number[]> {
      const ids: number[] = [];
      for (const t of await deps.openTabs()) {
        if (t.id === undefined) continue;
        const page = await current(t.id, t);
        if (page && urls.has(page.url)) ids.push(t.id);
      }
      return ids;
    },
  };
}

export type TabRegistry = ReturnType<typeof createTabRegistry>;

/**
 * Firefox's `tabs.onUpdated` with its filter argument (Chrome has none: it rejects the argument).
 * Firefox applies the filter in its parent process before anything reaches the extension.
 */
export interface FilteredTabUpdates {
  addListener(listener: (tabId: number) => void, filter: { properties: 'url'[]; urls: string[] }): void;
}

/**
 * The filter of `watchAddresses`: address changes only (a pushState included; no title, favicon
 * or status updates), and only of tabs whose address the extension may see — Firefox matches
 * `urls` only where the extension has the tab's host permission (`hasTabPermission`), so this is
 * the portals, every site while that permission is held, and a tab under activeTab: the tabs
 * that can have a report. Another tab's moves never reach the background.
 */
export const ADDRESS_FILTER = { properties: ['url' as const], urls: ['<all_urls>'] };

/**
 * Firefox only: a History-API move of a tab whose page changed nothing in the DOM is not seen by
 * its content script (no Navigation API) until the page next changes, the popup opens or a
 * recheck runs, and the badge kept the page left's count meanwhile. The browser's `url` change
 * (sent for pushState too) drops the report at once. Preferred to a check in the content script:
 * that would have to poll the address on every page (a timer per tab), where this costs one
 * event per address change of a tab that may have a report. Chromium keeps the content script's
 * Navigation API path (index.ts registers this in the Firefox build only).
 */
export function watchAddresses(updates: FilteredTabUpdates, registry: Pick<TabRegistry, 'recheck'>): void {
  updates.addListener((tabId) => void registry.recheck(tabId).catch(() => undefined), {
    properties: [...ADDRESS_FILTER.properties],
    urls: [...ADDRESS_FILTER.urls],
  });
}
