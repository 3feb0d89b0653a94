import type { Timers } from '@/entrypoints/background/sync/scheduler';

/** Hand-driven time for the sync scheduler: `advance(ms)` fires the timers that come due. */
export class ManualTimers implements Timers {
  private t = 1_700_000_000_000;
  private next = 1;
  private pending = new Map<number, { at: number; fn: () => void }>();

  now = () => this.t;

  setTimeout = (fn: () => void, ms: number) => {
    const id = this.next++;
    this.pending.set(id, { at: this.t + ms, fn });
    return id;
  };

  clearTimeout = (handle: unknown) => {
    this.pending.delete(handle as number);
  };

  get scheduled(): number[] {
    return [...this.pending.values()].map((p) => p.at - this.t).sort((a, b) => a - b);
  }

  /** Moves time forward, firing due timers in order and letting their promises settle. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, p]) => p.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.t = Math.max(this.t, due[1].at);
      due[1].fn();
      await flush();
    }
    this.t = end;
    await flush();
  }
}

/** Lets promises settle, IndexedDB (fake-indexeddb answers each request on a later turn) included. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise<void>((r) => queueMicrotask(r));
  for (let i = 0; i < 300; i++) await new Promise<void>((r) => setImmediate(r));
}
