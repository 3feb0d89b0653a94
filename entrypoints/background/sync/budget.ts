/**
 * A sliding-window write budget for `storage.sync`, whose limits count `set`/`remove` calls:
 * 120 a minute and 1,800 an hour in Chrome (MAX_WRITE_OPERATIONS_PER_MINUTE / _PER_HOUR).
 * A call over the limit fails with a quota error, so the sync round asks the budget first and
 * waits instead. The margin keeps us a few writes under the limit, for writes made by the
 * settings page or another extension version in the same window.
 */
import { SYNC_LIMITS } from '@/utils/sync/sync-quota';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface WriteBudgetOptions {
  perMinute?: number;
  perHour?: number;
  /** Writes kept in reserve under each limit. */
  margin?: number;
  now?: () => number;
}

export interface WriteBudget {
  /** Takes `n` writes if they all fit now; false (and nothing taken) otherwise. */
  tryTake(n: number): boolean;
  /** Milliseconds until `n` writes will fit (0 when they fit now). */
  waitFor(n: number): number;
  /** Writes taken in the last minute and hour. */
  used(): { minute: number; hour: number };
}

export function createWriteBudget(options: WriteBudgetOptions = {}): WriteBudget {
  const now = options.now ?? Date.now;
  const margin = options.margin ?? 10;
  const perMinute = (options.perMinute ?? SYNC_LIMITS.maxWritesPerMinute) - margin;
  const perHour = (options.perHour ?? SYNC_LIMITS.maxWritesPerHour) - margin;
  /** Times of the writes of the last hour, oldest first. */
  const times: number[] = [];

  const prune = (t: number) => {
    while (times.length && times[0]! <= t - HOUR) times.shift();
  };
  const inLast = (t: number, window: number) => {
    let n = 0;
    for (let i = times.length - 1; i >= 0 && times[i]! > t - window; i--) n++;
    return n;
  };

  const waitFor = (n: number): number => {
    const t = now();
    prune(t);
    if (n > perMinute || n > perHour) return Infinity;
    let wait = 0;
    // The k-th newest write leaves the window at its time + window; we need room for n.
    const minuteOver = inLast(t, MINUTE) + n - perMinute;
    if (minuteOver > 0) {
      const firstInMinute = times.length - inLast(t, MINUTE);
      wait = Math.max(wait, times[firstInMinute + minuteOver - 1]! + MINUTE - t);
    }
    const hourOver = times.length + n - perHour;
    if (hourOver > 0) wait = Math.max(wait, times[hourOver - 1]! + HOUR - t);
    return Math.max(0, wait);
  };

  return {
    tryTake(n) {
      if (waitFor(n) > 0) return false;
      const t = now();
      for (let i = 0; i < n; i++) times.push(t);
      return true;
    },
    waitFor,
    used() {
      const t = now();
      prune(t);
      return { minute: inLast(t, MINUTE), hour: times.length };
    },
  };
}
