/**
 * The worker's start: the first reply does not wait for work it does not need (startup.ts), and
 * a page report's reply does not wait for the tab's copy in storage.session (router.ts).
 */
import { describe, expect, it, vi, afterEach } from 'vitest';
import { createStartup } from '@/entrypoints/background/startup';
import { EXTENSION, NEWS_PAGE, setupRouter } from './setup';

afterEach(() => {
  vi.useRealTimers();
});

describe('createStartup', () => {
  it('runs the deferred jobs after the first reply, in order, once', async () => {
    vi.useFakeTimers();
    const startup = createStartup({ idleMs: 1000 });
    const ran: string[] = [];
    startup.later(() => ran.push('a'));
    startup.later(() => ran.push('b'));
    let answer!: (v: unknown) => void;
    startup.replied(new Promise((ok) => (answer = ok)));
    await vi.advanceTimersByTimeAsync(500);
    expect(ran).toEqual([]); // the reply is not out yet
    answer({ ok: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(ran).toEqual(['a', 'b']);
    startup.replied(Promise.resolve());
    startup.later(() => ran.push('c')); // after the start: at once
    await vi.advanceTimersByTimeAsync(2000);
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('runs them after the idle time when no message comes (a worker woken by an alarm), and a failing job stops no other', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const startup = createStartup({ idleMs: 1000 });
    const ran: string[] = [];
    startup.later(() => {
      throw new Error('boom');
    });
    startup.later(() => ran.push('after'));
    await vi.advanceTimersByTimeAsync(999);
    expect(ran).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(ran).toEqual(['after']);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('a rejected first reply lets them run too', async () => {
    vi.useFakeTimers();
    const startup = createStartup({ idleMs: 60_000 });
    const ran: string[] = [];
    startup.later(() => ran.push('x'));
    startup.replied(Promise.reject(new Error('no')));
    await vi.advanceTimersByTimeAsync(0);
    expect(ran).toEqual(['x']);
  });
});

describe('page/report after a worker start', () => {
  const page = NEWS_PAGE;

  it('replies without waiting for the tab’s copy in storage.session, and the tab is known at once', async () => {
    const { handle } = await setupRouter({ sessionCopyHangs: true });
    const sender = { kind: 'content' as const, tabId: 7, tabUrl: page.url };
    const reply = await Promise.race([
      handle({ type: 'page/report', page }, sender),
      new Promise((ok) => setTimeout(() => ok('still waiting'), 1000)),
    ]);
    expect(reply).toMatchObject({ ok: true, data: { highlights: [] } });
    expect(await handle({ type: 'tab/state', tabId: 7 }, EXTENSION)).toMatchObject({ ok: true, data: { page } });
  });
});
