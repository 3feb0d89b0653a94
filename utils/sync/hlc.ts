/**
 * Hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014).
 *
 * Every change to a highlight carries the clock of the device that made it; the merge keeps
 * the record with the greatest clock. A hybrid clock stays close to wall time (so "newest"
 * means what a reader expects) but never goes backwards and always moves past every clock
 * it has seen, so an edit made after seeing another device's edit is ordered after it even
 * when the two devices' physical clocks disagree.
 *
 * Encoding — a string whose plain string order (`<`) is the clock order:
 *
 *     `${wallMs, 15 digits zero-padded}:${counter, 6 digits zero-padded}:${deviceId}`
 *     e.g. "001700000000000:000003:2f1c0d9e-…"
 *
 * The two numeric fields are fixed width, so comparing strings compares wall time, then the
 * counter, then the device id (the final tie-break that makes clocks of different devices
 * never equal). 15 digits hold milliseconds until the year 33658. Device ids are limited to
 * ASCII letters, digits, '-' and '_' so that UTF-16 code-unit order is byte order everywhere.
 *
 * A remote clock ahead of this device's wall clock is adopted up to `MAX_CLOCK_SKEW_MS` (one
 * day) ahead, so an edit made here after seeing it is ordered after it. Beyond that bound the
 * clock is not learned at all: a clock near the top of the range (`999999999999999:…`) would
 * otherwise leave no room to tick (every later save failed), and a year-9999 clock would stamp
 * every later edit 9999. Records carrying such clocks are refused where they come in
 * (utils/sync/admit.ts), so a clock that is not learned never wins over a later local edit.
 */

/**
 * How far ahead of the local wall clock a clock (or a `created`/`updated` time) from elsewhere
 * may be. One day: real devices keep UTC to seconds with NTP; the large honest errors are a
 * clock set by hand in the wrong time zone, or a dual-boot machine reading the hardware clock
 * as UTC when it holds local time (UTC+8 in China) — at most 14 hours, the largest zone offset.
 * A peer's clock inside the bound is adopted, so it can push this device's clock at most a day
 * ahead, never further; one beyond it waits (sync reads it again later) or is refused (import).
 */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

export const WALL_DIGITS = 15;
export const COUNTER_DIGITS = 6;
export const MAX_WALL = 10 ** WALL_DIGITS - 1;
export const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
const DEVICE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const CLOCK = /^(\d{15}):(\d{6}):([A-Za-z0-9_-]{1,64})$/;

export interface ParsedClock {
  wallMs: number;
  counter: number;
  deviceId: string;
}

export class InvalidClockError extends Error {
  override name = 'InvalidClockError';
}

export function isValidDeviceId(deviceId: string): boolean {
  return DEVICE_ID.test(deviceId);
}

export function formatClock({ wallMs, counter, deviceId }: ParsedClock): string {
  if (!Number.isInteger(wallMs) || wallMs < 0 || wallMs > MAX_WALL) {
    throw new InvalidClockError(`clock wall time out of range: ${wallMs}`);
  }
  if (!Number.isInteger(counter) || counter < 0 || counter > MAX_COUNTER) {
    throw new InvalidClockError(`clock counter out of range: ${counter}`);
  }
  if (!isValidDeviceId(deviceId)) throw new InvalidClockError(`invalid device id: ${JSON.stringify(deviceId)}`);
  return `${String(wallMs).padStart(WALL_DIGITS, '0')}:${String(counter).padStart(COUNTER_DIGITS, '0')}:${deviceId}`;
}

/** Parses and validates an encoded clock; throws InvalidClockError with the reason. */
export function parseClock(s: string): ParsedClock {
  const m = typeof s === 'string' ? CLOCK.exec(s) : null;
  if (!m) throw new InvalidClockError(`not a clock (want 15 digits:6 digits:device id): ${JSON.stringify(s)}`);
  return { wallMs: Number(m[1]), counter: Number(m[2]), deviceId: m[3]! };
}

export function tryParseClock(s: string): ParsedClock | null {
  try {
    return parseClock(s);
  } catch {
    return null;
  }
}

export function isValidClock(s: string): boolean {
  return typeof s === 'string' && CLOCK.test(s);
}

/**
 * Total order on clock strings: -1, 0 or 1. Valid clocks compare as strings (which is clock
 * order). A malformed clock (the record schema accepts any short string) sorts below every
 * valid one, so a corrupt record can never win a merge against a real edit; malformed ones
 * compare as strings among themselves so the order stays total and deterministic.
 */
export function compareClocks(a: string, b: string): -1 | 0 | 1 {
  const va = isValidClock(a);
  const vb = isValidClock(b);
  if (va !== vb) return va ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Milliseconds a valid clock is ahead of `now` (negative: behind), or null for a malformed clock. */
export function clockLead(clock: string, now: number): number | null {
  const parsed = tryParseClock(clock);
  return parsed ? parsed.wallMs - now : null;
}

export interface HybridClock {
  /** Clock for a local event: greater than every clock this instance returned or received. */
  tick(): string;
  /**
   * Takes in a clock from another replica, then ticks: the result is greater than both the
   * remote clock and everything local. A malformed remote clock, or one more than `maxSkewMs`
   * ahead of the wall clock, is not learned; the call then is a plain tick.
   */
  receive(remote: string): string;
  /** The last clock issued, without advancing (a zero clock before the first event). */
  peek(): string;
}

/**
 * Creates the clock of one replica. `now` is injectable for tests; it may jump backwards
 * (NTP correction, a user changing the date): the clock then keeps its last wall time and
 * counts up, so events of one device stay in the order they happened.
 */
export function createClock(
  deviceId: string,
  now: () => number = Date.now,
  maxSkewMs: number = MAX_CLOCK_SKEW_MS,
): HybridClock {
  if (!isValidDeviceId(deviceId)) throw new InvalidClockError(`invalid device id: ${JSON.stringify(deviceId)}`);
  let wall = 0;
  let counter = 0;

  const physical = () => {
    const t = Math.floor(now());
    return Number.isFinite(t) ? Math.min(Math.max(t, 0), MAX_WALL) : 0;
  };
  /** Sets (wall, counter), carrying a counter overflow into the wall time. */
  const advance = (nextWall: number, nextCounter: number) => {
    if (nextCounter > MAX_COUNTER) {
      // A million events within one millisecond: borrow a millisecond rather than fail.
      nextWall += 1;
      nextCounter = 0;
    }
    wall = nextWall;
    counter = nextCounter;
    return formatClock({ wallMs: wall, counter, deviceId });
  };

  return {
    tick() {
      const pt = physical();
      return pt > wall ? advance(pt, 0) : advance(wall, counter + 1);
    },
    receive(remote) {
      const r = tryParseClock(remote);
      const pt = physical();
      if (!r || r.wallMs > pt + maxSkewMs) return this.tick();
      const nextWall = Math.max(wall, r.wallMs, pt);
      let nextCounter: number;
      if (nextWall === wall && nextWall === r.wallMs) nextCounter = Math.max(counter, r.counter) + 1;
      else if (nextWall === wall) nextCounter = counter + 1;
      else if (nextWall === r.wallMs) nextCounter = r.counter + 1;
      else nextCounter = 0;
      return advance(nextWall, nextCounter);
    },
    peek() {
      return formatClock({ wallMs: wall, counter, deviceId });
    },
  };
}
