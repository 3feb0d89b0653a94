/**
 * The reader's own highlights on one page: select → toolbar → save; click a highlight → edit
 * (colour, note, tags, delete with undo); on every visit anchor the saved ones and paint them;
 * report the ones that cannot be placed (orphans) and try them again when content arrives.
 *
 * The parts: ./records.ts (the page's records; the background is the only writer),
 * ./layers.ts (anchoring and paint), ./view.ts (toolbar, toast and orphan notice in our closed
 * shadow root), ./input.ts (trusted input only), ./actions.ts (what the toolbar's buttons do),
 * ./orphans.ts. This module puts them together.
 */
import type { ArticleMeta, Highlight } from '@/utils/highlights/record';
import { categoryOfLayer } from '@/utils/highlights/palette';
import { newHighlightId } from '@/utils/highlights/draft';
import { pageIdentity } from '@/utils/highlights/page';
import type { ContentCommand } from '@/utils/messages';
import type { Settings } from '@/utils/store/settings';
import { collectText } from '@/utils/anchoring/text';
import type { Painter } from '../paint/painter';
import { createActions, type PageState } from './actions';
import { targetAtCaret } from './caret';
import { copyText } from './clipboard';
import { listenToReader } from './input';
import { watchReleases } from './release';
import { readerRange } from './reader-range';
import { createUserLayers } from './layers';
import { watchForOrphans } from './orphans';
import { createRecords, type Ask } from './records';
import { highlightableRange } from './selection';
import { createView, type ToolbarTarget } from './view';

export type { Ask } from './records';

export interface HighlighterDeps {
  doc: Document;
  /** Ends every listener, observer and timer of the highlighter (WXT's `ctx.signal`). */
  signal: AbortSignal;
  /** The page's one painter, created on first use (pages without highlights may never need it). */
  painter: () => Painter;
  /** The painter if it exists already (so a click on a page without paint creates nothing). */
  peekPainter?: () => Painter | null;
  ask: Ask;
  /** UI strings (browser.i18n in the extension). */
  label: (name: string, substitution?: string) => string;
  /** Article metadata of the page for new records; detected lazily on the first save. */
  article?: () => ArticleMeta | null;
  /** Called whenever the set of orphans changes (the content script sends its page report again). */
  onOrphans?: (ids: string[]) => void;
  /** The address changed under us (History API navigation seen by the orphan watch): another page's highlights are due. */
  onMoved?: () => void;
  clipboard?: (text: string) => Promise<void>;
  newId?: () => string;
  /** How long the Undo of a delete is offered. */
  undoMs?: number;
  /** Quiet time after DOM changes before orphans are tried again. */
  reanchorDelayMs?: number;
}

/** What the background tells about this page: the settings and its highlights (the `page/report` reply). */
export interface PageData {
  settings: Settings;
  highlights: Highlight[];
}

export interface Highlighter {
  /** Takes this page's highlights and the settings (the page report's reply) and paints them. */
  load(data: PageData): void;
  /** Handles a content command; undefined when it is not one of ours. */
  handleCommand(command: ContentCommand): Promise<unknown> | undefined;
  /** Anchors everything again against the current page text. */
  reanchor(): void;
  orphanIds(): string[];
}

