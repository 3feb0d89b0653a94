/**
 * What the highlighter shows: the toolbar (for a selection, an auto-marked directive or a
 * saved highlight), a toast, and the orphan notice. It keeps their state, places the toolbar
 * by its rendered size, and mounts our UI only when there is something to show, in the page's
 * scheme (light or dark, ../page-scheme.ts).
 *
 * Focus: the toolbar never takes the focus when it opens by itself (a selection, a click); it
 * does when the reader asks from the keyboard (`focusToolbar`). When it closes with the focus
 * inside, the focus goes back to where it was before (or to the page, if that is gone).
 */
import type { DirectiveCategory } from '@/utils/highlights/record';
import { placeToolbar } from '@/components/toolbar/position';
import type { ToolbarProps } from '@/components/toolbar/Toolbar';
import { ANNOUNCE_DELAY_MS, type ToastProps } from '@/components/toolbar/Toast';
import { pageIsDark } from '../page-scheme';
import { after } from '@/utils/schedule';
import { mountUi, type UiHost } from './ui';

export type ToolbarTarget =
  | { kind: 'selection'; range: Range; category?: undefined }
  | { kind: 'directive'; range: Range; category: DirectiveCategory }
  | { kind: 'saved'; id: string };

type Box = { top: number; bottom: number; left: number; right: number };

export interface ToolbarState {
  target: ToolbarTarget;
  expanded: boolean;
  /** Anchor box in document coordinates (so the toolbar scrolls with the text). */
  box: Box;
  top: number;
  left: number;
  /** Counts the reader's requests for the focus (0: none). */
  focusRequest: number;
}

export interface ViewDeps {
  doc: Document;
  signal: AbortSignal;
  label: (name: string, substitution?: string) => string;
  /** The toolbar's props for a state (buttons wired to the highlighter's actions). */
  toolbarProps(state: ToolbarState): Omit<ToolbarProps, 'top' | 'left'>;
}

export interface View {
  toolbar(): ToolbarState | null;
  openToolbar(target: ToolbarTarget, range: Range, expanded?: boolean): void;
  /** Changes the open toolbar (same anchor box). */
  updateToolbar(change: Partial<Pick<ToolbarState, 'target' | 'expanded'>>): void;
  /** Moves the keyboard focus into the open toolbar; false when none is open. */
  focusToolbar(): boolean;
  /** Moves the keyboard focus to the toast's action (Undo); false when there is none. It then stays until closed. */
  focusToast(): boolean;
  closeToolbar: () => void;
  /** Shows a toast for `ms` (null hides it). */
  toast(props: Omit<ToastProps, 'closeLabel' | 'onClose'> | null, ms: number): void;
  setOrphans(count: number): void;
  /** Renders again (records changed under an open toolbar). */
  update(): void;
  insideUi: (event: Event) => boolean;
  destroy(): void;
}

export function createView(deps: ViewDeps): View {
  const { doc, label, signal } = deps;
  const win = doc.defaultView!;
  let ui: UiHost | null = null;
  let toolbar: ToolbarState | null = null;
  let toast: ToastProps | null = null;
  let cancelToastTimer = () => {};
  let orphans = 0;
  let orphansDismissed = false;
  let dark = false;
  /** Where the focus was when the reader moved it into the toolbar. */
  let returnFocus: Element | null = null;
  let focusRequests = 0;

  /** Reads the page's scheme when something new is shown (the page may switch its own). */
  const readScheme = () => void (dark = pageIsDark(doc));

  function update(): void {
    if (signal.aborted) return;
    const showOrphans = orphans > 0 && !orphansDismissed;
    if (!ui && !toolbar && !toast && !showOrphans) return;
    ui ??= mountUi(doc);
    ui.render({
      toolbar: toolbar
        ? { ...deps.toolbarProps(toolbar), top: toolbar.top, left: toolbar.left, focusRequest: toolbar.focusRequest }
        : null,
      toast,
      orphans: showOrphans
        ? {
            message: label('hlOrphans', String(orphans)),
            dismissLabel: label('hlDismiss'),
            onDismiss: () => {
              orphansDismissed = true;
              update();
            },
          }
        : null,
      dark,
    });
    if (toolbar) position(toolbar);
  }

  /** Places the toolbar by its rendered size; renders again only when the place changed. */
  function position(state: ToolbarState): void {
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

  const hideToast = () => {
    cancelToastTimer();
    toast = null;
    const hadFocus = ui?.hasFocus('.hzd-toast') ?? false;
    update();
    if (hadFocus) giveFocusBack();
  };

  /** The toolbar closed with the focus in it: back to where the reader was, or out to the page. */
  function giveFocusBack(): void {
    const back = returnFocus as HTMLElement | null;
    returnFocus = null;
    if (back?.isConnected && back !== doc.body && typeof back.focus === 'function') back.focus({ preventScroll: true });
    if (ui?.hasFocus()) ui.blur();
  }

  signal.addEventListener('abort', () => ui?.destroy(), { once: true });

  return {
    toolbar: () => toolbar,
    openToolbar(target, range, expanded = false) {
      readScheme();
      const rect = boxOf(range);
      const box = {
        top: rect.top + win.scrollY,
        bottom: rect.bottom + win.scrollY,
        left: rect.left + win.scrollX,
        right: rect.right + win.scrollX,
      };
      toolbar = { target, expanded, box, top: box.bottom + 8, left: box.left, focusRequest: 0 };
      update();
    },
    updateToolbar(change) {
      if (!toolbar) return;
      toolbar = { ...toolbar, ...change };
      update();
    },
    focusToolbar() {
      if (!toolbar) return false;
      if (!ui?.hasFocus()) returnFocus = doc.activeElement;
      toolbar = { ...toolbar, focusRequest: ++focusRequests };
      update();
      return true;
    },
    focusToast() {
      if (!toast?.action) return false;
      // A toast the reader is on does not go away by itself.
      cancelToastTimer();
      if (!ui?.hasFocus()) returnFocus = doc.activeElement;
      toast = { ...toast, focusRequest: ++focusRequests };
      update();
      return true;
    },
    closeToolbar() {
      if (!toolbar) return;
      toolbar = null;
      const hadFocus = ui?.hasFocus('.hzd-toolbar') ?? false;
      update();
      if (hadFocus) giveFocusBack();
      else returnFocus = null;
    },
    toast(props, ms) {
      cancelToastTimer();
      if (!props) return hideToast();
      readScheme();
      const shown: ToastProps = { ...props, closeLabel: label('hlClose'), onClose: hideToast };
      toast = shown;
      update();
      // Shown for `ms` once its text is there (a new live region is empty for a moment first).
      cancelToastTimer = after(ms + ANNOUNCE_DELAY_MS, () => toast === shown && hideToast(), signal);
    },
    setOrphans(count) {
      if (count === 0) orphansDismissed = false;
      if (count > 0 && orphans === 0) readScheme();
      orphans = count;
      update();
    },
    update,
    insideUi: (event) => ui?.contains(event) ?? false,
    destroy() {
      ui?.destroy();
      ui = null;
    },
  };
}

/** The box to place the toolbar by: the selection's own rectangles, or its container's. */
function boxOf(range: Range): Box {
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
