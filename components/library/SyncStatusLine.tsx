/**
 * One line for the popup: "N of M highlights synced by the browser" (with a hint to use a
 * sync server when not all fit), that browser sync waits for its passphrase (a link to the
 * options page), or the sync server's state when one is set up.
 */
import { useEffect, useState } from 'preact/hooks';
import { ask } from '@/platform/messaging';
import { t } from '@/platform/i18n';
import type { SyncStatus } from '@/utils/sync/status';
import { openOptionsPage } from './actions';
import { momentLabel } from './lang';

const LINE_STYLE = { fontSize: '12px', margin: '4px 12px', opacity: 0.8 };

export function SyncStatusLine() {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    void ask({ type: 'sync/status' }).then(setStatus, () => setStatus(null));
  }, []);
  if (!status) return null;
  const { browser: b, server: s } = status;
  if (s.configured) {
    const state = s.lastError ?? (s.lastSync ? t('syncLast', momentLabel(s.lastSync)) : t('syncNever'));
    return (
      <p class="sync-line" data-testid="sync-status-line" style={LINE_STYLE}>
        {t('syncServerLine', state)}
      </p>
    );
  }
  if (b.enabled && (b.passphrase === 'needed' || b.passphrase === 'gone' || b.passphrase === 'unsealed'))
    return (
      <p class="sync-line" data-testid="sync-status-line" style={LINE_STYLE}>
        <a href="#" onClick={(e) => (e.preventDefault(), void openOptionsPage())}>
          {t(
            b.passphrase === 'needed'
              ? 'syncBrowserNeededLine'
              : b.passphrase === 'gone'
                ? 'syncBrowserGoneLine'
                : 'syncBrowserUnsealedLine',
          )}
        </a>
      </p>
    );
  if (!b.enabled || b.total === 0) return null;
  return (
    <p class="sync-line" data-testid="sync-status-line" style={LINE_STYLE}>
      {t('syncBrowserCount', [String(b.synced), String(b.total)])}
      {b.synced < b.total && (
        <>
          {' · '}
          <a href="#" onClick={(e) => (e.preventDefault(), void openOptionsPage())}>
            {t('syncSuggestServer')}
          </a>
        </>
      )}
    </p>
  );
}
