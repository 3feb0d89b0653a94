/**
 * One request at a time for a view that asks again as the reader types: starting a request
 * aborts the one before it, and an older request's answer (or error) is never delivered once a
 * newer one has started — a slow old keystroke never paints over a newer one.
 */
export class LatestOnly {
  private current: AbortController | null = null;

  run<T>(start: (signal: AbortSignal) => Promise<T>, deliver: (value: T) => void, fail: (e: unknown) => void): void {
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    const mine = () => this.current === controller && !controller.signal.aborted;
    let started: Promise<T>;
    try {
      started = start(controller.signal);
    } catch (e) {
      started = Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    started.then(
      (value) => mine() && deliver(value),
      (e: unknown) => mine() && fail(e),
    );
  }

  /** Drops the request under way (its answer is not delivered). */
  cancel(): void {
    this.current?.abort();
    this.current = null;
  }
}
