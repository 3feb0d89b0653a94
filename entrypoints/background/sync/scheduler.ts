/**
 * Runs a sync round at most once at a time, some time after the last request for one.
 *
 * - `request(delayMs)` asks for a round within `delayMs` (a shorter request wins; a longer one
 *   never postpones a round already due sooner), so a burst of edits makes one round.
 * - A request while a round runs is timed from the end of that round (a round that asks for a
 *   retry later must not loop); `runNow` during a round makes one more round right after it.
 *   Never two rounds at once.
 * - Timers are injected, so tests drive time by hand.
 */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export interface RoundScheduler {
  request(delayMs: number): void;
  /** Runs a round now (after the one in progress) and resolves when it is done. */
  runNow(): Promise<void>;
  readonly running: boolean;
}

export function createRoundScheduler(round: () => Promise<void>, timers: Timers = realTimers): RoundScheduler {
  let timer: unknown = null;
  let dueAt = Infinity;
  let current: Promise<void> | null = null;
  let again = false;
  /** The shortest delay requested while a round ran, scheduled when it ends. */
  let deferred: number | null = null;

  const start = (): Promise<void> => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    dueAt = Infinity;
    if (current) {
      // The loop below runs once more before `current` settles.
      again = true;
      return current;
    }
    current = (async () => {
      try {
        do {
          again = false;
          // A failed round is reported by the round itself; the scheduler keeps going.
          await round().catch(() => undefined);
        } while (again);
      } finally {
        current = null;
        if (deferred !== null) {
          const delay = deferred;
          deferred = null;
          api.request(delay);
        }
      }
    })();
    return current;
  };

  const api: RoundScheduler = {
    request(delayMs) {
      if (current) {
        deferred = deferred === null ? delayMs : Math.min(deferred, delayMs);
        return;
      }
      const at = timers.now() + Math.max(0, delayMs);
      if (at >= dueAt) return;
      if (timer !== null) timers.clearTimeout(timer);
      dueAt = at;
      timer = timers.setTimeout(() => void start(), Math.max(0, delayMs));
    },
    runNow: () => start(),
    get running() {
      return current !== null;
    },
  };
  return api;
}
