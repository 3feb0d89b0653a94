/**
 * The background's request handler, free of browser APIs so it is tested in Node. The
 * background entrypoint gives it the library and a few callbacks and forwards every runtime
 * message here with the sender as the browser reported it (sender.ts). Each request is
 * validated, then checked against who sent it, before anything is done with it.
 */
import { parseRequest, type PageReport, type Request, type ServerSyncInput } from '@/utils/messages';
import { type Reply, type ResponseMap, type StorageInfo } from '@/utils/message-replies';
import type { Library } from '@/utils/store/library';
import type { KeyValueArea } from '@/utils/store/area';
import type { SyncStatus } from '@/utils/sync/status';
import { admitRecords } from '@/utils/sync/admit';
import { sealChecked } from '@/utils/highlights/record';
import type { FollowBook } from '@/utils/store/follows';
import { CONTENT_SETTINGS, RefusedError, SENDERS, isOwnPage, isOwnSite, type Sender } from './sender';
import { createImportSessions } from './import-sessions';
import { siteView } from '@/utils/store/site-view';
import { hostOf, isSiteOf } from '@/utils/highlights/url';
import type { Settings } from '@/utils/store/settings';
import { budgetSite, CONTENT_WRITES, createSiteWriteBudget, writeCost } from './write-budget';

export interface RouterDeps {
  library: Library;
  /** Resolves when the library has loaded (the service worker may just have started). */
  ready: Promise<void>;
  /**
   * Per-tab page reports, kept by the background across service-worker restarts. `set` keeps the
   * report with the tab's address the browser gave with it (`at`), for `get` at once; its promise
   * is the durable copy, which no reply waits for. `get` gives a report only while its tab still
   * shows that page (tabs.ts `stillShown`).
   */
  tabs: {
    get(tabId: number): Promise<PageReport | null>;
    set(tabId: number, page: PageReport, at: string): Promise<void>;
    forget(tabId: number): Promise<void>;
  };
  /** Called after a page report, e.g. to set the toolbar badge. */
  onPageReport?(tabId: number, page: PageReport): void;
  /** Called when a tab's report is taken back (`page/left`), e.g. to clear the toolbar badge. */
  onPageLeft?(tabId: number): void;
  bytesInUse?(): Promise<number | null>;
  /** Wall clock for checking imported clocks and times (utils/sync/admit.ts); default Date.now. */
  now?: () => number;
  /** Browser and server sync (entrypoints/background/sync); absent in tests that don't need it. */
  sync?: {
    status(): Promise<SyncStatus>;
    configureServer(input: ServerSyncInput | null): Promise<SyncStatus>;
    setBrowserPassphrase(passphrase: string | null): Promise<SyncStatus>;
    keepBrowserEncrypted(): Promise<SyncStatus>;
    syncNow(target: 'browser' | 'server' | 'both'): Promise<SyncStatus>;
    /** Holds sync rounds until the returned function is called (an import session). */
    hold?(): () => void;
  };
  /** Followed articles (utils/store/follows.ts). */
  follows?: FollowBook;
  /** Where the rate of each site's changes is kept across worker restarts (storage.session). */
  budgetArea?: KeyValueArea;
}

/**
 * Requests one tab's content script may have unanswered at once: its reader acts one at a time
 * (a save, a note, a report), so a flood can only be a compromised script, and it must not fill
 * the single writer's queue ahead of the reader's own pages and other tabs.
 */
export const CONTENT_IN_FLIGHT = 16;

function needFollows(deps: RouterDeps): FollowBook {
  if (!deps.follows) throw new Error('follows are not available here');
  return deps.follows;
}

function needSync(deps: RouterDeps): NonNullable<RouterDeps['sync']> {
  if (!deps.sync) throw new Error('sync is not available here');
  return deps.sync;
}

type Handlers = {
  [K in Request['type']]: (req: Extract<Request, { type: K }>, sender: Sender) => Promise<ResponseMap[K]>;
};

