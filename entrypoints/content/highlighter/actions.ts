/**
 * What the reader does with the toolbar and the keyboard command: save a selection or a
 * directive in a colour, open the note panel, edit colour, note and tags, delete with Undo,
 * copy with source. Every change goes through ./records.ts; failures become an error toast.
 */
import type { ArticleMeta, ColorId, DirectiveCategory, Highlight } from '@/utils/highlights/record';
import { buildDraft, draftOf } from '@/utils/highlights/draft';
import { pageIdentity, type PageIdentity } from '@/utils/highlights/page';
import { copyWithSourceText } from '@/utils/highlights/copy-with-source';
import { deleteWithUndo } from '@/utils/highlights/delete-with-undo';
import type { HighlightDraft } from '@/utils/messages';
import type { Settings } from '@/utils/store/settings';
import { describeRange } from '@/utils/anchoring/describe';
import type { ToolbarLabels, ToolbarProps } from '@/components/toolbar/Toolbar';
import type { Ask, Records } from './records';
import { highlightableRange } from './selection';
import type { ToolbarState, View } from './view';

/** What the actions read and change about the page: the settings and the page's identity. */
export interface PageState {
  settings: Settings | null;
  identity: PageIdentity;
}

export interface ActionDeps {
  doc: Document;
  ask: Ask;
  label: (name: string, substitution?: string) => string;
  page: PageState;
  records: Records;
  view: View;
  /** Paints the records again (after a local change). */
  repaint(): void;
  article(): ArticleMeta | null;
  newId(): string;
  clipboard(text: string): Promise<void>;
  undoMs: number;
}

export interface Actions {
  toolbarProps(state: ToolbarState): Omit<ToolbarProps, 'top' | 'left'>;
  /** The keyboard command / context menu: the selection in `color` (or the last colour). */
  highlightSelection(color?: ColorId): Promise<{ id: string } | null>;
}

