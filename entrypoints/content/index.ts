/**
 * The content script: page -> detect article -> analyze -> paint; and the reader's own
 * highlights. It reports the page to the background and listens for its commands.
 *
 * Timing marks for the benchmark (scripts/bench/paint.ts): `hzd-start` when the script
 * starts, `hzd-painted` once an article's directives are painted, `hzd-idle` once a
 * non-article page has been dismissed. Marks live on the document's performance timeline,
 * which the page's main world reads too.
 */
import { browser } from 'wxt/browser';
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
import { startHighlights } from './highlights';

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
    // The toolbar button can inject this script into a page that already has it.
    if (window.__huazhongdian) {
      window.__huazhongdian.recheck();
      return;
    }

    // Settings are read straight from storage (the background stays the only writer): a
    // message would have to wake the service worker first, which can take 50-100 ms.
    const loadSettings = async (): Promise<Settings> => {
      try {
        const stored = await browser.storage.local.get(KEYS.settings);
        return parseSettings(stored[KEYS.settings]).settings;
      } catch {
        return ask({ type: 'settings/get' }).catch(() => DEFAULT_SETTINGS);
      }
    };

    let painter: Painter | null = null;
    const getPainter = () => (painter ??= createPainter(document));

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
      url: highlights.page().url,
      title: document.title.slice(0, 1000),
      orphans: orphanIds.length,
      orphanIds,
    });
    const sendReport = () => ask({ type: 'page/report', page: currentReport() }).catch(() => null);
    const highlights = startHighlights({
      painter: getPainter,
      peekPainter: () => painter,
      article: () => facts.article,
      onOrphans(ids) {
        orphanIds = ids;
        void sendReport();
      },
    });

    let labels: OutlineLabels | null = null;
    const getLabels = (): OutlineLabels =>
      (labels ??= {
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
      });

    const marks = createAutoMarks({
      ctx,
      doc: document,
      painter: getPainter,
      labels: getLabels,
      onFacts(next) {
        facts = next;
        void sendReport();
      },
      saveCategories: (categories) => ask({ type: 'settings/update', patch: { categories } }),
      loadSettings,
    });
    window.__huazhongdian = { recheck: () => marks.recheck() };
    ctx.onInvalidated(() => {
      marks.stop();
      highlights.stop();
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
          return Promise.all([refresh(), highlights.refresh()]).then(() => ({ ok: true, data: null }));
        default: {
          // content/scroll-to and content/highlight-selection: the reader's highlights.
          const handled = highlights.handleCommand(command.value);
          return handled?.then((data) => ({ ok: true, data }));
        }
      }
    });

    void highlights.start().catch(() => undefined);
    void marks.start(loadSettings).catch(() => undefined);
  },
});
