/**
 * The content script's lifetime, kept out of the page's reach.
 *
 * WXT's `ContentScriptContext` ends itself (and with it everything we tie to `ctx.signal`: the
 * reader's paint, the outline, the toolbar, the command listener) when it hears that a newer
 * copy of the same script started: a CustomEvent on `document` named
 * `<extension id>:<entrypoint>:wxt:content-script-started` whose detail names the script and
 * another run. A page script can send that event: the extension id is public (the store
 * listing, the Firefox add-on id in the manifest), WXT itself posts the name to the page's
 * window when a script starts, and `isTrusted` cannot tell the two apart (WXT's own event is
 * script-made as well). tests/e2e/page-switch-off.e2e.ts is the attack.
 *
 * So the signal is not honoured from the DOM at all while our extension is alive: a listener
 * on the window, in the capture phase, stops it before WXT's listener on `document` hears it.
 * The one legitimate sender, a second copy of this script (the toolbar button injects it
 * again), finds the running copy through `window.__huazhongdian`, which lives in the content
 * scripts' isolated world (the page can neither read nor plant it), and asks it to look again
 * instead. A copy whose extension was reloaded or removed is let go, as WXT intends.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

declare global {
  interface Window {
    /** Set by the running copy in this frame (isolated world only); a second injection asks it to look again. */
    __huazhongdian?: RunningCopy;
  }
}

export interface RunningCopy {
  /** False once its extension context is gone (reloaded, removed). */
  alive(): boolean;
  recheck(): void;
}

/** The name of WXT's start signal (a private static of its context class; pinned by a unit test). */
export function startSignalName(): string {
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown })
    .SCRIPT_STARTED_MESSAGE_TYPE;
  if (typeof name !== 'string') throw new Error('WXT no longer names its content-script-started signal');
  return name;
}

/**
 * The running copy in this frame, if there is one that is still alive: a second injection
 * hands over to it and stops.
 */
export function runningCopy(win: Window): RunningCopy | null {
  const copy = win.__huazhongdian;
  return copy?.alive() ? copy : null;
}

/**
 * Makes this run the frame's running copy: WXT's start signal no longer ends it while the
 * extension is alive, and a second injection finds it by `window.__huazhongdian`.
 */
export function holdLifetime(ctx: ContentScriptContext, win: Window, recheck: () => void): void {
  win.addEventListener(
    startSignalName(),
    (event) => {
      // `isInvalid` also notices an extension that is gone; then WXT may end us.
      if (!ctx.isInvalid) event.stopImmediatePropagation();
    },
    { capture: true, signal: ctx.signal },
  );
  win.__huazhongdian = { alive: () => ctx.isValid, recheck };
  ctx.onInvalidated(() => (win.__huazhongdian = undefined));
}
