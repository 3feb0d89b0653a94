/**
 * Reading `storage.local` directly. Only the background writes it (the single writer): this is
 * for the one read that must not wait for the service worker to wake, the content script's
 * settings (the mirror the background keeps there) before the first paint. Extension pages hear
 * of library changes on platform/library-changes.ts instead.
 */
import { browser } from 'wxt/browser';

export function readLocal(key: string): Promise<Record<string, unknown>> {
  return browser.storage.local.get(key);
}
