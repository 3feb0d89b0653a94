import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareClocks,
  createClock,
  formatClock,
  InvalidClockError,
  isValidClock,
  MAX_CLOCK_SKEW_MS,
  MAX_COUNTER,
  MAX_WALL,
  parseClock,
} from '@/utils/sync/hlc';

describe('clock encoding', () => {
  it('formats fixed-width fields and parses them back', () => {
    const s = formatClock({ wallMs: 1_700_000_000_123, counter: 7, deviceId: 'dev_1' });
    expect(s).toBe('001700000000123:000007:dev_1');
    expect(parseClock(s)).toEqual({ wallMs: 1_700_000_000_123, counter: 7, deviceId: 'dev_1' });
  });

  it.each([
    '',
    'abc',
    '1700000000123:000007:dev',
    '001700000000123:7:dev',
    '001700000000123:000007:',
    '001700000000123:000007:dev:x',
    '001700000000123:000007:dév',
  ])('rejects malformed clock %j', (s) => {
    expect(() => parseClock(s)).toThrow(InvalidClockError);
    expect(isValidClock(s)).toBe(false);
  });

  it('rejects out-of-range fields and bad device ids when formatting', () => {
    expect(() => formatClock({ wallMs: -1, counter: 0, deviceId: 'a' })).toThrow(InvalidClockError);
    expect(() => formatClock({ wallMs: 0, counter: MAX_COUNTER + 1, deviceId: 'a' })).toThrow(InvalidClockError);
    expect(() => formatClock({ wallMs: 0, counter: 0, deviceId: 'a:b' })).toThrow(InvalidClockError);
    expect(() => createClock('')).toThrow(InvalidClockError);
  });

  it('string order equals (wall, counter, device) order', () => {
    // Random walls and counters almost never collide, so each also comes from a tiny set: a
    // comparison of wall times alone passed this property before. Equal walls are the normal
    // case on one device.
    const parts = fc.record({
      wallMs: fc.oneof(fc.integer({ min: 0, max: MAX_WALL }), fc.constantFrom(1000, 1001)),
      counter: fc.oneof(fc.integer({ min: 0, max: MAX_COUNTER }), fc.constantFrom(0, 1)),
      deviceId: fc.stringMatching(/^[A-Za-z0-9_-]{1,3}$/),
    });
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        const expected =
          a.wallMs !== b.wallMs
            ? Math.sign(a.wallMs - b.wallMs)
            : a.counter !== b.counter
              ? Math.sign(a.counter - b.counter)
              : a.deviceId < b.deviceId
                ? -1
                : a.deviceId > b.deviceId
                  ? 1
                  : 0;
        expect(compareClocks(formatClock(a), formatClock(b))).toBe(expected);
      }),
    );
    const at = (counter: number, deviceId: string) => formatClock({ wallMs: 1000, counter, deviceId });
    expect(compareClocks(at(1, 'a'), at(2, 'a'))).toBe(-1);
    expect(compareClocks(at(10, 'a'), at(9, 'z'))).toBe(1);
    expect(compareClocks(at(3, 'a'), at(3, 'b'))).toBe(-1);
    expect(compareClocks(at(3, 'b'), at(3, 'b'))).toBe(0);
  });

  it('malformed clocks sort below every valid clock', () => {
    const valid = formatClock({ wallMs: 0, counter: 0, deviceId: 'a' });
    expect(compareClocks('zzzz', valid)).toBe(-1);
    expect(compareClocks(valid, '999999999999999999:x')).toBe(1);
    expect(compareClocks('b', 'a')).toBe(1);
  });
});

