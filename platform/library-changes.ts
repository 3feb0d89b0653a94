import * as v from 'valibot';

/**
 * "The library changed" from the background to the extension's own pages (popup, library,
 * options), over a BroadcastChannel of the extension's origin: content scripts run in the
 * pages' origins and can neither hear nor send on it (storage.onChanged, which the pages used
 * while the library lived in storage.local, reaches every content script too).
 */
export const LIBRARY_CHANNEL = 'hzd-library-changes';

export interface LibraryChange {
  /** Pages whose highlights changed. */
  urls: string[];
  settings: boolean;
  /** Followed articles changed (utils/store/follows.ts). */
  follows?: boolean;
}

/**
 * "A tab's page report arrived", on the same channel: only the tab's id, so a page's content
 * script (whose report causes it) tells the extension's pages nothing of its page; the popup of
 * that tab asks the background for the report (`tab/state`). Not a library change: the library
 * page's views do not reload for it.
 */
const TabReportedSchema = v.strictObject({ tabReported: v.pipe(v.number(), v.integer(), v.minValue(0)) });

/** The background's sender. */
export function libraryChangeSender(): (change: LibraryChange) => void {
  const channel = openChannel();
  return (change) => channel?.postMessage(change);
}

/** The background's sender of "this tab's page report arrived". */
export function tabReportSender(): (tabId: number) => void {
  const channel = openChannel();
  return (tabId) => channel?.postMessage({ tabReported: tabId } satisfies v.InferOutput<typeof TabReportedSchema>);
}

/** Calls `listener` on every change; returns the function that stops listening. */
export function onLibraryChanged(listener: (change: LibraryChange) => void): () => void {
  const channel = openChannel();
  if (!channel) return () => undefined;
  channel.onmessage = (e: MessageEvent<unknown>) => {
    if (!isTabReport(e.data)) listener(e.data as LibraryChange);
  };
  return () => channel.close();
}

/** Calls `listener` when the page report of tab `tabId` arrives; returns the function that stops listening. */
export function onTabReported(tabId: number, listener: () => void): () => void {
  const channel = openChannel();
  if (!channel) return () => undefined;
  channel.onmessage = (e: MessageEvent<unknown>) => {
    const parsed = v.safeParse(TabReportedSchema, e.data);
    if (parsed.success && parsed.output.tabReported === tabId) listener();
  };
  return () => channel.close();
}

function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(LIBRARY_CHANNEL);
}

function isTabReport(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'tabReported' in data;
}
