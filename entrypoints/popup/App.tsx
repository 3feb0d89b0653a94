import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Highlight } from '@/utils/highlights/record';
import type { TabState } from '@/utils/message-replies';
import type { Density } from '@/utils/store/settings';
import { pageToMarkdown } from '@/utils/export/markdown';
import { applyChanged, type LibraryPage } from '@/utils/library/group';
import { normalizePageUrl } from '@/utils/highlights/url';
import { deleteWithUndo } from '@/utils/highlights/delete-with-undo';
import { ask, commandTab, tellTab } from '@/platform/messaging';
import { t } from '@/platform/i18n';
import {
  activateInTab,
  onTabLoaded,
  onTabNavigated,
  pageScriptState,
  targetTabId,
  type PageScriptState,
} from '@/platform/tabs';
import { useLibraryView, useSettings } from '@/components/library/useLibraryView';
import { onLibraryChanged, onTabReported } from '@/platform/library-changes';
import { LibraryBrowser } from '@/components/library/LibraryBrowser';
import { PageView } from '@/components/library/PageView';
import { EditHighlight } from '@/components/library/EditHighlight';
import { Toast, useToast } from '@/components/library/Toast';
import { openLibraryPage, openOptionsPage, revealHighlight } from '@/components/library/actions';
import { uiLang } from '@/components/library/lang';
import { GearIcon, LibraryIcon } from '@/components/library/icons';
import { SyncStatusLine } from '@/components/library/SyncStatusLine';
import { IconButton } from '@/components/common/IconButton';
import { PopupFollow } from '@/components/follow/PopupFollow';

type View = 'page' | 'all';

/**
 * What the popup knows of the tab's content script while the background has no report of the
 * tab (platform/tabs.ts `PageScriptState`), and of its own asking: `asking`, the script was told
 * to report now (`content/refresh`); `unreported`, it runs but the background still has no report.
 */
type Script = PageScriptState | 'asking' | 'unreported';

/**
 * How long the popup says "reading this page…" before it looks again: a content script that
 * answers but still has no verdict on the page (its analysis may have failed) is then shown as
 * running but unreported, with "Try again"; one that no longer answers as "not running".
 */
export const READING_GRACE_MS = 10_000;

/** Time from navigation start to the first render of "This page" with its data, for the benchmark ("All highlights": LibraryBrowser). */
function markPageRendered() {
  const root = document.documentElement;
  if (root.dataset.renderMs) return;
  root.dataset.renderMs = performance.now().toFixed(1);
  root.dataset.renderView = 'page';
}

