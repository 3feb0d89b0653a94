/**
 * Work that can pause: a generator that yields at points where a caller may stop and resume
 * later (the content script spreads a long page's detection over several short tasks). Run
 * to its end in one go, it is the same work as a plain function call.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end at once and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
