import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { after, childLifetime, whenIdle } from '@/entrypoints/content/schedule';

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
