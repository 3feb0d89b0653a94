/**
 * Start-up work that the first reply need not wait for. A page's report after a worker start
 * needs the open library and that page's records; the sync catch-up round, the settings mirror's
 * check, the every-site registration check and the alarms' schedules would compete with it for
 * the worker's thread, IndexedDB and the browser's IPC. They run once the first reply to any
 * message is out, or after `idleMs` when the worker was woken by something that sends none (an
 * alarm, a permission change). Listeners are not deferred: MV3 wants them registered during
 * the first evaluation, so the events that woke the worker reach them.
 */
export interface Startup {
  /** Runs `job` after the first reply (or the idle time); at once if that has passed. */
  later(job: () => void): void;
  /** Call with each reply; the first one settled lets the deferred jobs run. */
  replied(reply: Promise<unknown>): void;
}

export function createStartup(
  options: { idleMs?: number; timers?: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> } = {},
): Startup {
  const timers = options.timers ?? globalThis;
  const jobs: (() => void)[] = [];
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    timers.clearTimeout(idle);
    for (const job of jobs.splice(0)) {
      try {
        job();
      } catch (e) {
        console.warn('huazhongdian: start-up job', e);
      }
    }
  };
  const idle = timers.setTimeout(run, options.idleMs ?? 1000);
  return {
    later(job) {
      if (done) job();
      else jobs.push(job);
    },
    replied(reply) {
      // A task after the reply: its message is on its way before the deferred work starts.
      if (!done) void reply.finally(() => timers.setTimeout(run, 0)).catch(() => undefined);
    },
  };
}
