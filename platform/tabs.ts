import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from '@/utils/portals';
import * as v from 'valibot';
import { PingReplySchema } from '@/utils/messages';
import { commandTab } from './messaging';

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

/**
 * What runs in a tab whose page report the background does not have:
 * - `loading`: the tab is still loading (its content script starts when the page is idle);
 * - `reading`: the content script answers but has no verdict on the page yet (it reports after
 *   its first paint, a second or more on a slow machine);
 * - `settled`: the content script has its verdict, so its report was sent: it is on its way, or the
 *   background refused or lost it (a worker restart); `content/refresh` makes it report again;
 * - `none`: nothing of the extension runs there ("not running" is then true).
 */
export type PageScriptState = 'loading' | 'reading' | 'settled' | 'none';

export async function pageScriptState(tabId: number): Promise<PageScriptState> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return 'none';
  // A loading tab is not asked: the script of the page it leaves would answer.
  if (tab.status === 'loading') return 'loading';
  const reply = await commandTab(tabId, { type: 'content/ping' }).catch(() => null);
  if (!reply) return 'none';
  // Something answers; a reply we cannot read is no verdict.
  const ping = reply.ok ? v.safeParse(PingReplySchema, reply.data) : null;
  return ping?.success && ping.output.settled ? 'settled' : 'reading';
}

/** Calls `listener` when the tab finishes loading; returns the function that stops listening. */
export function onTabLoaded(tabId: number, listener: () => void): () => void {
  const onUpdated = (id: number, change: { status?: string }) => {
    if (id === tabId && change.status === 'complete') listener();
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => browser.tabs.onUpdated.removeListener(onUpdated);
}

/**
 * Calls `listener` when the tab starts loading or its address changes (a link, a History-API
 * navigation, a #fragment): its page report may no longer be its page's.
 */
export function onTabNavigated(tabId: number, listener: () => void): () => void {
  const onUpdated = (id: number, change: { status?: string; url?: string }) => {
    if (id === tabId && (change.url !== undefined || change.status === 'loading')) listener();
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => browser.tabs.onUpdated.removeListener(onUpdated);
}

/** Runs the content script in a tab outside the portal list; allowed by activeTab after a click on the toolbar button. */
export async function activateInTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

/** Every open tab: its id, window and (where the extension may read it) address. */
export async function openTabs(): Promise<{ id: number; windowId?: number; url?: string }[]> {
  const tabs = await browser.tabs.query({});
  return tabs.flatMap((t) => (t.id === undefined ? [] : [{ id: t.id, windowId: t.windowId, url: t.url }]));
}

/** Brings a tab (and its window) to the front. */
export async function focusTab(tabId: number, windowId?: number): Promise<void> {
  await browser.tabs.update(tabId, { active: true });
  if (windowId !== undefined) await browser.windows?.update(windowId, { focused: true }).catch(() => undefined);
}

/** Opens an address in a new active tab; its id, when the browser gives one. */
export async function openTab(url: string): Promise<number | undefined> {
  return (await browser.tabs.create({ url, active: true })).id;
}

/** Opens one of the extension's own pages (e.g. '/library.html') in a new tab. */
export async function openExtensionPage(path: Parameters<typeof browser.runtime.getURL>[0]): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}