describe('createClock', () => {
  it('uses physical time when it moves forward and counts within one millisecond', () => {
    let t = 1000;
    const clock = createClock('a', () => t);
    expect(clock.tick()).toBe(formatClock({ wallMs: 1000, counter: 0, deviceId: 'a' }));
    expect(clock.tick()).toBe(formatClock({ wallMs: 1000, counter: 1, deviceId: 'a' }));
    t = 1005;
    expect(clock.tick()).toBe(formatClock({ wallMs: 1005, counter: 0, deviceId: 'a' }));
    expect(clock.peek()).toBe(formatClock({ wallMs: 1005, counter: 0, deviceId: 'a' }));
  });

  it('receive moves past a remote clock from the future', () => {
    const clock = createClock('a', () => 1000);
    clock.tick();
    const remote = formatClock({ wallMs: 5000, counter: 3, deviceId: 'b' });
    const after = clock.receive(remote);
    expect(parseClock(after)).toEqual({ wallMs: 5000, counter: 4, deviceId: 'a' });
    expect(compareClocks(clock.tick(), remote)).toBe(1);
  });

  it('receive with equal walls takes the larger counter plus one', () => {
    const clock = createClock('a', () => 1000);
    clock.tick();
    clock.tick(); // counter 1
    expect(parseClock(clock.receive(formatClock({ wallMs: 1000, counter: 9, deviceId: 'b' }))).counter).toBe(10);
    expect(parseClock(clock.receive(formatClock({ wallMs: 1000, counter: 2, deviceId: 'b' }))).counter).toBe(11);
  });

  it('a malformed remote clock is not learned and does not throw', () => {
    const clock = createClock('a', () => 1000);
    expect(parseClock(clock.receive('garbage'))).toEqual({ wallMs: 1000, counter: 0, deviceId: 'a' });
  });

  it('carries counter overflow into the wall time', () => {
    const clock = createClock('a', () => 1000);
    clock.receive(formatClock({ wallMs: 1000, counter: MAX_COUNTER, deviceId: 'b' }));
    expect(parseClock(clock.peek())).toEqual({ wallMs: 1001, counter: 0, deviceId: 'a' });
  });

  it('stays strictly monotonic when physical time jumps backwards and remote clocks arrive', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), dt: fc.integer({ min: -100_000, max: 100_000 }) }),
      fc.record({
        kind: fc.constant('receive' as const),
        dt: fc.integer({ min: -100_000, max: 100_000 }),
        remoteOffset: fc.integer({ min: -1_000_000, max: 1_000_000 }),
        remoteCounter: fc.integer({ min: 0, max: 50 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        let t = 1_700_000_000_000;
        const clock = createClock('me', () => t);
        let last = clock.peek();
        for (const s of steps) {
          t += s.dt;
          let next: string;
          if (s.kind === 'tick') {
            next = clock.tick();
          } else {
            const remote = formatClock({ wallMs: t + s.remoteOffset, counter: s.remoteCounter, deviceId: 'other' });
            next = clock.receive(remote);
            expect(compareClocks(next, remote)).toBe(1);
          }
          expect(compareClocks(next, last)).toBe(1);
          expect(next).toBe(clock.peek());
          // Never behind the physical clock it was given.
          expect(parseClock(next).wallMs).toBeGreaterThanOrEqual(t);
          last = next;
        }
      }),
    );
  });

  it('never adopts a clock more than MAX_CLOCK_SKEW_MS ahead, so it can always tick (issue 12)', () => {
    const t = 1_700_000_000_000;
    const clock = createClock('me', () => t);
    for (const remote of [
      '999999999999999:999998:x',
      formatClock({ wallMs: Date.UTC(9999, 0, 1), counter: 0, deviceId: 'far' }),
    ]) {
      expect(parseClock(clock.receive(remote)).wallMs).toBe(t);
      expect(() => clock.tick()).not.toThrow();
    }
    // At the bound it is adopted (a later local edit then orders after it); one past it is not.
    const atBound = formatClock({ wallMs: t + MAX_CLOCK_SKEW_MS, counter: MAX_COUNTER, deviceId: 'peer' });
    expect(compareClocks(clock.receive(atBound), atBound)).toBe(1);
    const fresh = createClock('me', () => t);
    const pastBound = formatClock({ wallMs: t + MAX_CLOCK_SKEW_MS + 1, counter: 0, deviceId: 'peer' });
    expect(parseClock(fresh.receive(pastBound)).wallMs).toBe(t);
  });
});
