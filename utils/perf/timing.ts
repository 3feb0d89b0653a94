/**
 * Performance marks and measures on the document's timeline (shared with the page's main
 * world, where scripts/bench/paint.ts reads them with performance.getEntriesByType).
 *
 * - `hzd:<phase>`: one step of the pipeline (may span an await, e.g. the settings read);
 * - `hzd-task:<name>`: one synchronous chunk of our own main-thread work. Their sum is what
 *   the content script costs the page's main thread.
 *
 * - `hzd-start`, `hzd-painted`, `hzd-idle`, …: points in time (`mark`).
 *
 * The page can read the timeline, so the marks would tell it the extension is there. They are
 * made only in builds for the tests and the benchmark (`WXT_PERF_MARKS=on`, set by
 * `npm run build`); the store builds (`npm run zip`) leave them out, which
 * `scripts/check-store-build.ts` checks. `PERF_MARKS` is a build-time constant, so the
 * bundler drops the calls below from the store build.
 */
export const PERF_MARKS = import.meta.env.WXT_PERF_MARKS === 'on';

const PHASE = 'hzd:';
const TASK = 'hzd-task:';

/** Marks a point in time, e.g. `hzd-painted`. */
export function mark(name: string): void {
  if (!PERF_MARKS) return;
  try {
    performance.mark(name);
  } catch {
    // A page may have replaced `performance`; timing is never worth an error.
  }
}

function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // A page may have replaced `performance`; timing is never worth an error.
  }
}

/** Runs `fn` and records its duration as phase `name`. */
export function phase<T>(name: string, fn: () => T): T {
  if (!PERF_MARKS) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    measure(PHASE + name, start);
  }
}

/** Records the time from now until the promise settles as phase `name`. */
export function phaseAsync<T>(name: string, promise: () => Promise<T>): Promise<T> {
  if (!PERF_MARKS) return promise();
  const start = performance.now();
  const done = () => measure(PHASE + name, start);
  const p = promise();
  p.then(done, done);
  return p;
}

/** Runs `fn` as one of our synchronous main-thread chunks (a task or a continuation). */
export function task<T>(name: string, fn: () => T): T {
  if (!PERF_MARKS) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    measure(TASK + name, start);
  }
}
