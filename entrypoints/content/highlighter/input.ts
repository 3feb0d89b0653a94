/**
 * The reader's input the highlighter acts on: a mouse release (a selection made, or a click on
 * painted text), a selection made with the keyboard (or by touch) coming to rest, and Escape.
 *
 * Only trusted events count. A page script can dispatch mouse and key events, and can select
 * text: none of that opens our toolbar. A selection change is followed only when it comes
 * soon after real input (a key, a touch), since `selectionchange` itself is fired by the
 * browser whoever changed the selection. A key released after it moved the selection (Shift+
 * arrows, with caret browsing from a caret) ends a keyboard selection at once.
 *
 * A screen reader's own selection (browse mode) comes with no key event the page sees: it
 * cannot be told from a page script's, so it opens nothing; the focus-toolbar command
 * (content/focus-toolbar) is the way in for it.
 */
import { after } from '@/utils/schedule';

export interface ReaderInput {
  /** A left-button release outside our UI, at a viewport point (called once the selection settled). */
  release(x: number, y: number): void;
  /** A selection made without the mouse came to rest. */
  selectionRested(): void;
  escape(): void;
}

/** How long a selection change may follow real input and still be the reader's. */
const INPUT_WINDOW_MS = 1000;
/** Quiet time before a keyboard selection counts as made. */
const SELECTION_REST_MS = 350;

export function listenToReader(
  doc: Document,
  handlers: ReaderInput,
  options: { signal: AbortSignal; insideUi: (event: Event) => boolean },
): void {
  const { signal, insideUi } = options;
  let mouseDown = false;
  let lastInputAt = -Infinity;
  /** The selection changed since the last key went down. */
  let selectionMoved = false;
  let cancelRest = () => {};
  const listen = <K extends keyof DocumentEventMap>(type: K, fn: (event: DocumentEventMap[K]) => void) =>
    doc.addEventListener(type, (event) => event.isTrusted && fn(event), { capture: true, signal });

  listen('mousedown', (event) => {
    if (!insideUi(event)) mouseDown = true;
  });
  listen('mouseup', (event) => {
    mouseDown = false;
    if (event.button !== 0 || insideUi(event)) return;
    const { clientX, clientY } = event;
    // Let the browser finish updating the selection first.
    after(0, () => handlers.release(clientX, clientY), signal);
  });
  listen('keydown', (event) => {
    lastInputAt = performance.now();
    selectionMoved = false;
    if (event.key !== 'Escape') return;
    // A selection still waiting to rest is the one the reader is closing the toolbar on.
    cancelRest();
    handlers.escape();
  });
  listen('keyup', () => {
    if (!selectionMoved || mouseDown) return;
    selectionMoved = false;
    cancelRest();
    handlers.selectionRested();
  });
  listen('pointerup', (event) => {
    if (event.pointerType !== 'mouse') lastInputAt = performance.now();
  });
  listen('selectionchange', () => {
    selectionMoved = true;
    cancelRest();
    cancelRest = after(
      SELECTION_REST_MS,
      () => {
        if (mouseDown) return;
        if (performance.now() - lastInputAt > INPUT_WINDOW_MS + SELECTION_REST_MS) return;
        handlers.selectionRested();
      },
      signal,
    );
  });
}
