import { useRef, useState } from 'preact/hooks';
import type { Highlight } from '@/utils/highlights/record';
import { exportFilename, parseImport, toCsv, toMarkdown, toW3CJson, type SkippedItem } from '@/utils/export';
import { BATCH_MAX, type ImportCounts } from '@/utils/messages';
import { createClock } from '@/utils/sync/hlc';
import { ask } from '@/platform/messaging';
import { t } from '@/platform/i18n';
import { extensionVersion } from '@/platform/runtime';
import { downloadText } from './actions';
import { uiLang } from './lang';

/** Buttons that save `records` as Markdown (one file or one per page), W3C JSON or CSV. */
export function ExportButtons(p: { records: readonly Highlight[]; scopeLabel: string }) {
  const lang = uiLang();
  const now = Date.now();
  const disabled = p.records.length === 0;
  const exportAs = (kind: 'markdown' | 'markdown-pages' | 'w3c' | 'csv') => {
    if (kind === 'markdown')
      downloadText(exportFilename('markdown', now), toMarkdown(p.records, { lang }), 'text/markdown;charset=utf-8');
    if (kind === 'markdown-pages')
      for (const file of toMarkdown(p.records, { lang, perPage: true }))
        downloadText(file.filename, file.content, 'text/markdown;charset=utf-8');
    if (kind === 'w3c')
      downloadText(
        exportFilename('w3c', now),
        toW3CJson(p.records, { now, version: extensionVersion() }),
        'application/ld+json;charset=utf-8',
      );
    if (kind === 'csv')
      downloadText(exportFilename('csv', now), toCsv(p.records, { bom: true }), 'text/csv;charset=utf-8');
  };
  return (
    <div class="export" role="group" aria-label={t('exportHeading')}>
      <div class="export-buttons">
        <button
          type="button"
          class="btn"
          disabled={disabled}
          onClick={() => exportAs('markdown')}
          data-testid="export-markdown"
        >
          {t('exportMarkdown')}
        </button>
        <button type="button" class="btn" disabled={disabled} onClick={() => exportAs('markdown-pages')}>
          {t('exportMarkdownPages')}
        </button>
        <button type="button" class="btn" disabled={disabled} onClick={() => exportAs('w3c')} data-testid="export-json">
          {t('exportW3C')}
        </button>
        <button type="button" class="btn" disabled={disabled} onClick={() => exportAs('csv')} data-testid="export-csv">
          {t('exportCsv')}
        </button>
      </div>
      <p class="hint">{p.scopeLabel}</p>
    </div>
  );
}

type ImportState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'failed'; reason: string; skipped: SkippedItem[] }
  | { kind: 'done'; counts: ImportCounts; skipped: SkippedItem[] };

/** Reads an import file, sends its valid records to the background in batches, and reports what happened. */
export async function importText(text: string): Promise<ImportState> {
  const parsed = parseImport(text, { clock: createClock('import').tick() });
  if (parsed.error) return { kind: 'failed', reason: parsed.error, skipped: parsed.skipped };
  if (parsed.records.length === 0) {
    const reason = parsed.skipped[0]?.reason ?? 'no annotations in the file';
    return { kind: 'failed', reason, skipped: parsed.skipped };
  }
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0, olderIgnored: 0, refused: 0 };
  for (let i = 0; i < parsed.records.length; i += BATCH_MAX) {
    const r = await ask({ type: 'highlights/import', records: parsed.records.slice(i, i + BATCH_MAX) });
    counts.added += r.added;
    counts.updated += r.updated;
    counts.unchanged += r.unchanged;
    counts.olderIgnored += r.olderIgnored;
    counts.refused += r.refused;
  }
  return { kind: 'done', counts, skipped: parsed.skipped };
}

export function ImportPanel() {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const onFile = async (file: File) => {
    setState({ kind: 'working' });
    try {
      setState(await importText(await file.text()));
    } catch (e) {
      setState({ kind: 'failed', reason: e instanceof Error ? e.message : String(e), skipped: [] });
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  const skipped = state.kind === 'done' || state.kind === 'failed' ? state.skipped : [];
  return (
    <div class="import">
      <label class="btn">
        {t('importChoose')}
        <input
          ref={input}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          class="visually-hidden"
          data-testid="import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void onFile(file);
          }}
        />
      </label>
      <p class="hint">{t('importHint')}</p>
      <div role="status" aria-live="polite" data-testid="import-report">
        {state.kind === 'working' && <p class="notice">{t('importWorking')}</p>}
        {state.kind === 'done' && (
          <p class="notice" data-result="done">
            {t('importReport', [
              String(state.counts.added),
              String(state.counts.updated),
              String(state.counts.unchanged),
              String(state.counts.olderIgnored),
              // Records refused by the background (utils/sync/admit.ts) are skipped too.
              String(state.skipped.length + state.counts.refused),
            ])}
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
