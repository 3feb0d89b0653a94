/**
 * Timers tied to a lifetime: each is cancelled when its AbortSignal aborts (WXT's `ctx.signal`
 * when the content script is invalidated, or a shorter-lived signal of a part of it), so no
 * part of the content script clears timers by hand on the way out. And long work done in
 * slices (`inSlices`), the page's own tasks in between, until done or its lifetime ends.
 */
import { task } from '@/utils/perf/timing';

/** Runs `fn` after `ms` unless `signal` aborts first; returns a function that cancels it. */
export function after(ms: number, fn: () => void, signal: AbortSignal): () => void {
  if (signal.aborted) return () => undefined;
  const cancel = () => {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  };
  const timer = setTimeout(() => {
    signal.removeEventListener('abort', cancel);
    fn();
  }, ms);
  signal.addEventListener('abort', cancel, { once: true });
  return cancel;
}

/** Runs `fn` when the page is idle (within `timeout` ms at the latest), or in a later task where idle callbacks are missing. */
export function whenIdle(fn: () => void, signal: AbortSignal, timeout = 200): void {
  if (signal.aborted) return;
  if (typeof requestIdleCallback !== 'function') {
    after(0, fn, signal);
    return;
  }
  const cancel = () => cancelIdleCallback(id);
  const id = requestIdleCallback(
    () => {
      signal.removeEventListener('abort', cancel);
      fn();
    },
    { timeout },
  );
  signal.addEventListener('abort', cancel, { once: true });
}

/** Lets the page run before we go on (scheduler.yield where there is one: it resumes first). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((ok) => setTimeout(ok, 0));
}

/**
 * Longest wait for a frame in `afterFrame`: a page that renders none that soon (throttled, not
 * shown) does not hold the work back longer.
 */
export const FRAME_WAIT_MS = 100;

/**
 * Resolves in a task after the page's next frame, so that what was just painted reaches the screen
 * before work queued now runs: continuations of `yieldToPage` (scheduler.yield) run ahead of the
 * frame, and in Chromium the seed's post-paint slices (cores, metadata) held its first frame back
 * 40–80 ms in 4 of 10 loads (docs/benchmarks.md). At once (a task later) where no frame is coming:
 * a hidden page, or no requestAnimationFrame; after FRAME_WAIT_MS at the latest.
 */
export function afterFrame(): Promise<void> {
  return new Promise((ok) => {
    const hidden = typeof document === 'undefined' || document.visibilityState === 'hidden';
    if (hidden || typeof requestAnimationFrame !== 'function') return void setTimeout(ok, 0);
    const late = setTimeout(ok, FRAME_WAIT_MS);
    // A task queued from the frame's callback runs once the frame is rendered.
    requestAnimationFrame(() => {
      clearTimeout(late);
      setTimeout(ok, 0);
    });
  });
}

/** A lifetime inside `parent`: aborts with it, or earlier on its own. */
export function childLifetime(parent: AbortSignal): AbortController {
  const child = new AbortController();
  if (parent.aborted) child.abort();
  else parent.addEventListener('abort', () => child.abort(), { once: true, signal: child.signal });
  return child;
}

/** Main-thread time one slice of long work may take, so that the page's own tasks (input, rendering, its scripts) come in between. */
export const SLICE_MS = 8;

/** A stop test for `ms` from now. */
export function budget(ms: number): () => boolean {
  const until = performance.now() + ms;
  return () => performance.now() >= until;
}

/**
 * Runs `part` in later tasks (named `name` on the timeline), one slice of SLICE_MS each, the
 * page running in between, until it returns a result; `shouldStop` tells it when its slice is
 * up. Null once `lifetime` ends: its signal aborts (the content script ended, or newer work
 * superseded this), or its test says the work is no longer wanted. The first slice waits for
 * `first` (the page's next task by default; `afterFrame` for work that follows a paint).
 */
export async function inSlices<T>(
  name: string,
  lifetime: AbortSignal | (() => boolean),
  part: (shouldStop: () => boolean) => T | null,
  first: () => Promise<void> = yieldToPage,
): Promise<T | null> {
  const alive = typeof lifetime === 'function' ? lifetime : () => !lifetime.aborted;
  for (let wait = first; ; wait = yieldToPage) {
    await wait();
    if (!alive()) return null;
    const done = task(name, () => part(budget(SLICE_MS)));
    if (done !== null) return done;
  }
}
