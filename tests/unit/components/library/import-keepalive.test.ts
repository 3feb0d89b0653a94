/**
 * A streamed import whose file goes a long time without a full batch (a crafted file: its first
 * batch, then hundreds of MB of annotations that are all refused, or a slow disk) must keep its
 * session with the background open. The background keeps an import's journal, which a cancel or
 * a failure takes back, in memory: a Chromium worker with no message for 30 s is stopped and
 * loses it, and a session without a batch for IMPORT_IDLE_MS is ended as kept. Either way the
 * records stored before stayed in the library while the page reported the import taken back.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toW3CJson } from '@/utils/export/w3c';
import { WHOLE_FILE_MAX } from '@/utils/export/import-stream';
import { makeLibrary } from '../../../../scripts/bench/popup';

interface Sent {
  type: string;
  records?: unknown[];
  at: number;
}
const sent: Sent[] = [];

vi.mock('@/platform/messaging', () => ({
  ask: async (request: Omit<Sent, 'at'>) => {
    sent.push({ ...request, at: Date.now() });
    if (request.type !== 'highlights/import') return null;
    return { added: request.records!.length, updated: 0, unchanged: 0, olderIgnored: 0, refused: 0, corrected: 0 };
  },
}));

const { importFile } = await import('@/components/library/import-file');

afterEach(() => {
  vi.useRealTimers();
  sent.length = 0;
});

/** A large file (streamed) whose text stops after its first annotations until `resume` is called. */
function stallingFile() {
  const items = (JSON.parse(toW3CJson(makeLibrary(150), { now: 0 })) as { first: { items: unknown[] } }).first.items;
  const texts = items.map((a) => JSON.stringify(a));
  let resume!: () => void;
  const resumed = new Promise<void>((ok) => (resume = ok));
  let step = 0;
  const stream = () =>
    new ReadableStream<Uint8Array>({
      async pull(controller) {
        const enc = new TextEncoder();
        if (step === 0) controller.enqueue(enc.encode(`[${texts.slice(0, -1).join(',')},`));
        else if (step === 1) {
          await resumed;
          controller.enqueue(enc.encode(`${texts.at(-1)}]`));
        } else controller.close();
        step++;
      },
    });
  const file = { name: 'stall.json', size: WHOLE_FILE_MAX + 1, stream, text: async () => '' } as unknown as File;
  return { file, resume, count: texts.length };
}

describe('a streamed import that stalls', () => {
  it('keeps telling the background its session is alive while no batch comes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const { file, resume, count } = stallingFile();
    expect(count).toBeGreaterThan(1100);
    const cancel = new AbortController();
    const outcome = importFile(file, { signal: cancel.signal });
    // The first batch is sent, then the file stalls for five minutes.
    await vi.waitFor(() => expect(sent.some((m) => m.type === 'highlights/import')).toBe(true), { timeout: 5000 });
    const start = Date.now();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    const during = sent.filter((m) => m.at > start);
    // No gap of 20 s without a message (Chromium stops an idle worker at 30 s).
    const times = [start, ...during.map((m) => m.at), Date.now()];
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(20_000);
    expect(during.every((m) => m.type === 'highlights/import' && m.records?.length === 0)).toBe(true);
    resume();
    cancel.abort();
    await vi.advanceTimersByTimeAsync(1000);
    expect((await outcome).kind).toBe('cancelled');
    expect(sent.at(-1)).toMatchObject({ type: 'highlights/import-end', keep: false });
    // Nothing more once the session is ended.
    const ended = sent.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent.length).toBe(ended);
  });
});
