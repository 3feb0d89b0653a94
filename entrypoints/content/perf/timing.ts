/**
 * Performance marks and measures on the document's timeline (shared with the page's main
 * world, where scripts/bench/paint.ts reads them with performance.getEntriesByType).
 *
 * - `hzd:<phase>`: one step of the pipeline (may span an await, e.g. the settings read);
 * - `hzd-task:<name>`: one synchronous chunk of our own main-thread work. Their sum is what
 *   the content script costs the page's main thread.
 *
 * A measure costs a few microseconds; the dozen per page are left in production builds so
 * the figures can be checked on any page from the devtools console.
 */
const PHASE = 'hzd:';
const TASK = 'hzd-task:';

function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // A page may have replaced `performance`; timing is never worth an error.
  }
}

/** Runs `fn` and records its duration as phase `name`. */
export function phase<T>(name: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    measure(PHASE + name, start);
  }
}

/** Records the time from now until the promise settles as phase `name`. */
export function phaseAsync<T>(name: string, promise: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const done = () => measure(PHASE + name, start);
  const p = promise();
  p.then(done, done);
  return p;
}

/** Runs `fn` as one of our synchronous main-thread chunks (a task or a continuation). */
export function task<T>(name: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    measure(TASK + name, start);
  }
}
