import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { after, afterFrame, childLifetime, FRAME_WAIT_MS, inSlices, SLICE_MS, whenIdle } from '@/utils/schedule';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('timers tied to a lifetime', () => {
  it('after() runs once, unless cancelled or its signal aborts first', () => {
    const life = new AbortController();
    const ran = vi.fn();
    after(10, ran, life.signal);
    const cancel = after(10, ran, life.signal);
    cancel();
    vi.advanceTimersByTime(20);
    expect(ran).toHaveBeenCalledTimes(1);
    after(10, ran, life.signal);
    life.abort();
    vi.advanceTimersByTime(20);
    expect(ran).toHaveBeenCalledTimes(1);
    after(10, ran, life.signal); // already ended: never runs
    vi.advanceTimersByTime(20);
    expect(ran).toHaveBeenCalledTimes(1);
  });

  it('whenIdle() runs later, and not at all once the lifetime ended', () => {
    const life = new AbortController();
    const ran = vi.fn();
    whenIdle(ran, life.signal);
    expect(ran).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(ran).toHaveBeenCalledTimes(1);
    whenIdle(ran, life.signal);
    life.abort();
    vi.advanceTimersByTime(300);
    expect(ran).toHaveBeenCalledTimes(1);
  });

  it('a child lifetime ends with its parent, or on its own', () => {
    const parent = new AbortController();
    const a = childLifetime(parent.signal);
    const b = childLifetime(parent.signal);
    a.abort();
    expect(parent.signal.aborted).toBe(false);
    parent.abort();
    expect(b.signal.aborted).toBe(true);
    expect(childLifetime(parent.signal).signal.aborted).toBe(true);
  });
});

describe('inSlices', () => {
  it('runs each part in a later task with a budget of SLICE_MS, until a part has the result', async () => {
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      const life = new AbortController();
      let parts = 0;
      const stops: boolean[] = [];
      const done = inSlices('test-slice', life.signal, (shouldStop) => {
        parts++;
        stops.push(shouldStop());
        now += SLICE_MS;
        stops.push(shouldStop());
        return parts === 3 ? 'done' : null;
      });
      expect(parts).toBe(0); // nothing in the caller's task
      await vi.advanceTimersByTimeAsync(0);
      expect(parts).toBe(1);
      await vi.runAllTimersAsync();
      expect(await done).toBe('done');
      expect(parts).toBe(3);
      expect(stops).toEqual([false, true, false, true, false, true]);
    } finally {
      clock.mockRestore();
    }
  });

  it('stops, with null, once its lifetime ends', async () => {
    const life = new AbortController();
    const part = vi.fn(() => null);
    const done = inSlices('test-slice', life.signal, part);
    await vi.advanceTimersByTimeAsync(0);
    expect(part).toHaveBeenCalledTimes(1);
    life.abort();
    await vi.runAllTimersAsync();
    expect(await done).toBeNull();
    expect(part).toHaveBeenCalledTimes(1);
  });
});

describe('afterFrame', () => {
  /** A page whose frames come when the test says (requestAnimationFrame's callbacks run then). */
  const page = (visibilityState: 'visible' | 'hidden') => {
    const callbacks: (() => void)[] = [];
    vi.stubGlobal('document', { visibilityState });
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => callbacks.push(cb));
    return { frame: () => callbacks.splice(0).forEach((cb) => cb()) };
  };
  afterEach(() => void vi.unstubAllGlobals());

  it('holds work that follows a paint until a task after the next frame, however many tasks come first', async () => {
    const { frame } = page('visible');
    const part = vi.fn(() => 'done');
    const done = inSlices('test-slice', () => true, part, afterFrame);
    await vi.advanceTimersByTimeAsync(FRAME_WAIT_MS - 1); // tasks, no frame
    expect(part).not.toHaveBeenCalled();
    frame();
    expect(part).not.toHaveBeenCalled(); // not inside the frame's own callbacks either
    await vi.advanceTimersByTimeAsync(0);
    expect(part).toHaveBeenCalledTimes(1);
    expect(await done).toBe('done');
  });

  it('waits for no frame on a hidden page, nor longer than FRAME_WAIT_MS for one', async () => {
    page('hidden');
    let done = false;
    void afterFrame().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
    page('visible');
    done = false;
    void afterFrame().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(FRAME_WAIT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
