/**
 * What the popup and the library page do with highlights, over the message protocol and the
 * few browser APIs an extension page may call (all through platform/).
 */
import type { Highlight } from '@/utils/highlights/record';
import { patchOf } from '@/utils/highlights/patch';
import { addTags } from '@/utils/highlights/tags';
import { normalizePageUrl } from '@/utils/highlights/url';
import { linkToQuote } from '@/utils/highlights/text-fragment';
import { ask, commandTab } from '@/platform/messaging';
import { focusTab, openExtensionPage, openTab, openTabs } from '@/platform/tabs';

export { openOptionsPage } from '@/platform/runtime';

/**
 * Saves an edit: only the fields that differ from `record` are sent (patchOf), and the background
 * applies them to the record as stored — an edit made elsewhere meanwhile (a colour in a tab) is kept.
 */
export async function saveHighlight(
  record: Highlight,
  edited: Partial<Pick<Highlight, 'note' | 'tags' | 'color'>>,
): Promise<Highlight> {
  const patch = patchOf(record, edited);
  return patch ? ask({ type: 'highlights/update', id: record.id, patch }) : record;
}

/** Tags typed by the reader (the one tag rule: utils/highlights/tags.ts). */
export function parseTags(text: string): string[] {
  return addTags([], text);
}

/**
 * The open tab showing a page, if any, by its address. A tab whose address the extension may not
 * see has no page report either (the background gives one only while the tab's address is the
 * page reported: entrypoints/background/tabs.ts), so there is nothing else to ask.
 */
export async function findTabShowing(url: string): Promise<{ id: number; windowId?: number } | null> {
  for (const tab of await openTabs())
    if (tab.url && /^https?:/.test(tab.url) && normalizePageUrl(tab.url) === url)
      return { id: tab.id, windowId: tab.windowId };
  return null;
}

export type RevealOutcome = 'scrolled' | 'focused' | 'opened' | 'opened-scrolled';

/** Asks a tab's content script to scroll to a highlight: 'found', 'delivered' (not placed there) or 'absent' (no content script). */
export async function askTabToScroll(tabId: number, id: string): Promise<'found' | 'delivered' | 'absent'> {
  try {
    const reply = await commandTab(tabId, { type: 'content/scroll-to', id });
    return reply.ok && reply.data?.found === true ? 'found' : 'delivered';
  } catch {
    return 'absent';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Shows a highlight on its page: focuses the tab showing it and asks its content script to
 * scroll there, or opens the page with a text fragment (which lands on the passage even
 * without the extension) and, while this page lives, asks the new tab's content script to
 * scroll once it answers.
 */
export async function revealHighlight(h: Highlight, options: { waitMs?: number } = {}): Promise<RevealOutcome> {
  const existing = await findTabShowing(h.url);
  if (existing) {
    // Told first: focusing the tab may close the popup that runs this code.
    const delivered = await askTabToScroll(existing.id, h.id);
    await focusTab(existing.id, existing.windowId);
    return delivered === 'found' ? 'scrolled' : 'focused';
  }
  const tabId = await openTab(linkToQuote(h.url, h.quote));
  if (tabId === undefined) return 'opened';
  const deadline = Date.now() + (options.waitMs ?? 10_000);
  while (Date.now() < deadline) {
    await sleep(400);
    // The content script reports the page once it has restored the highlights.
    const state = await ask({ type: 'tab/state', tabId }).catch(() => null);
    if (state?.page && (await askTabToScroll(tabId, h.id)) === 'found') return 'opened-scrolled';
  }
  return 'opened';
}

/** Saves a file through an <a download> (no downloads permission needed). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the download reads the blob asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function openLibraryPage(): Promise<void> {
  return openExtensionPage('/library.html');
}
