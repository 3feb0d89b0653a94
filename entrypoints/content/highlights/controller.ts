/**
 * The reader's own highlights on one page: select → toolbar → save; click a highlight →
 * edit (colour, note, tags, delete with undo); on every visit anchor the saved ones and
 * paint them; report the ones that cannot be placed (orphans) and try them again when
 * content arrives later.
 *
 * The background is the only writer: every change goes out as a message and the local list
 * follows the reply. A failed save keeps the change painted here (the background keeps it
 * pending for retry) and tells the reader why.
 */
import type { ArticleMeta, ColorId, DirectiveCategory, Highlight } from '@/utils/highlights/record';
import { CATEGORIES, COLORS } from '@/utils/highlights/record';
import type { Request, RequestType, ResponseMap, ContentCommand } from '@/utils/messages';
import type { Settings } from '@/utils/store/settings';
import { describeRange } from '@/utils/anchoring/describe';
import { collectText } from '@/utils/anchoring/text';
import type { Painter } from '../paint/painter';
import { placeToolbar } from '@/components/toolbar/position';
import type { ToolbarLabels, ToolbarProps } from '@/components/toolbar/Toolbar';
import type { ToastProps } from '@/components/toolbar/Toast';
import { buildDraft, copyWithSourceText, draftOf, newHighlightId, pageIdentity, type PageIdentity } from './draft';
import { patchOf } from '@/utils/highlights/patch';
import { highlightableRange } from './selection';
import { DIRECTIVE_LAYER_PREFIX, USER_LAYER_PREFIX, placeHighlights, userLayer, type Placed } from './restore';
import { mountUi, type UiHost } from './ui';

export type Ask = <K extends RequestType>(request: Extract<Request, { type: K }>) => Promise<ResponseMap[K]>;
export type Label = (name: string, substitution?: string) => string;

export interface HighlightsDeps {
  doc: Document;
  /** The page's one painter, created on first use (pages without highlights may never need it). */
  painter: () => Painter;
  /** The painter if it exists already (so a click on a page without paint creates nothing). */
  peekPainter?: () => Painter | null;
  ask: Ask;
  /** UI strings (browser.i18n in the extension). */
  label: Label;
  /** Article metadata of the page for new records; detected lazily on the first save. */
  article?: () => ArticleMeta | null;
  /** Called whenever the set of orphans changes (the orchestrator re-sends its page report). */
  onOrphans?: (ids: string[]) => void;
  clipboard?: (text: string) => Promise<void>;
  newId?: () => string;
  /** How long the Undo of a delete is offered. */
  undoMs?: number;
  /** Quiet time after DOM changes before orphans are tried again. */
  reanchorDelayMs?: number;
}

export interface HighlightsController {
  /** Loads the page's highlights (from the page report, or fetched when not given) and paints them. */
  start(initial?: { settings: Settings; highlights: Highlight[] }): Promise<void>;
  /** Handles a content command; undefined when it is not one of ours. */
  handleCommand(command: ContentCommand): Promise<unknown> | undefined;
  /** Fetches the page's highlights again and repaints (also after SPA navigation). */
  refresh(): Promise<void>;
  /** Anchors everything again against the current page text. */
  reanchor(): void;
  orphanIds(): string[];
  /** The page key used for records (normalized URL). */
  page(): PageIdentity;
  stop(): void;
}

type ToolbarTarget =
  | { kind: 'selection'; range: Range; category?: undefined }
  | { kind: 'directive'; range: Range; category: DirectiveCategory }
  | { kind: 'saved'; id: string };

interface ToolbarState {
  target: ToolbarTarget;
  expanded: boolean;
  /** Anchor box in document coordinates (so the toolbar scrolls with the text). */
  box: { top: number; bottom: number; left: number; right: number };
  top: number;
  left: number;
}

const LOCAL_CLOCK = '0';