export function App() {
  const params = new URLSearchParams(location.search);
  const [view, setView] = useState<View>(params.get('view') === 'all' ? 'all' : 'page');
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  /** Null until known: a content script busy with its analysis answers the ping late ("reading" meanwhile). */
  const [script, setScript] = useState<Script | null>(null);
  const [settings, setSettings] = useSettings();
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Highlight | null>(null);
  const [wantAll, setWantAll] = useState(view === 'all');
  const library = useLibraryView({ enabled: wantAll });
  const { toast, show, hide } = useToast();
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  async function refresh(id: number) {
    try {
      setState(await ask({ type: 'tab/state', tabId: id }));
    } catch (e) {
      fail(e);
    }
  }

  useEffect(() => {
    void targetTabId().then(async (id) => {
      setTabId(id);
      if (id === null) return setState({ tabId: -1, page: null, highlights: [] });
      // Not awaited by the state: a page the background has shows at once.
      void pageScriptState(id)
        .catch((): Script => 'none')
        .then((found) => setScript((known) => known ?? found));
      await refresh(id);
    });
  }, []);

  // The tab's report arrived (the popup was opened before the content script reported, or the
  // tab went to another page): read the tab's state again.
  useEffect(() => {
    if (tabId === null || tabId <= 0) return;
    return onTabReported(tabId, () => void refresh(tabId));
  }, [tabId]);

  // The tab went to another page, or started to: the background gives the report only while the
  // tab shows its page, so read the tab's state again, and what runs there now.
  useEffect(() => {
    if (tabId === null || tabId <= 0) return;
    return onTabNavigated(tabId, () => {
      void refresh(tabId);
      void pageScriptState(tabId)
        .catch((): Script => 'none')
        .then(setScript);
    });
  }, [tabId]);

  // "Reading this page…" ends when the tab has loaded and no content script answers, or after
  // READING_GRACE_MS (the script is asked again); a report that comes later still shows (above).
  const waiting = script !== 'none' && script !== 'unreported' && tabId !== null && tabId > 0 && !state?.page;
  useEffect(() => {
    if (!waiting || tabId === null) return;
    const look = (late: boolean) =>
      void pageScriptState(tabId)
        .catch((): Script => 'none')
        .then((found) => setScript(late && found === 'reading' ? 'unreported' : found));
    const timer = setTimeout(() => look(true), READING_GRACE_MS);
    const stop = onTabLoaded(tabId, () => look(false));
    return () => {
      clearTimeout(timer);
      stop();
    };
    // The grace starts again when the tab has loaded: its script starts only then.
  }, [waiting, tabId, script === 'loading']);

  // The script has its verdict on the page, so it reported, but the background has no report
  // (it refused or lost it, or its worker restarted): ask the script to report now, then read the
  // tab's state again (the report's notice may come before, or never).
  const settledUnreported = script === 'settled' && state !== null && !state.page && tabId !== null && tabId > 0;
  useEffect(() => {
    if (!settledUnreported || tabId === null) return;
    setScript('asking');
    void tellTab(tabId, { type: 'content/refresh' })
      .then(() => ask({ type: 'tab/state', tabId }))
      .then((next) => {
        setState((now) => (now?.page ? now : next));
        if (!next.page) setScript((now) => (now === 'asking' ? 'unreported' : now));
      }, fail);
  }, [settledUnreported, tabId]);
  useEffect(() => {
    if (view === 'all') setWantAll(true);
  }, [view]);

  useLayoutEffect(() => {
    if (view === 'page' && state) markPageRendered();
  }, [view, state]);

  const page = state?.page ?? null;
  const pageUrls = useMemo(() => (page ? new Set([page.url, normalizePageUrl(page.url)]) : new Set<string>()), [page]);
  const orphanIds = useMemo(() => new Set(page?.orphanIds ?? []), [page]);

  // This page's highlights changed elsewhere (its tab, another window, sync): read them again.
  useEffect(() => {
    if (tabId === null || !pageUrls.size) return;
    return onLibraryChanged((change) => {
      if (change.urls.some((u) => pageUrls.has(u))) void refresh(tabId);
    });
  }, [tabId, pageUrls]);

  // Changes made here: patch both the tab's list and the whole library without a reload.
  const applyChanges = (changed: Highlight[]) => {
    setState((s) =>
      s
        ? {
            ...s,
            highlights: applyChanged(
              s.highlights,
              changed.filter((r) => pageUrls.has(r.url) || s.highlights.some((h) => h.id === r.id)),
            ),
          }
        : s,
    );
    library.apply(changed);
  };

  const remove = (h: Highlight) =>
    deleteWithUndo({
      remove: () => ask({ type: 'highlights/delete', id: h.id }),
      restore: () => ask({ type: 'highlights/undelete', id: h.id }),
      applied: (r) => applyChanges([r]),
      offerUndo: (run) => show({ text: t('toastDeleted'), action: { label: t('actionUndo'), run } }),
      failed: fail,
    });

  const open = (h: Highlight) =>
    void revealHighlight(h).then((outcome) => (document.documentElement.dataset.lastReveal = outcome), fail);

  const copy = async (records: readonly Highlight[]) => {
    try {
      await navigator.clipboard.writeText(pageToMarkdown(records, { lang: uiLang() }));
      show({ text: t('popupCopied') });
    } catch {
      show({ text: t('popupCopyFailed') });
    }
  };

  const setDensity = async (site: string, density: Density) => {
    try {
      setSettings(await ask({ type: 'settings/site-density', site, density }));
      if (tabId !== null) await tellTab(tabId, { type: 'content/refresh' });
    } catch (e) {
      fail(e);
    }
  };

  /** The tab's content script writes the digest (it has the analysis); the popup puts it on the clipboard. */
  const copyKeyPoints = async () => {
    try {
      const reply = tabId === null ? null : await commandTab(tabId, { type: 'content/key-points', lang: uiLang() });
      const markdown = reply?.ok ? reply.data?.markdown : undefined;
      if (typeof markdown !== 'string') throw new Error('no key points');
      await navigator.clipboard.writeText(markdown);
      show({ text: t('keyPointsCopied') });
    } catch {
      show({ text: t('keyPointsCopyFailed') });
    }
  };

  const toggleSite = async (host: string, on: boolean) => {
    if (!settings || !host) return;
    const off = new Set(settings.autoMarksOffSites);
    if (on) off.delete(host);
    else off.add(host);
    try {
      setSettings(await ask({ type: 'settings/update', patch: { autoMarksOffSites: [...off] } }));
      // The tab repaints with the new setting; other tabs of the site pick it up on their next load.
      if (tabId !== null) await tellTab(tabId, { type: 'content/refresh' });
    } catch (e) {
      fail(e);
    }
  };

  const pageHighlights = state?.highlights ?? [];

  return (
    <div class="popup">
      <header class="popup-head">
        <h1 class="brand">
          <span class="brand-mark" aria-hidden="true">
            划
          </span>
          {t('extShortName')}
        </h1>
        <div class="tabs" role="tablist" aria-label={t('popupTitle')}>
          {(['page', 'all'] as const).map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`tab-${name}`}
              aria-selected={view === name}
              aria-controls={`panel-${name}`}
              class="tab"
              data-testid={`tab-${name}`}
              onClick={() => setView(name)}
            >
              {name === 'page' ? t('popupTabPage') : t('popupTabAll')}
            </button>
          ))}
        </div>
        <div class="head-actions">
          <IconButton label={t('popupOpenLibrary')} onClick={() => void openLibraryPage()}>
            <LibraryIcon />
          </IconButton>
          <IconButton label={t('popupOpenOptions')} onClick={() => void openOptionsPage()}>
            <GearIcon />
          </IconButton>
        </div>
      </header>

      <main class="popup-body">
        {(error || library.error) && (
          <p role="alert" class="notice error popup-error">
            {error ?? library.error}
          </p>
        )}
        <div id={`panel-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} class="popup-panel">
          {view === 'page' &&
            state &&
            (page ? (
              <>
                {page.isArticle && tabId !== null && tabId > 0 && <PopupFollow tabId={tabId} page={page} />}
                <PageView
                  page={page}
                  highlights={pageHighlights}
                  settings={settings}
                  onToggleSite={(host, on) => void toggleSite(host, on)}
                  onOpen={open}
                  onEdit={setEditing}
                  onDelete={(h) => void remove(h)}
                  onCopy={() => void copy(pageHighlights)}
                  onDensity={(host, d) => void setDensity(host, d)}
                  onCopyKeyPoints={() => void copyKeyPoints()}
                />
              </>
            ) : script === 'unreported' ? (
              <section class="inactive" data-testid="unreported">
                <p role="status">{t('popupNotReported')}</p>
                <button type="button" class="btn btn-primary" onClick={() => setScript('settled')}>
                  {t('popupRetry')}
                </button>
              </section>
            ) : waiting ? (
              <section class="inactive" data-testid="reading" aria-busy="true">
                <p role="status">{t('popupReading')}</p>
              </section>
            ) : (
              <section class="inactive" data-testid="inactive">
                <p>{t('popupNoPage')}</p>
                {tabId !== null && tabId > 0 && (
                  <button
                    type="button"
                    class="btn btn-primary"
                    onClick={() =>
                      // The script reports after its first paint; the report's notice shows the page.
                      void activateInTab(tabId)
                        .then(() => setScript('reading'))
                        .catch(fail)
                    }
                  >
                    {t('popupActivate')}
                  </button>
                )}
              </section>
            ))}
          {view === 'all' &&
            (library.records || library.previous ? (
              <LibraryBrowser
                view={library}
                settings={settings}
                orphanIds={orphanIds}
                onOpen={open}
                onEdit={setEditing}
                onDelete={(h) => void remove(h)}
                onCopyPage={(p: LibraryPage) => void copy(p.highlights)}
                autoFocusSearch
              />
            ) : (
              <p class="empty">…</p>
            ))}
        </div>
        <Toast toast={toast} onClose={hide} />
      </main>
      <footer>
        <SyncStatusLine />
      </footer>

      <EditHighlight
        editing={editing}
        settings={settings}
        onClose={() => setEditing(null)}
        onSaved={(saved) => applyChanges([saved])}
        onError={fail}
      />
    </div>
  );
}
