/**
 * The options page's sync section: browser sync (on by default, with how many highlights fit,
 * and its optional passphrase: BrowserSyncPassphrase.tsx) and the opt-in sync server (CouchDB) with optional end-to-end encryption.
 *
 * Connecting first asks the browser for permission to reach the server's origin — straight
 * from the click, since browsers grant permissions only during a user gesture — then sends
 * `sync/configure`, which checks the server, the credentials and the passphrase before
 * saving anything.
 */
import { useEffect, useState } from 'preact/hooks';
import { ask } from '@/platform/messaging';
import { t } from '@/platform/i18n';
import { requestPermission } from '@/platform/permissions';
import type { Settings } from '@/utils/store/settings';
import { momentLabel } from './lang';
import { BrowserSyncPassphrase } from './BrowserSyncPassphrase';
import type { SyncStatus } from '@/utils/sync/status';

const when = (ms: number | null) => (ms ? t('syncLast', momentLabel(ms)) : t('syncNever'));

function originPattern(url: string): string | null {
  try {
    const u = new URL(url.trim());
    return /^https?:$/.test(u.protocol) ? `${u.origin}/*` : null;
  } catch {
    return null;
  }
}

export function SyncSettings() {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [form, setForm] = useState({ url: '', db: 'huazhongdian', username: '', password: '', passphrase: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const refresh = () => void ask({ type: 'sync/status' }).then(setStatus, (e: Error) => setError(e.message));
  useEffect(() => {
    refresh();
    void ask({ type: 'settings/get' }).then(setSettings, () => undefined);
    const timer = setInterval(refresh, 5000);
    return () => clearInterval(timer);
  }, []);

  const toggleBrowserSync = async (on: boolean) => {
    setSettings(await ask({ type: 'settings/update', patch: { browserSync: on } }));
    if (on) setStatus(await ask({ type: 'sync/now', target: 'browser' }));
    else refresh();
  };

  const connect = async () => {
    setError(null);
    const pattern = originPattern(form.url);
    if (!pattern) return setError(t('syncServerUrl'));
    // First, and straight from the click: the permission request needs the user gesture.
    const granted = await requestPermission({ origins: [pattern] }).catch(() => false);
    if (!granted) return setError(t('syncServerPermission', pattern.slice(0, -2)));
    setBusy(true);
    try {
      setStatus(await ask({ type: 'sync/configure', server: form }));
      setForm((f) => ({ ...f, password: '', passphrase: '' }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const run = async (request: () => Promise<SyncStatus>) => {
    setBusy(true);
    setError(null);
    try {
      setStatus(await request());
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const b = status?.browser;
  const s = status?.server;
  // One labelled field a line, the label above it: the same at every width and in both languages.
  const field = (key: keyof typeof form, label: string, type = 'text', extra: Record<string, string> = {}) => (
    <div class="form-field">
      <label for={`sync-field-${key}`}>{label}</label>
      <input
        id={`sync-field-${key}`}
        class="input"
        type={type}
        name={key}
        data-testid={`sync-${key}`}
        value={form[key]}
        onInput={(e) => setForm((f) => ({ ...f, [key]: (e.target as HTMLInputElement).value }))}
        {...extra}
      />
    </div>
  );

  return (
    <section class="opt-section" aria-labelledby="opt-sync" data-slot="sync-settings" data-testid="sync-settings">
      <h2 id="opt-sync">{t('optSync')}</h2>

      <h3>{t('syncBrowserTitle')}</h3>
      <label class="check-row">
        <input
          type="checkbox"
          data-testid="sync-browser-toggle"
          checked={settings?.browserSync ?? true}
          onChange={(e) => void toggleBrowserSync((e.target as HTMLInputElement).checked)}
        />
        {t('syncBrowserToggle')}
      </label>
      {b && b.enabled && (
        <p data-testid="sync-browser-status">
          {t('syncBrowserCount', [String(b.synced), String(b.total)])} · {when(b.lastSync)}
        </p>
      )}
      {b && !b.enabled && <p class="muted">{t('syncBrowserOff')}</p>}
      {b && b.enabled && b.synced < b.total && <p class="muted">{t('syncBrowserFull')}</p>}
      {b?.lastError && <p class="field-error">{t('syncProblem', b.lastError)}</p>}
      {b && b.enabled && <BrowserSyncPassphrase status={b} onStatus={setStatus} />}

      <h3>{t('syncServerTitle')}</h3>
      <p class="muted">{t('syncServerHint')}</p>
      {s?.configured && (
        <div data-testid="sync-server-status">
          <p>
            {t('syncServerConnected', [s.url ?? '', s.db ?? ''])}
            {s.encrypted && ` · ${t('syncServerEncrypted')}`}
          </p>
          <p>
            {when(s.lastSync)}
            {s.pending > 0 && ` · ${t('syncServerPending', String(s.pending))}`}
          </p>
          {s.locked && <p class="field-error">{t('syncServerLocked')}</p>}
          {s.lastError && <p class="field-error">{t('syncProblem', s.lastError)}</p>}
          <button
            type="button"
            class="btn"
            disabled={busy}
            onClick={() => void run(() => ask({ type: 'sync/now', target: 'server' }))}
          >
            {t('syncServerNow')}
          </button>{' '}
          <button
            type="button"
            class="btn"
            disabled={busy}
            onClick={() => void run(() => ask({ type: 'sync/configure', server: null }))}
          >
            {t('syncServerOff')}
          </button>
        </div>
      )}
      <form
        class="sync-form"
        data-testid="sync-server-form"
        onSubmit={(e) => {
          e.preventDefault();
          void connect();
        }}
      >
        {field('url', t('syncServerUrl'), 'url', { placeholder: 'https://couch.example.org:5984', required: 'true' })}
        {field('db', t('syncServerDb'))}
        {field('username', t('syncServerUser'), 'text', { autocomplete: 'username' })}
        {field('password', t('syncServerPassword'), 'password', { autocomplete: 'current-password' })}
        {field('passphrase', t('syncServerPassphrase'), 'password', {
          autocomplete: 'new-password',
          'aria-describedby': 'sync-passphrase-hint',
        })}
        <p class="hint" id="sync-passphrase-hint">
          {t('syncServerPassphraseHint')}
        </p>
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" disabled={busy} data-testid="sync-connect">
            {busy ? t('syncServerConnecting') : t('syncServerConnect')}
          </button>
        </div>
      </form>
      {error && (
        <p class="field-error" role="alert" data-testid="sync-error">
          {error}
        </p>
      )}
    </section>
  );
}
