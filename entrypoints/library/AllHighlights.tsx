import { useState } from 'preact/hooks';
import type { Highlight } from '@/utils/highlights/record';
import { BATCH_MAX, IDS_MAX } from '@/utils/messages';
import { pageToMarkdown } from '@/utils/export/markdown';
import type { LibraryPage } from '@/utils/library/group';
import { deleteWithUndo } from '@/utils/highlights/delete-with-undo';
import { ask } from '@/platform/messaging';
import { t } from '@/platform/i18n';
import { LibraryBrowser } from '@/components/library/LibraryBrowser';
import { EditHighlight } from '@/components/library/EditHighlight';
import { Toast, useToast } from '@/components/library/Toast';
import { ExportButtons, ImportPanel } from '@/components/library/ExportImport';
import type { ExportSource } from '@/components/library/export-file';
import { parseTags, revealHighlight } from '@/components/library/actions';
import { useLibraryView } from '@/components/library/useLibraryView';
import { uiLang } from '@/components/library/lang';
import type { LibraryViewProps } from './views';

async function inBatches<T, R>(items: readonly T[], run: (batch: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += BATCH_MAX) out.push(...(await run(items.slice(i, i + BATCH_MAX))));
  return out;
}

/**
 * Every highlight, read from the store a page at a time: search and filters, bulk select
 * (of everything a query matches, by id), delete, re-tag, export of a selection, of a query
 * or of the whole library (streamed), and import.
 */
export function AllHighlights({ settings }: LibraryViewProps) {
  const view = useLibraryView();
  const [selection, setSelection] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<Highlight | null>(null);
  const [tag, setTag] = useState('');
  const [selecting, setSelecting] = useState(false);
  const { toast, show, hide } = useToast();
  const fail = (e: unknown) => view.setError(e instanceof Error ? e.message : String(e));

  const setDeleted = (ids: string[], deleted: boolean) =>
    inBatches(ids, (batch) => ask({ type: 'highlights/delete-many', ids: batch, deleted }));
  const deleteMany = (ids: string[]) =>
    deleteWithUndo({
      remove: async () => {
        const gone = await setDeleted(ids, true);
        setSelection(new Set());
        return gone;
      },
      restore: () => setDeleted(ids, false),
      applied: view.apply,
      offerUndo: (run) =>
        show({
          text: ids.length === 1 ? t('toastDeleted') : t('toastDeletedMany', String(ids.length)),
          action: { label: t('actionUndo'), run },
        }),
      failed: fail,
    });

  const retag = async (mode: 'add' | 'remove') => {
    if (!parseTags(tag).length || !selection.size) return;
    // Only the tags change, on the records as stored: a note or colour changed elsewhere meanwhile is kept.
    try {
      const ids = [...selection];
      view.apply(await inBatches(ids, (batch) => ask({ type: 'highlights/retag-many', ids: batch, mode, tags: tag })));
      setTag('');
      show({ text: t('toastSaved') });
    } catch (e) {
      fail(e);
    }
  };

  /** Everything the query matches, not only what is loaded. */
  const selectAllShown = async () => {
    setSelecting(true);
    try {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { ids: string[]; cursor: string | null } = await ask({
          type: 'highlights/ids',
          query: view.query,
          limit: IDS_MAX,
          cursor,
        });
        ids.push(...page.ids);
        cursor = page.cursor;
      } while (cursor);
      setSelection(new Set(ids));
    } catch (e) {
      fail(e);
    } finally {
      setSelecting(false);
    }
  };

  const copy = async (page: LibraryPage) => {
    try {
      await navigator.clipboard.writeText(pageToMarkdown(page.highlights, { lang: uiLang() }));
      show({ text: t('popupCopied') });
    } catch {
      show({ text: t('popupCopyFailed') });
    }
  };

  const shownCount = view.total?.records ?? 0;
  const filtered = view.query.text !== undefined || view.query.filters !== undefined;
  const source: ExportSource = selection.size
    ? { kind: 'ids', ids: [...selection] }
    : filtered
      ? { kind: 'query', query: view.query }
      : { kind: 'library' };

  return (
    <>
      <main class="lib-main">
        {view.error && (
          <p role="alert" class="notice error lib-error">
            {view.error}
          </p>
        )}
        {selection.size > 0 && (
          <div
            class="bulk"
            role="toolbar"
            aria-label={t('selectedCount', String(selection.size))}
            data-testid="bulk-bar"
          >
            <strong>{t('selectedCount', String(selection.size))}</strong>
            <button
              type="button"
              class="btn btn-danger"
              onClick={() => void deleteMany([...selection])}
              data-testid="bulk-delete"
            >
              {t('bulkDelete')}
            </button>
            <input
              class="input"
              placeholder={t('bulkTagName')}
              aria-label={t('bulkTagName')}
              value={tag}
              data-testid="bulk-tag"
              onInput={(e) => setTag(e.currentTarget.value)}
            />
            <button
              type="button"
              class="btn"
              disabled={!tag.trim()}
              onClick={() => void retag('add')}
              data-testid="bulk-add-tag"
            >
              {t('bulkAddTag')}
            </button>
            <button type="button" class="btn" disabled={!tag.trim()} onClick={() => void retag('remove')}>
              {t('bulkRemoveTag')}
            </button>
            <button type="button" class="link-btn" onClick={() => setSelection(new Set())}>
              {t('bulkClear')}
            </button>
          </div>
        )}
        {(view.records || view.previous) && (
          <LibraryBrowser
            view={view}
            settings={settings}
            onOpen={(h) => void revealHighlight(h).then((o) => (document.documentElement.dataset.lastReveal = o), fail)}
            onEdit={setEditing}
            onDelete={(h) => void deleteMany([h.id])}
            onCopyPage={(p) => void copy(p)}
            selection={selection}
            onSelectionChange={setSelection}
            autoFocusSearch
          />
        )}
        <Toast toast={toast} onClose={hide} />
      </main>
      <aside class="lib-side">
        <section aria-labelledby="lib-select">
          <h2 id="lib-select" class="visually-hidden">
            {t('selectAllShown')}
          </h2>
          <button
            type="button"
            class="btn"
            disabled={!shownCount || selecting}
            onClick={() => void selectAllShown()}
            data-testid="select-all"
          >
            {t('selectAllShown')}
          </button>
        </section>
        <section aria-labelledby="lib-export">
          <h2 id="lib-export">{t('exportHeading')}</h2>
          <ExportButtons
            source={source}
            count={selection.size || shownCount}
            scopeLabel={
              selection.size
                ? t('exportScopeSelected', String(selection.size))
                : t('exportScopeShown', String(shownCount))
            }
          />
        </section>
        <section aria-labelledby="lib-import">
          <h2 id="lib-import">{t('importHeading')}</h2>
          <ImportPanel />
        </section>
      </aside>
      <EditHighlight
        editing={editing}
        settings={settings}
        onClose={() => setEditing(null)}
        onSaved={(saved) => view.apply([saved])}
        onError={fail}
      />
    </>
  );
}
