import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Highlight } from '@/utils/highlights/record';
import type { Settings } from '@/utils/store/settings';
import { ask } from '@/platform/messaging';
import { KEYS } from '@/utils/store/schema';
import { applyChanged } from '@/utils/library/group';

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

  const reload = useCallback(async () => {
    try {
      const [list, s] = await Promise.all([ask({ type: 'highlights/list' }), ask({ type: 'settings/get' })]);
      setRecords(list);
      setSettings(s);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => {
    if (!enabled) return;
    void reload();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local') return;
      if (!Object.keys(changes).some((k) => k.startsWith(KEYS.highlightPrefix) || k === KEYS.settings)) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void reload(), 150);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [enabled, reload]);

  /** Applies records returned by the background (saved, deleted or restored). */
  const apply = useCallback((changed: readonly Highlight[]) => {
    setRecords((current) => (current ? applyChanged(current, changed) : current));
  }, []);

  return { records, settings, setSettings, error, setError, reload, apply };
}
