import { useRef, useState } from 'preact/hooks';
import { t } from '@/platform/i18n';
import { extensionVersion } from '@/platform/runtime';
import { exportToFile, type ExportKind, type ExportSource } from './export-file';
import { importFile, type ImportOutcome, type ImportProgress } from './import-file';
import { uiLang } from './lang';

/**
 * Buttons that save the highlights of `source` as Markdown (one file or one per page), W3C JSON
 * or CSV, streamed from the store with a progress bar (`count`: how many there are).
 */
export function ExportButtons(p: { source: ExportSource; count: number; scopeLabel: string }) {
  const [done, setDone] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const disabled = p.count === 0 || done !== null;
  const exportAs = async (kind: ExportKind) => {
    setDone(0);
    setError(null);
    try {
      await exportToFile(kind, p.source, {
        lang: uiLang(),
        now: Date.now(),
        version: extensionVersion(),
        onProgress: setDone,
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setDone(null);
    }
  };
  const button = (kind: ExportKind, label: string, testId?: string) => (
    <button type="button" class="btn" disabled={disabled} onClick={() => void exportAs(kind)} data-testid={testId}>
      {label}
    </button>
  );
  return (
    <div class="export" role="group" aria-label={t('exportHeading')}>
      <div class="export-buttons">
        {button('markdown', t('exportMarkdown'), 'export-markdown')}
        {button('markdown-pages', t('exportMarkdownPages'))}
        {button('w3c', t('exportW3C'), 'export-json')}
        {button('csv', t('exportCsv'), 'export-csv')}
      </div>
      <p class="hint">{p.scopeLabel}</p>
      {done !== null && (
        <div role="status" data-testid="export-progress">
          <progress max={Math.max(1, p.count)} value={done} aria-label={t('exportProgressLabel')} />
          <p class="hint">{t('exportWorking', [String(done), String(p.count)])}</p>
        </div>
      )}
      {error && (
        <p role="alert" class="notice error">
          {error}
        </p>
      )}
    </div>
  );
}

type ImportState = { kind: 'idle' } | { kind: 'working'; progress: ImportProgress | null } | ImportOutcome;

/** Reads an import file (streamed when large), with a progress bar and a cancel button, and reports what happened. */
export function ImportPanel() {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const cancel = useRef<AbortController | null>(null);
  const onFile = async (file: File) => {
    const controller = new AbortController();
    cancel.current = controller;
    setState({ kind: 'working', progress: null });
    try {
      setState(
        await importFile(file, {
          signal: controller.signal,
          onProgress: (progress) => setState({ kind: 'working', progress }),
        }),
      );
    } catch (e) {
      setState({ kind: 'failed', reason: e instanceof Error ? e.message : String(e), skipped: [], skippedCount: 0 });
    } finally {
      cancel.current = null;
      if (input.current) input.current.value = '';
    }
  };
  const skipped = state.kind === 'done' || state.kind === 'failed' ? state.skipped : [];
  return (
    <div class="import">
      <label class="btn" aria-disabled={state.kind === 'working'}>
        {t('importChoose')}
        <input
          ref={input}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          class="visually-hidden"
          data-testid="import-file"
          disabled={state.kind === 'working'}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void onFile(file);
          }}
        />
      </label>
      <p class="hint">{t('importHint')}</p>
      <div role="status" aria-live="polite" data-testid="import-report">
        {state.kind === 'working' && (
          <div class="import-progress">
            <progress
              max={Math.max(1, state.progress?.size ?? 1)}
              value={state.progress?.read ?? 0}
              aria-label={t('importProgressLabel')}
              data-testid="import-progress"
            />
            <p class="notice">
              {state.progress ? t('importReading', String(state.progress.records)) : t('importWorking')}
            </p>
            <button
              type="button"
              class="btn"
              data-testid="import-cancel"
              onClick={() => cancel.current?.abort()}
              disabled={cancel.current?.signal.aborted}
            >
              {t('importCancel')}
            </button>
          </div>
        )}
        {state.kind === 'done' && (
          <p class="notice" data-result="done">
            {t('importReport', [
              String(state.counts.added),
              String(state.counts.updated),
              String(state.counts.unchanged),
              String(state.counts.olderIgnored),
              // Records refused by the background (utils/sync/admit.ts) are skipped too.
              String(state.skippedCount + state.counts.refused),
            ])}
            {state.counts.corrected > 0 && (
              <>
                {' '}
                <span data-testid="import-corrected">{t('importCorrectedSites', String(state.counts.corrected))}</span>
              </>
            )}
          </p>
        )}
        {state.kind === 'cancelled' && (
          <p class="notice" data-result="cancelled">
            {t('importCancelled')}
          </p>
        )}
        {state.kind === 'failed' && (
          <p class="notice error" data-result="failed">
            {t('importFailed', state.reason)}
          </p>
        )}
        {skipped.length > 0 && (
          <ul class="skipped">
            {skipped.slice(0, 20).map((s) => (
              <li key={s.index}>{t('importSkipped', [String(s.index + 1), s.reason])}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
