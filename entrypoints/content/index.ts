/**
 * The content script: page -> detect article -> analyze -> paint; and the reader's own
 * highlights. It reports the page to the background and listens for its commands.
 */
import { browser } from 'wxt/browser';
import { PORTAL_MATCHES } from '@/utils/portals';
import { parseContentCommand, type PageReport } from '@/utils/messages';
import { zeroCounts } from '@/utils/counts';
import { ask } from '@/platform/messaging';

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
    await ask({ type: 'page/report', page: report });

    browser.runtime.onMessage.addListener((message) => {
      const command = parseContentCommand(message);
      if (!command.ok) return undefined;
      if (command.value.type === 'content/ping') return Promise.resolve({ ok: true, data: report });
      return undefined;
    });
  },
});