export function createHighlights(deps: HighlightsDeps): HighlightsController {
  const { doc, ask, label } = deps;
  let painterInstance: Painter | null = null;
  const painter = () => (painterInstance ??= deps.painter());
  const win = doc.defaultView!;
  const undoMs = deps.undoMs ?? 5000;
  const newId = deps.newId ?? (() => newHighlightId());
  const clipboard = deps.clipboard ?? ((text: string) => copyText(doc, text));

  let identity = pageIdentity(doc, win.location.href);
  let settings: Settings | null = null;
  let records: Highlight[] = [];
  let placed: Placed[] = [];
  let orphans: Highlight[] = [];
  /** Per user layer, the record ids in the order their ranges were painted (hitTest index → id). */
  let layerIds = new Map<string, string[]>();
  let lastText = '';
  let reportedOrphans = '';

  let toolbar: ToolbarState | null = null;
  let toast: ToastProps | null = null;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  let orphanNoticeDismissed = false;
  let article: ArticleMeta | null | undefined;
  let ui: UiHost | null = null;
  let observer: MutationObserver | null = null;
  let reanchorTimer: ReturnType<typeof setTimeout> | undefined;
  let selectionTimer: ReturnType<typeof setTimeout> | undefined;
  let mouseDown = false;
  let stopped = false;

  // ---------------------------------------------------------------- painting and orphans

  function repaint(): void {
    const root = doc.body ?? doc.documentElement;
    // Nothing to paint and nothing painted yet: do not create the painter for an empty page.
    if (records.length === 0 && !painterInstance) {
      placed = [];
      orphans = [];
      layerIds = new Map();
      afterPlacement();
      return;
    }
    const model = collectText(root);
    const placement = placeHighlights(root, records, model);
    placed = placement.placed;
    orphans = placement.orphans;
    lastText = placement.text;
    const layers: Record<string, Range[]> = {};
    layerIds = new Map();
    for (const color of COLORS) layers[userLayer(color)] = [];
    for (const p of placed) {
      const layer = userLayer(p.record.color);
      layers[layer]!.push(p.range);
      const ids = layerIds.get(layer) ?? [];
      ids.push(p.record.id);
      layerIds.set(layer, ids);
    }
    painter().setLayers(layers);
    afterPlacement();
  }

  function afterPlacement(): void {
    const ids = orphans.map((r) => r.id);
    const key = ids.join('\n');
    if (key !== reportedOrphans) {
      reportedOrphans = key;
      if (ids.length === 0) orphanNoticeDismissed = false;
      deps.onOrphans?.(ids);
    }
    watchForOrphans(ids.length > 0);
    update();
  }

  /** While some highlights are unplaced, watch for content that arrives later. */
  function watchForOrphans(on: boolean): void {
    if (!on || stopped) {
      observer?.disconnect();
      observer = null;
      clearTimeout(reanchorTimer);
      return;
    }
    if (observer || typeof win.MutationObserver !== 'function') return;
    observer = new win.MutationObserver((mutations) => {
      if (mutations.every(isOwnMutation)) return;
      clearTimeout(reanchorTimer);
      reanchorTimer = setTimeout(reanchorIfTextChanged, deps.reanchorDelayMs ?? 400);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  function isOwnMutation(m: MutationRecord): boolean {
    const target = m.target.nodeType === 1 ? (m.target as Element) : m.target.parentElement;
    if (!target) return false;
    if (ui && (target === ui.host || ui.host.contains(target))) return true;
    return !!target.closest('[data-hzd-ui]');
  }

  function reanchorIfTextChanged(): void {
    if (stopped) return;
    // The wrap painter changes the DOM but never the text: only real text changes matter.
    const root = doc.body ?? doc.documentElement;
    const model = collectText(root);
    if (model.text === lastText) return;
    lastText = model.text;
    const moved = pageIdentity(doc, win.location.href);
    if (moved.url !== identity.url) {
      void refresh();
      return;
    }
    // Pages with a ticking clock or live counter change all the time: try only the orphans,
    // and repaint everything only when one of them can be placed now.
    if (placeHighlights(root, orphans, model).placed.length > 0) repaint();
  }

  // ---------------------------------------------------------------- UI

  const colorName = (color: ColorId) =>
    settings?.colorNames[color] || label(`color${color[0]!.toUpperCase()}${color.slice(1)}`);

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

  function ensureUi(): UiHost {
    if (!ui) ui = mountUi(doc);
    return ui;
  }

  function update(): void {
    if (stopped) return;
    const showOrphans = orphans.length > 0 && !orphanNoticeDismissed;
    if (!ui && !toolbar && !toast && !showOrphans) return;
    const host = ensureUi();
    host.render({
      toolbar: toolbar ? toolbarProps(toolbar) : null,
      toast,
      orphans: showOrphans
        ? {
            message: label('hlOrphans', String(orphans.length)),
            dismissLabel: label('hlDismiss'),
            onDismiss: () => {
              orphanNoticeDismissed = true;
              update();
            },
          }
        : null,
    });
    if (toolbar) positionToolbar(toolbar);
  }

  function toolbarProps(state: ToolbarState): ToolbarProps {
    const saved = state.target.kind === 'saved' ? recordById(state.target.id) : undefined;
    return {
      mode: saved ? 'edit' : 'new',
      color: saved?.color ?? null,
      note: saved?.note ?? '',
      tags: saved?.tags ?? [],
      expanded: state.expanded,
      top: state.top,
      left: state.left,
      labels: labels(),
      onColor: (color) => void pickColor(color),
      onExpand: () => void expand(),
      onNote: (note) => saved && void saveEdit(saved.id, { note }),
      onTags: (tags) => saved && void saveEdit(saved.id, { tags }),
      onCopy: () => void copyWithSource(),
      onDelete: () => saved && void remove(saved.id),
      onClose: closeToolbar,
    };
  }

  /** Places the toolbar by its rendered size; renders again only when the place changed. */
  function positionToolbar(state: ToolbarState): void {
    const size = ui?.toolbarSize();
    if (!size) return;
    const { scrollX, scrollY } = win;
    const viewport = { width: doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
    const box = {
      top: state.box.top - scrollY,
      bottom: state.box.bottom - scrollY,
      left: state.box.left - scrollX,
      right: state.box.right - scrollX,
    };
    const place = placeToolbar(box, size, viewport);
    const top = place.top + scrollY;
    const left = place.left + scrollX;
    if (top !== state.top || left !== state.left) {
      state.top = top;
      state.left = left;
      update();
    }
  }

  function openToolbar(target: ToolbarTarget, range: Range, expanded = false): void {
    const rect = boxOf(range);
    const box = {
      top: rect.top + win.scrollY,
      bottom: rect.bottom + win.scrollY,
      left: rect.left + win.scrollX,
      right: rect.right + win.scrollX,
    };
    toolbar = { target, expanded, box, top: box.bottom + 8, left: box.left };
    update();
  }

  function closeToolbar(): void {
    if (!toolbar) return;
    toolbar = null;
    update();
  }

  function showToast(next: ToastProps | null, ms = undoMs): void {
    clearTimeout(toastTimer);
    toast = next;
    update();
    if (next) {
      toastTimer = setTimeout(() => {
        if (toast === next) showToast(null);
      }, ms);
    }
  }

  const closeToastProps = () => ({ closeLabel: label('hlClose'), onClose: () => showToast(null) });

  function showError(key: 'hlSaveFailed' | 'hlCopyFailed', error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    showToast({ message: label(key, message), tone: 'error', ...closeToastProps() }, 10_000);
  }

  // ---------------------------------------------------------------- records

  const recordById = (id: string) => records.find((r) => r.id === id);

  function putLocal(record: Highlight): void {
    const i = records.findIndex((r) => r.id === record.id);
    if (record.deleted) {
      if (i >= 0) records.splice(i, 1);
    } else if (i >= 0) records[i] = record;
    else records.push(record);
  }

  function articleMeta(): ArticleMeta | null {
    if (article === undefined) {
      try {
        article = deps.article?.() ?? null;
      } catch {
        article = null;
      }
    }
    return article;
  }

  /** Saves a draft; the local list shows the change at once and keeps it if the save fails. */
  async function save(draft: ReturnType<typeof buildDraft>): Promise<Highlight | null> {
    const before = recordById(draft.id);
    const local: Highlight = {
      ...draft,
      created: before?.created ?? 0,
      updated: before?.updated ?? 0,
      clock: before?.clock ?? LOCAL_CLOCK,
      deleted: false,
    };
    putLocal(local);
    repaint();
    try {
      // A stored record is edited by a patch of what changed, applied to the record as stored.
      const patch = before && before.clock !== LOCAL_CLOCK ? patchOf(before, draft) : null;
      const stored = patch
        ? await ask({ type: 'highlights/update', id: draft.id, patch })
        : await ask({ type: 'highlights/save', draft });
      putLocal(stored);
      return stored;
    } catch (e) {
      showError('hlSaveFailed', e);
      return null;
    }
  }

  /** Saves a new highlight over `range`; returns its id. */
  async function create(range: Range, color: ColorId, category?: DirectiveCategory): Promise<string | null> {
    const root = doc.body ?? doc.documentElement;
    const selectors = describeRange(root, range);
    if (!selectors) return null;
    identity = pageIdentity(doc, win.location.href);
    const draft = buildDraft({
      id: newId(),
      page: identity,
      article: articleMeta(),
      selectors,
      color,
      category: category ?? null,
    });
    await save(draft);
    return draft.id;
  }

  async function rememberColor(color: ColorId): Promise<void> {
    if (!settings || settings.lastColor === color) return;
    settings = { ...settings, lastColor: color };
    try {
      settings = await ask({ type: 'settings/update', patch: { lastColor: color } });
    } catch {
      // Only a preference: the highlight itself is what matters.
    }
  }

  async function pickColor(color: ColorId): Promise<void> {
    const state = toolbar;
    if (!state) return;
    void rememberColor(color);
    if (state.target.kind === 'saved') {
      await saveEdit(state.target.id, { color });
      return;
    }
    const { range, category } = state.target;
    closeToolbar();
    win.getSelection()?.removeAllRanges();
    await create(range, color, category);
  }

  /** "Note": a new passage is saved first (in the last colour), then its note panel opens. */
  async function expand(): Promise<void> {
    const state = toolbar;
    if (!state) return;
    if (state.target.kind === 'saved') {
      state.expanded = !state.expanded;
      update();
      return;
    }
    const { range, category } = state.target;
    const color = settings?.lastColor ?? 'yellow';
    const box = state.box;
    win.getSelection()?.removeAllRanges();
    const id = await create(range, color, category);
    if (!id || toolbar !== state) return;
    toolbar = { ...state, target: { kind: 'saved', id }, expanded: true, box };
    update();
  }

  async function saveEdit(id: string, changes: Partial<Pick<Highlight, 'color' | 'note' | 'tags'>>): Promise<void> {
    const record = recordById(id);
    if (!record) return;
    await save(draftOf(record, changes));
    update();
  }

  async function remove(id: string): Promise<void> {
    const record = recordById(id);
    if (!record) return;
    closeToolbar();
    putLocal({ ...record, deleted: true });
    repaint();
    try {
      await ask({ type: 'highlights/delete', id });
    } catch (e) {
      // Not deleted after all: show it again.
      putLocal(record);
      repaint();
      showError('hlSaveFailed', e);
      return;
    }
    showToast({
      message: label('hlDeleted'),
      action: { label: label('hlUndo'), run: () => void undo(record) },
      ...closeToastProps(),
    });
  }

  async function undo(record: Highlight): Promise<void> {
    showToast(null);
    putLocal(record);
    repaint();
    try {
      putLocal(await ask({ type: 'highlights/undelete', id: record.id }));
    } catch (e) {
      showError('hlSaveFailed', e);
    }
  }

  async function copyWithSource(): Promise<void> {
    const state = toolbar;
    if (!state) return;
    let quote = '';
    if (state.target.kind === 'saved') quote = recordById(state.target.id)?.quote.exact ?? '';
    else quote = describeRange(doc.body ?? doc.documentElement, state.target.range)?.quote.exact ?? '';
    if (!quote) return;
    const meta = articleMeta();
    const text = copyWithSourceText(quote, {
      title: meta?.title || identity.title,
      source: meta?.source ?? null,
      published: meta?.published ?? null,
      url: identity.url,
    });
    try {
      await clipboard(text);
      showToast({ message: label('hlCopied'), ...closeToastProps() }, 2500);
    } catch (e) {
      showError('hlCopyFailed', e);
    }
  }

  // ---------------------------------------------------------------- events

  function onMouseDown(event: MouseEvent): void {
    if (ui?.contains(event)) return;
    mouseDown = true;
  }

  function onMouseUp(event: MouseEvent): void {
    mouseDown = false;
    if (event.button !== 0 || ui?.contains(event)) return;
    const { clientX, clientY } = event;
    // Let the browser finish updating the selection first.
    setTimeout(() => considerClick(clientX, clientY), 0);
  }

  function considerClick(x: number, y: number): void {
    if (stopped) return;
    const range = highlightableRange(doc, win.getSelection());
    if (range) {
      showForSelection(range);
      return;
    }
    const selection = win.getSelection();
    if (selection && !selection.isCollapsed) return; // a selection we leave alone (a field, our UI)
    const existing = painterInstance ?? deps.peekPainter?.() ?? null;
    if (!existing) {
      closeToolbar();
      return; // nothing is painted on this page, so nothing can be under the click
    }
    const hits = existing.hitTest(x, y);
    const own = hits.find((hit) => hit.layer.startsWith(USER_LAYER_PREFIX));
    if (own) {
      const id = layerIds.get(own.layer)?.[own.index];
      const range = id ? rangeOf(id) : null;
      if (id && range) {
        openToolbar({ kind: 'saved', id }, range);
        return;
      }
    }
    const directive = hits.find((hit) => hit.layer.startsWith(DIRECTIVE_LAYER_PREFIX));
    if (directive) {
      const category = directive.layer.slice(DIRECTIVE_LAYER_PREFIX.length) as DirectiveCategory;
      const range = existing.ranges(directive.layer)[directive.index];
      if (range && CATEGORIES.includes(category)) {
        openToolbar({ kind: 'directive', range: range.cloneRange(), category }, range);
        return;
      }
    }
    closeToolbar();
  }

  function showForSelection(range: Range): void {
    const current = toolbar?.target;
    if (current?.kind === 'selection' && sameRange(current.range, range)) return;
    openToolbar({ kind: 'selection', range }, range);
  }

  /** Keyboard selections (shift+arrows): the toolbar follows once the selection rests. */
  function onSelectionChange(): void {
    clearTimeout(selectionTimer);
    selectionTimer = setTimeout(() => {
      if (mouseDown || stopped) return;
      const range = highlightableRange(doc, win.getSelection());
      if (range) showForSelection(range);
      else if (toolbar?.target.kind === 'selection' && win.getSelection()?.isCollapsed) closeToolbar();
    }, 350);
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && toolbar) {
      closeToolbar();
    }
  }

  /** Where a saved highlight is on the page now (the painter's live range in wrap mode). */
  function rangeOf(id: string): Range | null {
    const record = recordById(id);
    if (!record) return null;
    const layer = userLayer(record.color);
    const index = layerIds.get(layer)?.indexOf(id) ?? -1;
    if (index < 0) return null;
    return painter().ranges(layer)[index] ?? placed.find((p) => p.record.id === id)?.range ?? null;
  }

  // ---------------------------------------------------------------- commands

  async function highlightSelection(color?: ColorId): Promise<{ id: string } | null> {
    const range = highlightableRange(doc, win.getSelection());
    if (!range) return null;
    const chosen = color ?? settings?.lastColor ?? 'yellow';
    if (color) void rememberColor(color);
    closeToolbar();
    win.getSelection()?.removeAllRanges();
    const id = await create(range, chosen);
    return id ? { id } : null;
  }

  function scrollTo(id: string): boolean {
    const range = rangeOf(id);
    if (!range) {
      if (recordById(id)) showToast({ message: label('hlNotFound'), ...closeToastProps() }, 4000);
      return false;
    }
    painter().reveal(range);
    return true;
  }

  async function refresh(): Promise<void> {
    identity = pageIdentity(doc, win.location.href);
    const list = await ask({ type: 'highlights/list', url: identity.url });
    if (stopped) return;
    // Keep local changes the background has not confirmed (a failed save) on top.
    const unconfirmed = records.filter((r) => r.clock === LOCAL_CLOCK && !list.some((x) => x.id === r.id));
    records = [...list, ...unconfirmed];
    if (toolbar?.target.kind === 'saved' && !recordById(toolbar.target.id)) toolbar = null;
    repaint();
  }

  // ---------------------------------------------------------------- lifecycle

  doc.addEventListener('mousedown', onMouseDown, true);
  doc.addEventListener('mouseup', onMouseUp, true);
  doc.addEventListener('selectionchange', onSelectionChange);
  doc.addEventListener('keydown', onKeyDown, true);

  return {
    async start(initial) {
      if (initial) {
        settings = initial.settings;
        records = initial.highlights.filter((r) => !r.deleted && r.url === identity.url);
        repaint();
        return;
      }
      const [read] = await Promise.all([ask({ type: 'settings/get' }).catch(() => null), refresh()]);
      settings = read;
    },
    handleCommand(command) {
      switch (command.type) {
        case 'content/refresh':
          return refresh().then(() => ({ highlights: records.length, orphans: orphans.length }));
        case 'content/scroll-to':
          return Promise.resolve({ found: scrollTo(command.id) });
        case 'content/highlight-selection':
          return highlightSelection(command.color);
        default:
          return undefined;
      }
    },
    refresh,
    reanchor: repaint,
    orphanIds: () => orphans.map((r) => r.id),
    page: () => pageIdentity(doc, win.location.href),
    stop() {
      stopped = true;
      watchForOrphans(false);
      clearTimeout(selectionTimer);
      clearTimeout(toastTimer);
      doc.removeEventListener('mousedown', onMouseDown, true);
      doc.removeEventListener('mouseup', onMouseUp, true);
      doc.removeEventListener('selectionchange', onSelectionChange);
      doc.removeEventListener('keydown', onKeyDown, true);
      if (painterInstance) for (const color of COLORS) painterInstance.clear(userLayer(color));
      ui?.destroy();
      ui = null;
    },
  };
}

/** The box to place the toolbar by: the selection's own rectangles, or its container's. */
function boxOf(range: Range): { top: number; bottom: number; left: number; right: number } {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
  if (rects.length) {
    // Above the first line of a multi-line selection.
    const first = rects[0]!;
    const last = rects[rects.length - 1]!;
    return rects.length === 1
      ? first
      : {
          top: first.top,
          bottom: last.bottom,
          left: Math.min(first.left, last.left),
          right: Math.max(first.right, last.right),
        };
  }
  const el =
    range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  return el?.getBoundingClientRect() ?? { top: 0, bottom: 0, left: 0, right: 0 };
}

/**
 * Puts plain text on the clipboard. `navigator.clipboard` exists only in secure contexts; on
 * http pages the copy command still works during the click, with our text set on its event.
 */
async function copyText(doc: Document, text: string): Promise<void> {
  const modern = doc.defaultView?.navigator.clipboard;
  if (modern && doc.defaultView?.isSecureContext) {
    await modern.writeText(text);
    return;
  }
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
    event.stopImmediatePropagation();
    written = !!event.clipboardData;
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    doc.execCommand('copy');
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
  if (!written) throw new Error('the browser refused to copy');
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}
