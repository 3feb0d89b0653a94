/**
 * JavaScript heap of the extension's pages and service worker, over the DevTools protocol
 * (`Runtime.getHeapUsage`: the V8 heap in use, what the page's own objects cost), and peaks
 * sampled while something runs.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/e2e/support/chromium';

export interface HeapProbe {
  /** Bytes of V8 heap in use now. */
  used(): Promise<number>;
  close(): Promise<void>;
}

export async function pageHeap(browser: ExtensionBrowser, page: Page): Promise<HeapProbe> {
  const cdp = await browser.context.newCDPSession(page);
  return {
    used: async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize,
    close: () => cdp.detach().catch(() => undefined),
  };
}

/** The service worker's heap (the worker running now: it is looked up for every reading). */
export async function workerHeap(browser: ExtensionBrowser): Promise<HeapProbe> {
  const cdp: CDPSession = await browser.context.browser()!.newBrowserCDPSession();
  let next = 0;
  const waiting = new Map<number, (v: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget' as never, (e: { message: string }) => {
    const m = JSON.parse(e.message) as { id: number; result?: unknown; error?: unknown };
    waiting.get(m.id)?.(m.result ?? m.error);
  });
  const call = async (sessionId: string, method: string) => {
    const id = ++next;
    const reply = new Promise((ok) => waiting.set(id, ok));
    await cdp.send(
      'Target.sendMessageToTarget' as never,
      { sessionId, message: JSON.stringify({ id, method }) } as never,
    );
    return reply;
  };
  return {
    async used() {
      await browser.worker();
      const { targetInfos } = (await cdp.send('Target.getTargets')) as {
        targetInfos: { targetId: string; type: string; url: string }[];
      };
      const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
      if (!sw) return NaN;
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
      try {
        const r = (await call(sessionId, 'Runtime.getHeapUsage')) as { usedSize?: number };
        return r.usedSize ?? NaN;
      } finally {
        await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      }
    },
    close: () => cdp.detach().catch(() => undefined),
  };
}

/** Samples `probe` every `ms` until `stop()`, which returns the highest reading. */
export function samplePeak(probe: HeapProbe, ms = 250): { stop(): Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const v = await probe.used().catch(() => NaN);
      if (v > peak) peak = v;
      await new Promise((r) => setTimeout(r, ms));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      const last = await probe.used().catch(() => NaN);
      return Math.max(peak, Number.isNaN(last) ? 0 : last);
    },
  };
}

export const mb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1048576).toFixed(1)} MB` : 'n/a');
