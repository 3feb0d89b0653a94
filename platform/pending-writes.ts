/**
 * Whether the background holds writes it could not save yet (utils/store/pending.ts: IndexedDB
 * full or broken). They wait in `storage.session`, which the extension's own pages can read and
 * content scripts cannot. While any wait there, the pages' own reader (which reads IndexedDB
 * only) would show the library without them, so the pages ask the background, whose answers
 * include them.
 */
import { browser } from 'wxt/browser';
import { PENDING_KEY } from '@/utils/store/pending';

/** A test of "writes are pending", kept current by storage events; false where there is no session area. */
export function watchPendingWrites(): () => Promise<boolean> {
  const session = browser.storage.session;
  if (!session) return async () => false;
  let pending = false;
  const first = session.get(PENDING_KEY).then(
    (got) => {
      pending = got[PENDING_KEY] !== undefined;
    },
    () => undefined,
  );
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && PENDING_KEY in changes) pending = changes[PENDING_KEY]?.newValue !== undefined;
  });
  return async () => {
    await first;
    return pending;
  };
}
