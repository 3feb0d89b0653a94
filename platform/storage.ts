/**
 * Reading `storage.local` directly. Only the background writes it (the single writer): these
 * are for reads that must not wait for the service worker to wake (the content script's
 * settings before the first paint) and for noticing changes (the library page).
 */
import { browser } from 'wxt/browser';

export function readLocal(key: string): Promise<Record<string, unknown>> {
  return browser.storage.local.get(key);
}

/** Calls `listener` with the changed keys of `storage.local`; returns a function that stops it. */
export function onLocalChanged(listener: (keys: string[]) => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local') listener(Object.keys(changes));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
