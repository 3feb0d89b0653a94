/**
 * The background's request handler, free of browser APIs so it can be tested in Node.
 * The background entrypoint gives it the library and a few callbacks and forwards every
 * runtime message here. Each request is validated before anything is done with it.
 */
import {
  parseRequest,
  type PageReport,
  type Reply,
  type Request,
  type ResponseMap,
  type ServerSyncInput,
  type StorageInfo,
} from '@/utils/messages';
import type { SyncStatus } from '@/utils/sync/status';
import type { Library } from '@/utils/store/library';
import { planImport } from '@/utils/export/plan-import';
import { admitRecords } from '@/utils/sync/admit';
import { recentPageRecords } from '@/utils/library/group';

export interface RouterDeps {
  library: Library;
  /** Resolves when the library has loaded (the service worker may just have started). */
  ready: Promise<void>;
  /** Per-tab page reports, kept by the background across service-worker restarts. */
  tabs: {
    get(tabId: number): Promise<PageReport | null>;
    set(tabId: number, page: PageReport): Promise<void>;
  };
  /** Called after a page report, e.g. to set the toolbar badge. */
  onPageReport?(tabId: number, page: PageReport): void;
  bytesInUse?(): Promise<number | null>;
  /** Wall clock for checking imported clocks and times (utils/sync/admit.ts); default Date.now. */
  now?: () => number;
  /** Browser and server sync (entrypoints/background/sync); absent in tests that don't need it. */
  sync?: {
    status(): Promise<SyncStatus>;
    configureServer(input: ServerSyncInput | null): Promise<SyncStatus>;
    syncNow(target: 'browser' | 'server' | 'both'): Promise<SyncStatus>;
  };
}

function needSync(deps: RouterDeps): NonNullable<RouterDeps['sync']> {
  if (!deps.sync) throw new Error('sync is not available here');
  return deps.sync;
}

export interface Sender {
  tabId?: number;
}

type Handlers = {
  [K in Request['type']]: (req: Extract<Request, { type: K }>, sender: Sender) => Promise<ResponseMap[K]>;
};

export function createRouter(deps: RouterDeps) {
  const { library } = deps;
  const handlers: Handlers = {
    'page/report': async (req, sender) => {
      if (sender.tabId !== undefined) {
        await deps.tabs.set(sender.tabId, req.page);
        deps.onPageReport?.(sender.tabId, req.page);
      }
      return { settings: library.getSettings(), highlights: library.list(req.page.url) };
    },
    'tab/state': async (req) => {
      const page = await deps.tabs.get(req.tabId);
      return { tabId: req.tabId, page, highlights: page ? library.list(page.url) : [] };
    },
    'highlights/list': async (req) => library.list(req.url),
    'highlights/save': async (req) => library.save(req.draft),
    'highlights/delete': async (req) => library.delete(req.id),
    'highlights/undelete': async (req) => library.undelete(req.id),
    'settings/get': async () => library.getSettings(),
    'settings/update': async (req) => library.updateSettings(req.patch),
    'storage/info': async (): Promise<StorageInfo> => ({
      highlights: library.list().length,
      pages: library.pageCount(),
      bytesInUse: (await deps.bytesInUse?.()) ?? null,
      quarantined: library.quarantined,
      pendingWrites: library.pending.size,
      lastError: library.lastError,
    }),
    'highlights/import': async (req) => {
      // The page checked the file already; the background checks again, as for any sender.
      const { admitted, refused } = admitRecords(req.records, { now: (deps.now ?? Date.now)(), allowFileUrls: false });
      const plan = planImport(library.all(), admitted);
      if (plan.toWrite.length) await library.putMerged(plan.toWrite);
      const { added, updated, unchanged, olderIgnored } = plan;
      return { added, updated, unchanged, olderIgnored, refused: refused.length };
    },
    'highlights/recent': async (req) => {
      const live = library.list();
      return { records: recentPageRecords(live, req.limit), total: live.length };
    },
    'highlights/export-all': async () => library.all(),
    'highlights/save-many': async (req) => library.saveMany(req.drafts),
    'highlights/delete-many': async (req) => library.setDeletedMany(req.ids, req.deleted),
    'sync/status': async () => needSync(deps).status(),
    'sync/configure': async (req) => needSync(deps).configureServer(req.server),
    'sync/now': async (req) => needSync(deps).syncNow(req.target),
  };

  return async function handle(message: unknown, sender: Sender): Promise<Reply<unknown>> {
    const parsed = parseRequest(message);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    try {
      await deps.ready;
      const handler = handlers[parsed.value.type] as (req: Request, sender: Sender) => Promise<unknown>;
      return { ok: true, data: await handler(parsed.value, sender) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };
}
