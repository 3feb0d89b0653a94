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

/** The background's sender. */
export function libraryChangeSender(): (change: LibraryChange) => void {
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(LIBRARY_CHANNEL);
  return (change) => channel?.postMessage(change);
}

/** Calls `listener` on every change; returns the function that stops listening. */
export function onLibraryChanged(listener: (change: LibraryChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(LIBRARY_CHANNEL);
  channel.onmessage = (e: MessageEvent<LibraryChange>) => listener(e.data);
  return () => channel.close();
}