export function createActions(deps: ActionDeps): Actions {
  const { doc, ask, label, page, records, view } = deps;
  const win = doc.defaultView!;
  const root = () => doc.body ?? doc.documentElement;

  const showError = (key: 'hlSaveFailed' | 'hlCopyFailed', error: unknown) =>
    view.toast({ message: label(key, error instanceof Error ? error.message : String(error)), tone: 'error' }, 10_000);

  /** Saves a draft; the page shows the change at once and keeps it if the save fails. */
  const save = (draft: HighlightDraft) =>
    records.save(draft).then(
      () => undefined,
      (e: unknown) => showError('hlSaveFailed', e),
    );

  /** Saves a new highlight over `range`; returns its id. */
  async function create(range: Range, color: ColorId, category?: DirectiveCategory): Promise<string | null> {
    const selectors = describeRange(root(), range);
    if (!selectors) return null;
    page.identity = pageIdentity(doc, win.location.href);
    const id = deps.newId();
    await save(
      buildDraft({ id, page: page.identity, article: deps.article(), selectors, color, category: category ?? null }),
    );
    return id;
  }

  async function rememberColor(color: ColorId): Promise<void> {
    const before = page.settings;
    if (!before || before.lastColor === color) return;
    page.settings = { ...before, lastColor: color };
    // Only a preference: the highlight itself is what matters.
    page.settings = await ask({ type: 'settings/update', patch: { lastColor: color } }).catch(() => page.settings);
  }

  async function pickColor(color: ColorId): Promise<void> {
    const state = view.toolbar();
    if (!state) return;
    void rememberColor(color);
    if (state.target.kind === 'saved') return saveEdit(state.target.id, { color });
    const { range, category } = state.target;
    view.closeToolbar();
    win.getSelection()?.removeAllRanges();
    await create(range, color, category);
  }

  /** "Note": a new passage is saved first (in the last colour), then its note panel opens. */
  async function expand(): Promise<void> {
    const state = view.toolbar();
    if (!state) return;
    if (state.target.kind === 'saved') return view.updateToolbar({ expanded: !state.expanded });
    const { range, category } = state.target;
    win.getSelection()?.removeAllRanges();
    const id = await create(range, page.settings?.lastColor ?? 'yellow', category);
    if (id && view.toolbar() === state) view.updateToolbar({ target: { kind: 'saved', id }, expanded: true });
  }

  async function saveEdit(id: string, changes: Partial<Pick<Highlight, 'color' | 'note' | 'tags'>>): Promise<void> {
    const record = records.byId(id);
    if (!record) return;
    await save(draftOf(record, changes));
    view.update();
  }

  function remove(record: Highlight): void {
    view.closeToolbar();
    const show = (r: Highlight) => {
      records.put(r);
      deps.repaint();
    };
    void deleteWithUndo({
      remove: async () => {
        show({ ...record, deleted: true });
        // Not deleted after all: show it again.
        return ask({ type: 'highlights/delete', id: record.id }).catch((e: unknown) => {
          show(record);
          throw e;
        });
      },
      restore: async () => {
        view.toast(null, 0);
        show(record);
        return ask({ type: 'highlights/undelete', id: record.id });
      },
      applied: (r) => records.put(r),
      offerUndo: (undo) =>
        view.toast({ message: label('hlDeleted'), action: { label: label('hlUndo'), run: undo } }, deps.undoMs),
      failed: (e) => showError('hlSaveFailed', e),
    });
  }

  async function copyWithSource(): Promise<void> {
    const state = view.toolbar();
    if (!state) return;
    const quote =
      state.target.kind === 'saved'
        ? (records.byId(state.target.id)?.quote.exact ?? '')
        : (describeRange(root(), state.target.range)?.quote.exact ?? '');
    if (!quote) return;
    const meta = deps.article();
    const text = copyWithSourceText(quote, {
      title: meta?.title || page.identity.title,
      source: meta?.source ?? null,
      published: meta?.published ?? null,
      url: page.identity.url,
    });
    try {
      await deps.clipboard(text);
      view.toast({ message: label('hlCopied') }, 2500);
    } catch (e) {
      showError('hlCopyFailed', e);
    }
  }

  const colorName = (color: ColorId) =>
    page.settings?.colorNames[color] || label(`color${color[0]!.toUpperCase()}${color.slice(1)}`);
  // Strings are read on first use: most pages never show the toolbar.
  let labelCache: ToolbarLabels | null = null;
  const labels = (): ToolbarLabels =>
    (labelCache ??= {
      toolbar: label('hlToolbar'),
      color: colorName,
      note: label('hlNote'),
      notePlaceholder: label('hlNotePlaceholder'),
      saveNote: label('hlSaveNote'),
      copy: label('hlCopy'),
      remove: label('hlDelete'),
      close: label('hlClose'),
      tags: label('hlTags'),
      tagsPlaceholder: label('hlTagsPlaceholder'),
      removeTag: (tag) => label('hlRemoveTag', tag),
    });

  return {
    toolbarProps(state) {
      const saved = state.target.kind === 'saved' ? records.byId(state.target.id) : undefined;
      return {
        mode: saved ? 'edit' : 'new',
        color: saved?.color ?? null,
        note: saved?.note ?? '',
        tags: saved?.tags ?? [],
        expanded: state.expanded,
        labels: labels(),
        onColor: (color) => void pickColor(color),
        onExpand: () => void expand(),
        onNote: (note) => saved && void saveEdit(saved.id, { note }),
        onTags: (tags) => saved && void saveEdit(saved.id, { tags }),
        onCopy: () => void copyWithSource(),
        onDelete: () => saved && remove(saved),
        onClose: view.closeToolbar,
      };
    },
    async highlightSelection(color) {
      const range = highlightableRange(doc, win.getSelection());
      if (!range) return null;
      if (color) void rememberColor(color);
      view.closeToolbar();
      win.getSelection()?.removeAllRanges();
      const id = await create(range, color ?? page.settings?.lastColor ?? 'yellow');
      return id ? { id } : null;
    },
  };
}
