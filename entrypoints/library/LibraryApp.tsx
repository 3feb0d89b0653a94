import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Highlight } from '@/utils/highlights/record';
import { BATCH_MAX } from '@/utils/messages';
import { pageToMarkdown } from '@/utils/export/markdown';
import type { LibraryPage } from '@/utils/library/group';
import { ask } from '@/platform/messaging';
import { t } from '@/platform/i18n';
import { useLibrary } from '@/components/library/useLibrary';
import { LibraryBrowser } from '@/components/library/LibraryBrowser';
import { EditDialog } from '@/components/library/EditDialog';
import { Toast, useToast } from '@/components/library/Toast';
import { ExportButtons, ImportPanel } from '@/components/library/ExportImport';
import { openOptionsPage, parseTags, revealHighlight, saveHighlight } from '@/components/library/actions';
import { addTags, removeTags } from '@/utils/highlights/tags';
import { deleteWithUndo } from '@/utils/highlights/delete-with-undo';
import { uiLang } from '@/components/library/lang';
import { GearIcon } from '@/components/library/icons';
import { IconButton } from '@/components/common/IconButton';
import { DeadlinesView } from '@/components/library/DeadlinesView';

async function inBatches<T, R>(items: readonly T[], run: (batch: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += BATCH_MAX) out.push(...(await run(items.slice(i, i + BATCH_MAX))));
  return out;
}

/** The full library: search and filters, bulk select, delete, re-tag, export of a selection, import. */
const viewFromHash = () => (location.hash === '#deadlines' ? 'deadlines' : 'all');

export function LibraryApp() {
  const [view, setView] = useState(viewFromHash);
  useEffect(() => {
    const onHash = () => setView(viewFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const library = useLibrary();
  const [selection, setSelection] = useState<Set<string>>(new Set());
  const [shown, setShown] = useState<Highlight[]>([]);
  const [editing, setEditing] = useState<Highlight | null>(null);
  const [tag, setTag] = useState('');
  const { toast, show, hide } = useToast();
  const fail = (e: unknown) => library.setError(e instanceof Error ? e.message : String(e));

  const records = library.records ?? [];
  const selected = useMemo(() => records.filter((r) => selection.has(r.id)), [records, selection]);
  const exportScope = selected.length ? selected : shown;

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
      applied: library.apply,
      offerUndo: (run) =>
        show({
          text: ids.length === 1 ? t('toastDeleted') : t('toastDeletedMany', String(ids.length)),
          action: { label: t('actionUndo'), run },
        }),
      failed: fail,
    });

  const retag = async (mode: 'add' | 'remove') => {
    if (!parseTags(tag).length || !selected.length) return;
    // Only the tags are sent: a note or colour changed elsewhere meanwhile is kept.
    const items = selected.map((r) => ({
      id: r.id,
      patch: { tags: mode === 'add' ? addTags(r.tags, tag) : removeTags(r.tags, tag) },
    }));
    try {
      library.apply(await inBatches(items, (batch) => ask({ type: 'highlights/update-many', items: batch })));
      setTag('');
      show({ text: t('toastSaved') });
    } catch (e) {
      fail(e);
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

  const header = (
    <header class="lib-head">
      <h1 class="brand">
        <span class="brand-mark" aria-hidden="true">
          划
        </span>
        {t('libraryTitle')}
      </h1>
      <nav class="tabs" aria-label={t('libraryTitle')}>
        <a class="tab" href="#all" aria-current={view === 'all' ? 'page' : undefined} data-testid="view-all">
          {t('popupTabAll')}
        </a>
        <a
          class="tab"
          href="#deadlines"
          aria-current={view === 'deadlines' ? 'page' : undefined}
          data-testid="view-deadlines"
        >
          {t('libraryDeadlines')}
        </a>
      </nav>
      <IconButton label={t('popupOpenOptions')} onClick={() => void openOptionsPage()}>
        <GearIcon />
      </IconButton>
    </header>
  );
  // The Deadlines view is its own component (components/library/DeadlinesView.tsx), opened at #deadlines.
  if (view === 'deadlines')
    return (
      <div class="library">
        {header}
        <div class="lib-body">
          <DeadlinesView />
        </div>
      </div>
    );

  return (
    <div class="library">
      {header}
      <div class="lib-body">
        <main class="lib-main">
          {library.error && (
            <p role="alert" class="notice error lib-error">
              {library.error}
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
          {library.records && (
            <LibraryBrowser
              records={library.records}
              settings={library.settings}
              onOpen={(h) =>
                void revealHighlight(h).then((o) => (document.documentElement.dataset.lastReveal = o), fail)
              }
              onEdit={setEditing}
              onDelete={(h) => void deleteMany([h.id])}
              onCopyPage={(p) => void copy(p)}
              selection={selection}
              onSelectionChange={setSelection}
              onShownChange={setShown}
              autoFocusSearch
              partial={library.partial}
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
              disabled={!shown.length}
              onClick={() => setSelection(new Set(shown.map((r) => r.id)))}
              data-testid="select-all"
            >
              {t('selectAllShown')}
            </button>
          </section>
          <section aria-labelledby="lib-export">
            <h2 id="lib-export">{t('exportHeading')}</h2>
            <ExportButtons
              records={exportScope}
              scopeLabel={
                selected.length
                  ? t('exportScopeSelected', String(selected.length))
                  : t('exportScopeShown', String(shown.length))
              }
            />
          </section>
          <section aria-labelledby="lib-import">
            <h2 id="lib-import">{t('importHeading')}</h2>
            <ImportPanel />
          </section>
        </aside>
      </div>
      {editing && (
        <EditDialog
          record={editing}
          settings={library.settings}
          onClose={() => setEditing(null)}
          onSave={(result) => {
            const record = editing;
            setEditing(null);
            void saveHighlight(record, result).then((saved) => library.apply([saved]), fail);
          }}
        />
      )}
    </div>
  );
}