export function createRouter(deps: RouterDeps) {
  const { library } = deps;
  /** Unanswered requests per content script's tab (CONTENT_IN_FLIGHT). */
  const inFlight = new Map<number, number>();
  /** The rate of a site's changes (write-budget.ts): a flood one at a time stops too. */
  const budget = createSiteWriteBudget(() => (deps.now ?? Date.now)(), deps.budgetArea);
  const imports = createImportSessions(library, () => deps.sync?.hold?.() ?? (() => undefined));

  /** Refuses a content script a record of another page (the record as stored, and the draft). */
  const ownPage = async (sender: Sender, urls: (string | undefined)[], ids: string[] = []) => {
    if (sender.kind !== 'content') return;
    for (const id of ids) urls.push((await library.get(id))?.url);
    for (const url of urls)
      if (url !== undefined && !isOwnPage(sender, url))
        throw new RefusedError('refused: a page may only reach the highlights of its own page');
  };

  /**
   * A tab's report and its taking back change the tab's record here, as each message is delivered,
   * before anything is awaited: in the order the browser delivers a tab's messages, which is the
   * order its content script posted them (the report of A, then `page/left` as the page moves to B).
   * Done in the handlers, after the library is ready, a report delivered first could be filed after
   * the `page/left` delivered next (a worker woken by both: a report's extra await), and the tab at
   * B kept A's count on its badge. A report is kept with the tab's address the browser stamped at
   * delivery, which is the address it was read at (the content script sends no facts of a page
   * its tab left: report.ts `current`), so it is given out only while the tab still shows that page.
   */
  function atDelivery(req: Request, sender: Extract<Sender, { kind: 'content' }>): void {
    if (req.type === 'page/report') {
      // A report of another page is refused by its handler, and kept by nobody.
      if (!sender.tabUrl || !isOwnPage(sender, req.page.url)) return;
      // The registry keeps the report in memory at once; the page's reply (the first one after
      // a worker start most of all) does not wait for its copy in storage.session.
      void deps.tabs.set(sender.tabId, req.page, sender.tabUrl).catch(() => undefined);
      deps.onPageReport?.(sender.tabId, req.page);
    } else if (req.type === 'page/left') {
      // The report's author says its tab moved on (History API) before the browser is asked: read
      // again, the report would be dropped too (tabs.ts `stillShown`), but nothing reads the badge.
      deps.onPageLeft?.(sender.tabId);
      void deps.tabs.forget(sender.tabId).catch(() => undefined);
    }
  }

  /**
   * The settings as a sender may see them: a content script its own tab's site's entries only,
   * never the list of the other sites the reader set something for (site-view.ts).
   */
  const settingsFor = (sender: Sender, settings: Settings): Settings =>
    sender.kind === 'content' ? siteView(settings, sender.tabUrl ? hostOf(sender.tabUrl) : '') : settings;

  /**
   * Refuses a content script a draft whose site is not its address's: the library would list it
   * under another site. Its page wrote the draft (utils/highlights/page.ts), so a mismatch is no
   * slip. (Outside records are corrected instead, at the gate: utils/sync/admit.ts.)
   */
  const ownSite = (sender: Sender, draft: { url: string; site: string }) => {
    if (sender.kind === 'content' && !isSiteOf(draft.site, draft.url))
      throw new RefusedError('refused: a record’s site must be the site of its address');
  };

  const handlers: Handlers = {
    // The tab's record was changed at delivery (`atDelivery`, below); the reply needs the library.
    'page/report': async (req, sender) => {
      await ownPage(sender, [req.page.url]);
      return {
        settings: settingsFor(sender, library.getSettings()),
        highlights: await library.pageRecords(req.page.url),
      };
    },
    'page/left': async () => null,
    'tab/state': async (req) => {
      const page = await deps.tabs.get(req.tabId);
      return { tabId: req.tabId, page, highlights: page ? await library.pageRecords(page.url) : [] };
    },
    'highlights/list': async (req, sender) => {
      if (sender.kind === 'content' && req.url === undefined)
        throw new RefusedError('refused: a page may only list the highlights of its own page');
      await ownPage(sender, [req.url]);
      return req.url === undefined ? library.list() : library.pageRecords(req.url);
    },
    'highlights/save': async (req, sender) => {
      await ownPage(sender, [req.draft.url], [req.draft.id]);
      ownSite(sender, req.draft);
      return library.save(req.draft);
    },
    'highlights/update': async (req, sender) => {
      await ownPage(sender, [], [req.id]);
      return library.update(req.id, req.patch);
    },
    'highlights/delete': async (req, sender) => {
      await ownPage(sender, [], [req.id]);
      return library.delete(req.id);
    },
    'highlights/undelete': async (req, sender) => {
      await ownPage(sender, [], [req.id]);
      return library.undelete(req.id);
    },
    'settings/get': async (_req, sender) => settingsFor(sender, library.getSettings()),
    'settings/update': async (req, sender) => {
      if (sender.kind === 'content' && Object.keys(req.patch).some((k) => !CONTENT_SETTINGS.has(k)))
        throw new RefusedError('refused: settings are changed on the extension’s own pages');
      return settingsFor(sender, await library.updateSettings(req.patch));
    },
    'settings/site-density': async (req, sender) => {
      if (sender.kind === 'content' && !isOwnSite(sender, req.site))
        throw new RefusedError('refused: a page may only set the density of its own site');
      return settingsFor(sender, await library.setSiteDensity(req.site, req.density));
    },
    'storage/info': async (): Promise<StorageInfo> => {
      const stats = await library.stats();
      return {
        highlights: stats.highlights,
        pages: stats.pages,
        bytesInUse: (await deps.bytesInUse?.()) ?? null,
        quarantined: stats.quarantined,
        pendingWrites: stats.pendingWrites,
        lastError: stats.lastError,
      };
    },
    'highlights/import': async (req) => {
      // The page checked the file already; the background checks again, as for any sender: the
      // request's parse did (its records are valibot's output), and they are sealed as checked.
      const records = req.records.map(sealChecked);
      const { admitted, refused, corrected } = admitRecords(records, {
        now: (deps.now ?? Date.now)(),
        allowFileUrls: false,
      });
      const counts = await (req.session ? imports.importBatch(req.session, admitted) : library.importRecords(admitted));
      return { ...counts, refused: refused.length, corrected: corrected.length };
    },
    'highlights/import-end': async (req) => imports.end(req.session, req.keep),
    'highlights/recent': async (req) => {
      const [first, total] = await Promise.all([library.recentPages(req.limit), library.count({})]);
      return { records: first.records, total };
    },
    'highlights/export-all': async () => library.all(),
    'highlights/update-many': async (req) => library.updateMany(req.items),
    'highlights/delete-many': async (req) => library.setDeleted(req.ids, req.deleted),
    'highlights/query': async (req) => library.query(req.query, req.limit, req.cursor),
    'highlights/count': async (req) => library.count(req.query),
    'highlights/pages': async (req) => library.recentPages(req.minRecords, req.cursor),
    'highlights/ids': async (req) => {
      const page = await library.query(req.query, req.limit, req.cursor);
      return { ids: page.records.map((r) => r.id), cursor: page.cursor };
    },
    'highlights/get-many': async (req) => library.getManyPage(req.ids),
    'highlights/changes': async (req) => library.changesSince(req.since, req.limit),
    'highlights/facets': async () => library.facets(),
    'highlights/retag-many': async (req) => library.retagMany(req.ids, req.mode, req.tags),
    'sync/status': async () => needSync(deps).status(),
    'sync/configure': async (req) => needSync(deps).configureServer(req.server),
    'sync/now': async (req) => needSync(deps).syncNow(req.target),
    'sync/browser-passphrase': async (req) => needSync(deps).setBrowserPassphrase(req.passphrase),
    'sync/browser-reseal': async () => needSync(deps).keepBrowserEncrypted(),
    // A content script follows, unfollows and reads only its own tab's page (like its highlights).
    'follows/follow': async (req, sender) => {
      await ownPage(sender, [req.draft.url]);
      ownSite(sender, req.draft);
      return needFollows(deps).follow(req.draft);
    },
    'follows/unfollow': async (req, sender) => {
      await ownPage(sender, [req.url]);
      return needFollows(deps).unfollow(req.url);
    },
    'follows/get': async (req, sender) => {
      await ownPage(sender, [req.url]);
      return needFollows(deps).get(req.url);
    },
    'follows/list': async (req) => needFollows(deps).page(req.all, req.cursor ?? null),
    'follows/import': async (req) => {
      const { admitted, refused } = admitRecords(req.follows, { now: (deps.now ?? Date.now)(), allowFileUrls: false });
      return { merged: (await needFollows(deps).merge(admitted)).length, refused: refused.length };
    },
  };

  return async function handle(message: unknown, sender: Sender): Promise<Reply<unknown>> {
    const parsed = parseRequest(message);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    const type = parsed.value.type;
    const allowed = SENDERS[type];
    if (
      sender.kind === 'unknown' ||
      (allowed === 'extension' && sender.kind !== 'extension') ||
      (allowed === 'content' && sender.kind !== 'content')
    ) {
      const who = sender.kind === 'unknown' ? sender.why : `a ${sender.kind === 'content' ? 'page' : 'extension page'}`;
      return { ok: false, error: `refused: ${type} may not come from ${who}` };
    }
    if (
      sender.kind === 'content' &&
      CONTENT_WRITES.has(type) &&
      !(await budget.take(budgetSite(sender.tabUrl), writeCost(parsed.value)))
    )
      return { ok: false, error: 'refused: too many changes from this site in a short time; try again in a minute' };
    const tab = sender.kind === 'content' ? sender.tabId : null;
    if (tab !== null) {
      const busy = inFlight.get(tab) ?? 0;
      if (busy >= CONTENT_IN_FLIGHT)
        return { ok: false, error: `refused: too many requests at once from this page (${busy} unanswered)` };
      inFlight.set(tab, busy + 1);
    }
    if (sender.kind === 'content') atDelivery(parsed.value, sender);
    try {
      await deps.ready;
      const handler = handlers[type] as (req: Request, sender: Sender) => Promise<unknown>;
      return { ok: true, data: await handler(parsed.value, sender) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    } finally {
      if (tab !== null) {
        const left = inFlight.get(tab)! - 1;
        if (left) inFlight.set(tab, left);
        else inFlight.delete(tab);
      }
    }
  };
}
