import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { createWriteBudget } from '@/entrypoints/background/sync/budget';
import { createRoundScheduler } from '@/entrypoints/background/sync/scheduler';
import { countSynced, describeSyncError } from '@/utils/sync/status';
import { ManualTimers, flush } from './fake-timers';

describe('write budget', () => {
  test('never allows more than the per-minute and per-hour limits in any window (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ gap: fc.nat(20_000), n: fc.integer({ min: 1, max: 3 }) }), { maxLength: 600 }),
        (steps) => {
          let t = 0;
          const budget = createWriteBudget({ perMinute: 20, perHour: 100, margin: 2, now: () => t });
          const taken: number[] = [];
          for (const { gap, n } of steps) {
            t += gap;
            if (budget.tryTake(n)) for (let i = 0; i < n; i++) taken.push(t);
          }
          for (const at of taken) {
            expect(taken.filter((x) => x > at - 60_000 && x <= at).length).toBeLessThanOrEqual(18);
            expect(taken.filter((x) => x > at - 3_600_000 && x <= at).length).toBeLessThanOrEqual(98);
          }
        },
      ),
    );
  });

  test('waitFor says when the writes fit again, and they do fit then', () => {
    let t = 0;
    const budget = createWriteBudget({ perMinute: 5, perHour: 100, margin: 0, now: () => t });
    for (let i = 0; i < 5; i++) {
      expect(budget.tryTake(1)).toBe(true);
      t += 1000;
    }
    expect(budget.tryTake(1)).toBe(false);
    const wait = budget.waitFor(2);
    expect(wait).toBe(61_000 - 5000); // the second write (at 1 s) leaves the window at 61 s
    t += wait - 1;
    expect(budget.tryTake(2)).toBe(false);
    t += 1;
    expect(budget.tryTake(2)).toBe(true);
    expect(budget.used()).toEqual({ minute: 5, hour: 7 });
  });

  test('the hourly limit holds even when every minute is under its limit', () => {
    let t = 0;
    const budget = createWriteBudget({ now: () => t });
    let taken = 0;
    for (let minute = 0; minute < 60; minute++) {
      for (let i = 0; i < 100; i++) if (budget.tryTake(1)) taken++;
      t += 60_000;
    }
    expect(taken).toBe(1_800 - 10);
  });

  test('a request bigger than a limit never fits', () => {
    const budget = createWriteBudget({ perMinute: 3, margin: 0, now: () => 0 });
    expect(budget.waitFor(4)).toBe(Infinity);
    expect(budget.tryTake(4)).toBe(false);
  });
});

describe('round scheduler', () => {
  test('a burst of requests makes one round, after the delay of the last', async () => {
    const timers = new ManualTimers();
    let rounds = 0;
    const s = createRoundScheduler(async () => void rounds++, timers);
    s.request(5000);
    await timers.advance(3000);
    s.request(5000); // a longer wait never postpones a round already due sooner
    await timers.advance(1999);
    expect(rounds).toBe(0);
    await timers.advance(1);
    expect(rounds).toBe(1);
    s.request(5000);
    s.request(1000); // a shorter one brings it forward
    await timers.advance(1000);
    expect(rounds).toBe(2);
    expect(timers.scheduled).toEqual([]);
  });

  test('runNow during a round makes one more round; requests wait for the round to end; never two at once', async () => {
    const timers = new ManualTimers();
    let running = 0;
    let maxRunning = 0;
    let rounds = 0;
    let release!: () => void;
    const s = createRoundScheduler(async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      rounds++;
      if (rounds === 1) await new Promise<void>((r) => (release = r));
      running--;
    }, timers);
    const first = s.runNow();
    await flush();
    expect(s.running).toBe(true);
    s.request(0);
    s.request(10);
    const second = s.runNow();
    release();
    await Promise.all([first, second]);
    expect(rounds).toBe(2);
    expect(s.running).toBe(false);
    // The requests made during the first round are timed from its end (shortest wins).
    expect(timers.scheduled).toEqual([0]);
    await timers.advance(0);
    expect(rounds).toBe(3);
    expect(maxRunning).toBe(1);
  });

  test('a round that asks for a retry is not run again at once (no busy loop)', async () => {
    const timers = new ManualTimers();
    let rounds = 0;
    const s = createRoundScheduler(async () => {
      rounds++;
      s.request(30_000);
    }, timers);
    await s.runNow();
    expect(rounds).toBe(1);
    await timers.advance(30_000);
    expect(rounds).toBe(2);
  });

  test('a failing round does not stop later ones', async () => {
    const timers = new ManualTimers();
    let calls = 0;
    const s = createRoundScheduler(async () => {
      calls++;
      throw new Error('offline');
    }, timers);
    await s.runNow();
    await s.runNow();
    expect(calls).toBe(2);
  });
});

describe('status words', () => {
  test('errors from PouchDB, fetch and WebCrypto in plain words', () => {
    expect(describeSyncError({ status: 401, name: 'unauthorized', message: 'Name or password is incorrect.' })).toMatch(
      /user name or password.*401/,
    );
    expect(describeSyncError(new TypeError('Failed to fetch'))).toMatch(/cannot be reached/);
    expect(describeSyncError({ status: 500, message: 'NetworkError when attempting to fetch resource.' })).toMatch(
      /cannot be reached/,
    );
    expect(describeSyncError({ name: 'WrongPassphraseError', message: 'x' })).toMatch(/Wrong passphrase/);
    expect(describeSyncError(new Error('QUOTA_BYTES quota exceeded'))).toMatch(/quota/);
    expect(describeSyncError({ status: 503, message: 'busy' })).toMatch(/503/);
  });

  test('synced counts leave out the excluded ids', () => {
    expect(countSynced([{ id: 'a' }, { id: 'b' }, { id: 'c' }], ['b', 'z'])).toEqual({ synced: 2, total: 3 });
  });
});
