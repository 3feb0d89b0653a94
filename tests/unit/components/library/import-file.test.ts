/**
 * The library page's import sends a large file's batches with two on their way at once (the
 * background checks one while it stores the other), in order, and a cancel still waits for every
 * batch sent before it takes the session back.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toW3CJson } from '@/utils/export/w3c';
import { WHOLE_FILE_MAX } from '@/utils/export/import-stream';
import { makeLibrary } from '../../../../scripts/bench/popup';

interface Sent {
  type: string;
  records?: { id: string }[];
  keep?: boolean;
}
const sent: Sent[] = [];
let open = 0;
let most = 0;
let stored = 0;
const release: (() => void)[] = [];

vi.mock('@/platform/messaging', () => ({
  ask: async (request: Sent) => {
    sent.push(request);
    if (request.type !== 'highlights/import') return null;
    open++;
    most = Math.max(most, open);
    await new Promise<void>((ok) => release.push(ok));
    open--;
    stored++;
    return { added: request.records!.length, updated: 0, unchanged: 0, olderIgnored: 0, refused: 0 };
  },
}));

const { importFile, BATCH_TEXT_MAX } = await import('@/components/library/import-file');

/** Lets the background "store" the oldest batch waiting, whenever one waits. */
function background(signal: AbortSignal, onStored?: () => void) {
  const tick = () => {
    if (signal.aborted && !release.length) return;
    const next = release.shift();
    if (next) {
      next();
      onStored?.();
    }
    setTimeout(tick, 5);
  };
  tick();
}

const records = makeLibrary(2500); // 25,000 highlights, four batches of IMPORT_BATCH_MAX
const file = new File([toW3CJson(records, { now: Date.now() })], 'large.json');

afterEach(() => {
  sent.length = 0;
  open = most = stored = 0;
});

describe('importFile (library page)', () => {
  it('keeps two batches on their way, sends them in order, and ends the session kept', async () => {
    expect(file.size).toBeGreaterThan(WHOLE_FILE_MAX);
    const done = new AbortController();
    background(done.signal);
    const outcome = await importFile(file, { signal: new AbortController().signal });
    done.abort();
    expect(outcome.kind).toBe('done');
    expect(most).toBe(2);
    const ids = sent.flatMap((m) => m.records?.map((r) => r.id) ?? []);
    expect(ids).toEqual(records.map((r) => r.id));
    expect(sent.at(-1)).toMatchObject({ type: 'highlights/import-end', keep: true });
  });

  it('cancelled with batches on their way: waits for them, then takes the session back', async () => {
    const cancel = new AbortController();
    const done = new AbortController();
    background(done.signal, () => {
      if (stored >= 1) cancel.abort();
    });
    const outcome = await importFile(file, { signal: cancel.signal });
    done.abort();
    expect(outcome.kind).toBe('cancelled');
    expect(open).toBe(0);
    const end = sent.findIndex((m) => m.type === 'highlights/import-end');
    expect(sent[end]).toMatchObject({ keep: false });
    expect(sent.slice(end + 1)).toEqual([]);
    expect(stored).toBe(sent.filter((m) => m.type === 'highlights/import').length);
  });

  it('sends a file of records at the size limits in batches of bounded text, not in one job', async () => {
    // Every record with a 20,000-character quote and note of characters never seen together: the
    // writer indexes each character pair, so the text of a batch is the time it holds the writer.
    let x = 1;
    const cjk = (n: number) => {
      let s = '';
      for (let i = 0; i < n; i++) s += String.fromCharCode(0x4e00 + ((x = (x * 48271) % 0x7fffffff) % 20000));
      return s;
    };
    const big = makeLibrary(12).map((r) => ({
      ...r,
      quote: { ...r.quote, exact: cjk(20_000) },
      position: { start: 0, end: 20_000 },
      note: cjk(20_000),
    }));
    const done = new AbortController();
    background(done.signal);
    const outcome = await importFile(new File([toW3CJson(big, { now: Date.now() })], 'big.json'), {
      signal: new AbortController().signal,
    });
    done.abort();
    expect(outcome.kind).toBe('done');
    const batches = sent.filter((m) => m.type === 'highlights/import') as unknown as {
      records: { quote: { exact: string }; note: string; title: string }[];
    }[];
    expect(batches.flatMap((b) => b.records)).toHaveLength(big.length);
    for (const b of batches) {
      const text = b.records.reduce((n, r) => n + r.quote.exact.length + r.note.length + r.title.length, 0);
      expect(text).toBeLessThanOrEqual(BATCH_TEXT_MAX);
    }
  }, 60_000);
});
