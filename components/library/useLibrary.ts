import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Highlight } from '@/utils/highlights/record';
import type { Settings } from '@/utils/store/settings';
import { ask } from '@/platform/messaging';
import { onLibraryChanged } from '@/platform/library-changes';
import { applyChanged } from '@/utils/library/group';

/** Records fetched for the first screen of a large library. */
const FIRST_SCREEN_RECORDS = 60;

/**
 * All live highlights and the settings, kept current: reloaded when stored highlights or
 * settings change (edits from a page, another window, an import), and patched at once after
 * this page's own edits so the list never lags behind a click.
 */
export function useLibrary(options: { enabled?: boolean } = {}) {
  const enabled = options.enabled ?? true;
  const [records, setRecords] = useState<Highlight[] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  /** Set while only the newest pages are loaded (the first screen), before the whole library. */
  const [partial, setPartial] = useState(false);

  const loadAll = useCallback(async () => {
    try {
      const [list, s] = await Promise.all([ask({ type: 'highlights/list' }), ask({ type: 'settings/get' })]);
      setRecords(list);
      setSettings(s);
      setPartial(false);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  // A large library takes a while to cross the message channel: draw the newest pages
  // first, then fetch everything once that first screen is painted.
  const firstLoad = useCallback(async () => {
    try {
      const recent = await ask({ type: 'highlights/recent', limit: FIRST_SCREEN_RECORDS });
      if (recent.records.length < recent.total) {
        setRecords(recent.records);
        setPartial(true);
        requestAnimationFrame(() => setTimeout(() => void loadAll(), 0));
        return;
      }
    } catch {
      // Fall through to the full load, which reports any error.
    }
    await loadAll();
  }, [loadAll]);

  const reload = loadAll;

  useEffect(() => {
    if (!enabled) return;
    void firstLoad();
    void ask({ type: 'settings/get' }).then(setSettings, () => undefined);
    return onLibraryChanged(() => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void reload(), 150);
    });
  }, [enabled, reload]);

  /** Applies records returned by the background (saved, deleted or restored). */
  const apply = useCallback((changed: readonly Highlight[]) => {
    setRecords((current) => (current ? applyChanged(current, changed) : current));
  }, []);

  return { records, partial, settings, setSettings, error, setError, reload, apply };
}