export function createHighlighter(deps: HighlighterDeps): Highlighter {
  const { doc, signal } = deps;
  const win = doc.defaultView!;
  let painterInstance: Painter | null = null;
  const painter = () => (painterInstance ??= deps.painter());
  const page: PageState = { settings: null, identity: pageIdentity(doc, win.location.href) };
  let orphans: Highlight[] = [];
  let reportedOrphans = '';
  let article: ArticleMeta | null | undefined;

  const records = createRecords(deps.ask, () => repaint());
  const layers = createUserLayers(doc, painter, () => painterInstance);
  const orphanWatch = watchForOrphans(doc, {
    signal,
    quietMs: deps.reanchorDelayMs ?? 400,
    onQuiet: reanchorIfTextChanged,
  });
  const view = createView({ doc, signal, label: deps.label, toolbarProps: (state) => actions.toolbarProps(state) });
  const actions = createActions({
    doc,
    ask: deps.ask,
    label: deps.label,
    page,
    records,
    view,
    repaint,
    article() {
      if (article === undefined) {
        try {
          article = deps.article?.() ?? null;
        } catch {
          article = null;
        }
      }
      return article;
    },
    newId: deps.newId ?? (() => newHighlightId()),
    clipboard: deps.clipboard ?? ((text) => copyText(doc, text)),
    undoMs: deps.undoMs ?? 5000,
  });
  signal.addEventListener('abort', () => layers.clear(), { once: true });

  function repaint(): void {
    orphans = layers.paint(records.all());
    const ids = orphans.map((r) => r.id);
    if (ids.join('\n') !== reportedOrphans) {
      reportedOrphans = ids.join('\n');
      deps.onOrphans?.(ids);
    }
    orphanWatch.set(ids.length > 0);
    view.setOrphans(ids.length);
  }

  function reanchorIfTextChanged(): void {
    // The wrap painter changes the DOM but never the text: only real text changes matter.
    const model = collectText(doc.body ?? doc.documentElement);
    if (model.text === layers.lastText()) return;
    if (pageIdentity(doc, win.location.href).url !== page.identity.url) return deps.onMoved?.();
    // Pages with a ticking clock or live counter change all the time: try only the orphans,
    // and repaint everything only when one of them can be placed now.
    if (layers.placeable(orphans, model) > 0) repaint();
  }

  const open = (target: ToolbarTarget, range: Range) => view.openToolbar(target, range);
  /** The painter if there is one already (nothing painted: nothing to find under a click or the caret). */
  const existingPainter = () => painterInstance ?? deps.peekPainter?.() ?? null;

  function showForSelection(range: Range): void {
    const current = view.toolbar()?.target;
    if (current?.kind === 'selection' && sameSelection(current.range, range)) return;
    open({ kind: 'selection', range }, range);
  }

  /** What each release selected, taken before the page's listeners could change it (./release.ts). */
  const releases = watchReleases(win);

  /**
   * The selection a release made: the live one, unless it is not the reader's: changed by the
   * page after the reader let go, or while they dragged (its ends not where the pointer went
   * down and came up, ./reader-range.ts); then the reader's (null for a click).
   */
  function releasedRange(): Range | null {
    const live = highlightableRange(doc, win.getSelection());
    const release = releases.last();
    if (!live || release === undefined) return live;
    const reader = readerRange(doc, release);
    if (reader && sameSelection(reader, live)) return live;
    return reader && !reader.collapsed ? highlightableRange(doc, rangeAsSelection(reader)) : null;
  }

  /** A mouse release: a new selection, a click on a saved highlight or a directive, or elsewhere. */
  function released(x: number, y: number): void {
    const range = releasedRange();
    if (range) return showForSelection(range);
    const selection = win.getSelection();
    if (selection && !selection.isCollapsed) return; // a selection we leave alone (a field, our UI)
    const existing = existingPainter();
    if (!existing) return view.closeToolbar(); // nothing is painted on this page, so nothing can be under the click
    const hits = existing.hitTest(x, y);
    const id = layers.idAt(hits);
    const record = id ? records.byId(id) : undefined;
    const savedRange = record ? layers.rangeOf(record) : null;
    if (id && savedRange) return open({ kind: 'saved', id }, savedRange);
    for (const hit of hits) {
      const category = categoryOfLayer(hit.layer);
      const directive = category ? existing.ranges(hit.layer)[hit.index] : undefined;
      if (category && directive) return open({ kind: 'directive', range: directive.cloneRange(), category }, directive);
    }
    view.closeToolbar();
  }

  /**
   * The selection whose toolbar the reader closed with Escape. The browser may report that same
   * selection again afterwards (the focus leaving our UI, a key coming up): it stays closed until
   * the selection changes or the mouse makes it again.
   */
  let dismissed: Range | null = null;

  listenToReader(
    doc,
    {
      release(x, y) {
        dismissed = null;
        released(x, y);
      },
      selectionRested() {
        const range = highlightableRange(doc, win.getSelection());
        if (range && dismissed && sameSelection(dismissed, range)) return;
        dismissed = null;
        if (range) showForSelection(range);
        else if (view.toolbar()?.target.kind === 'selection' && win.getSelection()?.isCollapsed) view.closeToolbar();
      },
      escape() {
        const target = view.toolbar()?.target;
        // what is selected now: the toolbar may still show an earlier, shorter selection
        dismissed = target?.kind === 'selection' ? (highlightableRange(doc, win.getSelection()) ?? target.range) : null;
        view.closeToolbar();
      },
    },
    { signal, insideUi: view.insideUi },
  );

  /**
   * The keyboard's way in: focus the open toolbar; else the Undo of the toast just shown (it
   * lasts seconds); else open the toolbar at the caret (a saved highlight, the selection, a
   * directive) with the focus. Says so when there is nothing there (unless `quiet`).
   */
  function focusToolbar(quiet = false): { focused: boolean } {
    if (view.focusToolbar() || view.focusToast()) return { focused: true };
    const found = targetAtCaret({ doc, records, layers, painter: existingPainter });
    if (!found) {
      if (!quiet) view.toast({ message: deps.label('hlNothingAtCaret') }, 4000);
      return { focused: false };
    }
    open(found.target, found.range);
    return { focused: view.focusToolbar() };
  }

  function scrollTo(id: string): boolean {
    const record = records.byId(id);
    const range = record ? layers.rangeOf(record) : null;
    if (!range) {
      if (record) view.toast({ message: deps.label('hlNotFound') }, 4000);
      return false;
    }
    painter().reveal(range);
    return true;
  }

  return {
    load(data) {
      if (signal.aborted) return;
      page.settings = data.settings;
      page.identity = pageIdentity(doc, win.location.href);
      records.replace(data.highlights.filter((r) => !r.deleted && r.url === page.identity.url));
      const target = view.toolbar()?.target;
      if (target?.kind === 'saved' && !records.byId(target.id)) view.closeToolbar();
      repaint();
    },
    handleCommand(command) {
      switch (command.type) {
        case 'content/scroll-to':
          return Promise.resolve({ found: scrollTo(command.id) });
        case 'content/highlight-selection':
          // Only a caret (no selection): the toolbar of the highlight or directive it is in, if any.
          if (win.getSelection()?.isCollapsed) return Promise.resolve(focusToolbar(true)).then(() => null);
          return actions.highlightSelection(command.color);
        case 'content/focus-toolbar':
          return Promise.resolve(focusToolbar());
        default:
          return undefined;
      }
    },
    reanchor: repaint,
    orphanIds: () => orphans.map((r) => r.id),
  };
}

/** A range seen as a selection of it alone (what `highlightableRange` reads of one). */
const rangeAsSelection = (range: Range) =>
  ({ rangeCount: 1, isCollapsed: range.collapsed, getRangeAt: () => range }) as unknown as Selection;

/**
 * The same text selected at the same place, however the browser writes its ends: a selection
 * reported again may end at (text, length) where it ended at (parent, index) before.
 */
function sameSelection(a: Range, b: Range): boolean {
  if (a.toString() !== b.toString()) return false;
  try {
    return a.isPointInRange(b.startContainer, b.startOffset) || b.isPointInRange(a.startContainer, a.startOffset);
  } catch {
    return false; // a range whose nodes left the document
  }
}
