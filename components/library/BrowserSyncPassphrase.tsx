/**
 * The options page's browser-sync passphrase (entrypoints/background/sync/browser-sync-seal.ts):
 * set it (the items are written sealed), enter it where another browser set it, or turn it off
 * after a confirm (the items are written back plain). Where the items this browser saw encrypted are
 * not any more ('gone': turned off elsewhere, or a page removed them), the reader chooses: a
 * passphrase again, or sync unencrypted. Where this browser has the passphrase and the items are
 * plain without their passphrase item ('unsealed': turned off elsewhere, or a page's doing), the
 * first choice is to keep encrypting (`sync/browser-reseal`: sealed again from here); turning it
 * off here, which writes this browser's highlights where a page can read them, comes second, after
 * a confirm that says so. The passphrase goes to the background in
 * `sync/browser-passphrase` and is never kept: the field is cleared after each try.
 */
import { useState } from 'preact/hooks';
import { ask } from '@/platform/messaging';
import { t } from '@/platform/i18n';
import type { BrowserSyncStatus, SyncStatus } from '@/utils/sync/status';

export function BrowserSyncPassphrase({
  status,
  onStatus,
}: {
  status: BrowserSyncStatus;
  onStatus: (s: SyncStatus) => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmOff, setConfirmOff] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** A passphrase to set, null to turn it off, or `reseal` to keep encrypting. */
  const send = async (value: string | null | { reseal: true }) => {
    setBusy(true);
    setError(null);
    try {
      onStatus(
        await (typeof value === 'object' && value !== null
          ? ask({ type: 'sync/browser-reseal' })
          : ask({ type: 'sync/browser-passphrase', passphrase: value })),
      );
      setConfirmOff(false);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setPassphrase('');
      setBusy(false);
    }
  };

  const errorLine = error && (
    <p class="field-error" role="alert" data-testid="sync-browser-passphrase-error">
      {error}
    </p>
  );

  const unsealed = status.passphrase === 'unsealed';
  if (status.passphrase === 'on' || unsealed)
    return (
      <div data-testid="sync-browser-passphrase">
        {unsealed ? <p class="field-error">{t('syncBrowserUnsealed')}</p> : <p>{t('syncBrowserEncrypted')}</p>}
        {unsealed && !confirmOff && (
          <>
            <button
              type="button"
              class="btn btn-primary"
              disabled={busy}
              data-testid="sync-browser-keep"
              onClick={() => void send({ reseal: true })}
            >
              {t('syncBrowserKeepEncrypting')}
            </button>{' '}
          </>
        )}
        {confirmOff ? (
          <div role="group" aria-labelledby="sync-browser-off-confirm">
            <p id="sync-browser-off-confirm">
              {t(unsealed ? 'syncBrowserUnsealedOffConfirm' : 'syncBrowserPassphraseOffConfirm')}
            </p>
            <button
              type="button"
              class="btn"
              disabled={busy}
              data-testid="sync-browser-passphrase-off-yes"
              onClick={() => void send(null)}
            >
              {t('syncBrowserPassphraseOffYes')}
            </button>{' '}
            <button type="button" class="btn" disabled={busy} onClick={() => setConfirmOff(false)}>
              {t('cancel')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            class="btn"
            disabled={busy}
            data-testid="sync-browser-passphrase-off"
            onClick={() => setConfirmOff(true)}
          >
            {t('syncBrowserPassphraseOff')}
          </button>
        )}
        {errorLine}
      </div>
    );

  const needed = status.passphrase === 'needed';
  const gone = status.passphrase === 'gone';
  return (
    <form
      class="sync-form"
      data-testid="sync-browser-passphrase"
      onSubmit={(e) => {
        e.preventDefault();
        if (passphrase) void send(passphrase);
      }}
    >
      {needed && <p class="field-error">{t('syncBrowserNeeded')}</p>}
      {gone && <p class="field-error">{t('syncBrowserGone')}</p>}
      <div class="form-field">
        <label for="sync-browser-passphrase-field">{t('syncBrowserPassphrase')}</label>
        <input
          id="sync-browser-passphrase-field"
          class="input"
          type="password"
          autocomplete={needed ? 'current-password' : 'new-password'}
          aria-describedby="sync-browser-passphrase-hint"
          data-testid="sync-browser-passphrase-field"
          value={passphrase}
          onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)}
        />
      </div>
      <p class="hint" id="sync-browser-passphrase-hint">
        {t('syncBrowserPassphraseHint')}
      </p>
      <div class="form-actions">
        <button type="submit" class="btn" disabled={busy || !passphrase} data-testid="sync-browser-passphrase-set">
          {needed ? t('syncBrowserUnlock') : t('syncBrowserEncrypt')}
        </button>
        {gone && (
          <>
            {' '}
            <button
              type="button"
              class="btn"
              disabled={busy}
              data-testid="sync-browser-unencrypted"
              onClick={() => void send(null)}
            >
              {t('syncBrowserPassphraseOffYes')}
            </button>
          </>
        )}
      </div>
      {errorLine}
    </form>
  );
}
