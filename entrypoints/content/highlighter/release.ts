/**
 * The selection as it stood when the reader let go of the mouse, before any script of the page
 * could answer the release, and where the pointer went down and came up.
 *
 * A page's own `pointerup` or `mouseup` listener (on the window, in the capture phase, or any
 * task it queues from there) runs before we read the selection, a task after the release, and
 * can change it: stretch the reader's selection over words drawn invisibly, or select others,
 * and the colour the reader clicks would save them (tests/e2e/selection-swap.e2e.ts). The
 * first listener to hear a release is the window's first capturing `pointerup` listener (the
 * release's first event, at the first node of its path): ../../release-watch.ts adds it at
 * document_start, before any script of the page runs. The highlighter acts on that selection
 * when the page changed it since (./highlighter.ts).
 *
 * The page can also change the selection during the drag, before the release. So the watch
 * keeps where the pointer went down and came up too, as the caret positions under it (the
 * browser's own hit test, which the page cannot change), and the click count; from those
 * ./reader-range.ts judges whether the selection is the reader's.
 *
 * The watch lives in the content scripts' isolated world (`window.__huazhongdianRelease`), where
 * both scripts see it and the page neither reads nor replaces it. Where our document_start
 * script did not run (the toolbar button injected the content script into a page that was
 * already open) the highlighter adds it itself, after the page's own listeners: there a
 * page's capturing listener still runs first.
 */

declare global {
  interface Window {
    /** The release watch of this frame (isolated world only). */
    __huazhongdianRelease?: ReleaseWatch;
  }
}

/** What the reader's mouse did, as the browser reported it before any script of the page ran. */
export interface Release {
  /** The selection's first range at the release (a copy; collapsed for a click; null where there was none). */
  range: Range | null;
  /** The caret positions under the pointer where it went down and where it came up (collapsed; null where none). */
  down: Range | null;
  up: Range | null;
  /** The press's click count: 2 for a double click (words), 3 or more for a triple click (paragraphs). */
  clicks: number;
}

export interface ReleaseWatch {
  /**
   * The last trusted release (undefined before the first). The highlighter reads it in a task
   * after each mouse release; the two releases of a double click can both come before the first
   * such task, and both then read the second's: the selection the reader ended with.
   */
  last(): Release | undefined;
}

/** The frame's watch, added now if no script of ours added it before. */
export function watchReleases(win: Window): ReleaseWatch {
  if (win.__huazhongdianRelease) return win.__huazhongdianRelease;
  const doc = win.document;
  let last: Release | undefined;
  let down: Range | null = null;
  let clicks = 1;
  const point = (node: Node, offset: number) => {
    const range = doc.createRange();
    range.setStart(node, offset);
    return range;
  };
  /** The caret position a point of the viewport is on (the browser's own hit test, as its selection uses). */
  const caretAt = (event: MouseEvent): Range | null => {
    try {
      const at = doc.caretPositionFromPoint?.(event.clientX, event.clientY);
      return at ? point(at.offsetNode, at.offset) : (doc.caretRangeFromPoint?.(event.clientX, event.clientY) ?? null);
    } catch {
      return null;
    }
  };
  const listen = (type: string, fn: (event: MouseEvent) => void) =>
    win.addEventListener(type, (event) => event.isTrusted && fn(event as MouseEvent), { capture: true });
  listen('pointerdown', (event) => {
    if (event.button !== 0) return;
    const selection = win.getSelection();
    // Shift+click extends the selection from its anchor, wherever the press is.
    const anchor = event.shiftKey ? selection?.anchorNode : null;
    down = anchor ? point(anchor, selection!.anchorOffset) : caretAt(event);
    clicks = event.detail || 1;
  });
  // The click count is the mouse event's (a pointer event's detail is 0 in Chromium).
  listen('mousedown', (event) => {
    if (event.button === 0) clicks = event.detail || 1;
  });
  listen('pointerup', (event) => {
    const selection = win.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    last = { range, down, up: caretAt(event), clicks };
    down = null; // a release whose press this frame did not see has none
    clicks = 1;
  });
  const watch: ReleaseWatch = { last: () => last };
  win.__huazhongdianRelease = watch;
  return watch;
}
