/**
 * The content script: page -> detect article -> analyze -> paint; and the reader's own
 * highlights. It reports the page to the background and listens for its commands.
 */
import { browser } from 'wxt/browser';
import { PORTAL_MATCHES } from '@/utils/portals';
import { parseContentCommand, type PageReport } from '@/utils/messages';
import { zeroCounts } from '@/utils/counts';
import { ask } from '@/platform/messaging';
import { createPainter } from './paint/painter';
import { startHighlights } from './highlights';

declare global {
  interface Window {
    __huazhongdian?: boolean;
  }
}

export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  async main() {
    // The toolbar button can inject this script into a page that already has it.
    if (window.__huazhongdian) return;
    window.__huazhongdian = true;

    const report: PageReport = {
      url: location.href.split('#')[0] ?? location.href,
      title: document.title,
      isArticle: false, // placeholder: article detection lands with the analysis core
      article: null,
      counts: zeroCounts(),
      orphans: 0,
    };
    // One painter for the page: directives and the reader's highlights share it (hitTest sees both).
    const painter = createPainter(document);
    const highlights = startHighlights({
      painter,
      onOrphans(ids) {
        report.orphans = ids.length;
        report.orphanIds = ids;
        void ask({ type: 'page/report', page: report }).catch(() => undefined);
      },
    });
    // Highlights are keyed by the normalized URL: report the same key so refreshes reach this tab.
    report.url = highlights.page().url;
    const reply = await ask({ type: 'page/report', page: report });
    void highlights.start(reply);

    browser.runtime.onMessage.addListener((message) => {
      const command = parseContentCommand(message);
      if (!command.ok) return undefined;
      if (command.value.type === 'content/ping') return Promise.resolve({ ok: true, data: report });
      const handled = highlights.handleCommand(command.value);
      if (handled) return handled.then((data) => ({ ok: true, data }));
      return undefined;
    });
  },
});
