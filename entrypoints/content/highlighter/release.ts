/**
 * The selection as it stood when the reader let go of the mouse, before any script of the page
 * could answer the release.
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

export interface ReleaseWatch {
  /**
   * The selection's first range at the last trusted release (a copy; collapsed for a click; null
   * where there was none), once: null until the next release. Undefined when no release was seen.
   */
  take(): Range | null | undefined;
}

/** The frame's watch, added now if no script of ours added it before. */
export function watchReleases(win: Window): ReleaseWatch {
  if (win.__huazhongdianRelease) return win.__huazhongdianRelease;
  let last: Range | null | undefined;
  win.addEventListener(
    'pointerup',
    (event) => {
      if (!event.isTrusted) return;
      const selection = win.getSelection();
      last = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    },
    { capture: true },
  );
  const watch: ReleaseWatch = {
    take() {
      const range = last;
      last = undefined;
      return range;
    },
  };
  win.__huazhongdianRelease = watch;
  return watch;
}
