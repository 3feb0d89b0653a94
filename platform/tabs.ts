import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from '@/utils/portals';

/**
 * The tab an extension page is about: `?tab=<id>` when the page was opened for a given
 * tab (the library page, tests), otherwise the active tab of the current window.
 */
export async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Runs the content script in a tab outside the portal list; allowed by activeTab after a click on the toolbar button. */
export async function activateInTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}
