/**
 * The content script: page -> detect article -> analyze -> paint; and the reader's own
 * highlights. It reports the page to the background and listens for its commands.
 *
 * Timing marks for the benchmark (scripts/bench/paint.ts): `hzd-start` when the script
 * starts, `hzd-painted` once an article's directives are painted, `hzd-idle` once a
 * non-article page has been dismissed. Marks live on the document's performance timeline,
 * which the page's main world reads too.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import './perf/bundle-start';
import './early-settings';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PORTAL_MATCHES } from '@/utils/portals';
import { parseContentCommand, type PageReport } from '@/utils/messages';
import { zeroCounts } from '@/utils/counts';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/utils/store/settings';
import { KEYS } from '@/utils/store/schema';
import type { OutlineLabels } from '@/components/outline/Outline';
import { ask } from '@/platform/messaging';
import { t } from '@/platform/i18n';
import { createPainter, type Painter } from './paint/painter';
import { createAutoMarks, type PageFacts } from './directives/auto-marks';
import { startHighlights, type HighlightsController } from './highlights';
import { pageIdentity } from './highlights/draft';
import { phase, phaseAsync, task } from './perf/timing';
import { takeEarlySettingsRead } from './early-settings';

// Every module of the bundle has been evaluated by now (this module's body runs last).
performance.mark('hzd-modules-evaluated');

declare global {
  interface Window {
    /** Set by the first run in this page; a second injection (toolbar button) asks it to look again. */
    __huazhongdian?: { recheck(): void };
  }
}

export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    performance.mark('hzd-start');
    task('main', () => run(ctx));
  },
});

function run(ctx: ContentScriptContext): void {
  // The toolbar button can inject this script into a page that already has it.
  if (window.__huazhongdian) {
    window.__huazhongdian.recheck();
    return;
  }

  // Settings are read straight from storage (the background stays the only writer): a
  // message would have to wake the service worker first, which can take 50-100 ms.
  const loadSettings = async (): Promise<Settings> => {
    try {
      const stored = await phaseAsync(
        'settings-read',
        () => takeEarlySettingsRead() ?? browser.storage.local.get(KEYS.settings),
      );
      return parseSettings(stored[KEYS.settings]).settings;
    } catch {
      return ask({ type: 'settings/get' }).catch(() => DEFAULT_SETTINGS);
    }
  };

  let painter: Painter | null = null;
  const getPainter = () => (painter ??= phase('painter-create', () => createPainter(document)));

  let facts: PageFacts = {
    url: location.href.split('#')[0] ?? location.href,
    isArticle: false,
    article: null,
    counts: zeroCounts(),
  };
  // The reader's highlights that could not be placed (set by entrypoints/content/highlights).
  let orphanIds: string[] = [];
  const currentReport = (): PageReport => ({
    ...facts,
    // Highlights are keyed by the normalized URL (canonical link, no tracking parameters):
    // the background finds this tab's highlights, and tells it of changes, by this key.
    url: pageIdentity(document, location.href).url,
    title: document.title.slice(0, 1000),
    orphans: orphanIds.length,
    orphanIds,
  });
  // The report never delays painting: it goes out in a task of its own, and reports asked
  // for within one task go out as one (each is a snapshot of the same state). A non-article
  // page is reported from idle-time work (auto-marks defers it), hence the task's name.
  let reportQueued = false;
  const sendReport = () => {
    if (reportQueued) return;
    reportQueued = true;
    setTimeout(() =>
      task(facts.isArticle ? 'report' : 'deferred-report', () => {
        reportQueued = false;
        void ask({ type: 'page/report', page: currentReport() }).catch(() => null);
      }),
    );
  };

  // The reader's highlights: created after the first paint (or the non-article verdict), or
  // earlier on demand when a command for them arrives. Creating them builds their strings and
  // listeners, and starting them asks the background for this page's highlights: neither may
  // hold up the directives' paint.
  let highlights: HighlightsController | null = null;
  const ensureHighlights = (): HighlightsController =>
    (highlights ??= phase('highlights-create', () =>
      startHighlights({
        painter: getPainter,
        peekPainter: () => painter,
        article: () => facts.article,
        onOrphans(ids) {
          orphanIds = ids;
          sendReport();
        },
      }),
    ));
  let highlightsStarted = false;
  const startReaderHighlights = () => {
    if (highlightsStarted || ctx.isInvalid) return;
    highlightsStarted = true;
    void phaseAsync('highlights-start', () => ensureHighlights().start()).catch(() => undefined);
  };

  let labels: OutlineLabels | null = null;
  const getLabels = (): OutlineLabels =>
    (labels ??= phase('labels', () => ({
      title: t('outlineTitle'),
      tab: t('extShortName'),
      open: (n) => t('outlineOpen', String(n)),
      close: t('outlineClose'),
      intro: t('outlineIntro'),
      empty: t('outlineEmpty'),
      categories: t('outlineCategories'),
      hint: t('outlineHint'),
      category: {
        heading: t('categoryHeading'),
        obligation: t('categoryObligation'),
        prohibition: t('categoryProhibition'),
        target: t('categoryTarget'),
        emphasis: t('categoryEmphasis'),
      },
    })));

  const marks = createAutoMarks({
    ctx,
    doc: document,
    painter: getPainter,
    labels: getLabels,
    onFacts(next) {
      facts = next;
      sendReport();
    },
    afterFirstRun() {
      setTimeout(() => task('deferred-highlights', startReaderHighlights));
    },
    // A new URL is another page with its own highlights; new nodes need the ranges placed again.
    onArticleChanged(reason) {
      if (!highlights) return;
      if (reason === 'url') void highlights.refresh().catch(() => undefined);
      else highlights.reanchor();
    },
    saveCategories: (categories) => ask({ type: 'settings/update', patch: { categories } }),
    loadSettings,
  });
  window.__huazhongdian = { recheck: () => marks.recheck() };
  ctx.onInvalidated(() => {
    marks.stop();
    highlights?.stop();
    window.__huazhongdian = undefined;
  });

  const refresh = async () => {
    const next = await ask({ type: 'settings/get' }).catch(() => null);
    if (next) marks.applySettings(next);
    else marks.recheck();
  };

  browser.runtime.onMessage.addListener((message) => {
    const command = parseContentCommand(message);
    if (!command.ok) return undefined;
    switch (command.value.type) {
      case 'content/ping':
        return Promise.resolve({ ok: true, data: currentReport() });
      case 'content/toggle-panel':
        marks.togglePanel();
        return Promise.resolve({ ok: true, data: null });
      case 'content/refresh':
        return Promise.all([refresh(), ensureHighlights().refresh()]).then(() => ({ ok: true, data: null }));
      default: {
        // content/scroll-to and content/highlight-selection: the reader's highlights.
        const handled = ensureHighlights().handleCommand(command.value);
        return handled?.then((data) => ({ ok: true, data }));
      }
    }
  });

  void marks.start(loadSettings).catch(() => undefined);
}
