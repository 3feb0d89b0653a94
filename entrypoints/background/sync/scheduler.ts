/**
 * Runs a sync round at most once at a time, some time after the last request for one.
 *
 * - `request(delayMs)` asks for a round within `delayMs` (a shorter request wins; a longer one
 *   never postpones a round already due sooner), so a burst of edits makes one round.
 * - A request while a round runs makes one more round after it, never two at once.
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
      }
    })();
    return current;
  };

  return {
    request(delayMs) {
      if (current) {
        again = true;
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
}
