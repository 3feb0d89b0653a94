import { describe, expect, test } from 'vitest';
import { guardedFetch, ServerReplyError, type FetchGuard } from '@/utils/sync/guarded-fetch';

const enc = new TextEncoder();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A server whose reply is `chunks`, each sent after `gapMs`. As in a browser's fetch, aborting the
 * request errors its body, chunks already received but not yet read included.
 */
function server(chunks: string[], gapMs: number) {
  return async (_input: RequestInfo | URL, init?: RequestInit) => {
    const signal = init?.signal;
    let i = 0;
    const body = new ReadableStream<Uint8Array>({
      start(stream) {
        signal?.addEventListener('abort', () => stream.error(signal.reason), { once: true });
      },
      async pull(stream) {
        await sleep(gapMs);
        if (signal?.aborted) return stream.error(signal.reason);
        if (i < chunks.length) stream.enqueue(enc.encode(chunks[i++]));
        else stream.close();
      },
    });
    return new Response(body, { status: 200 });
  };
}

const guard = (over: Partial<FetchGuard>): FetchGuard => ({
  answerMs: 1_000,
  idleMs: 1_000,
  totalMs: 10_000,
  maxBytes: 1_000_000,
  ...over,
});

describe('guardedFetch', () => {
  test('a reader slow to ask for the next chunk is not the server stalling', async () => {
    const fetch = guardedFetch(server(['{"a":', '1}', ']'], 0), guard({ idleMs: 60 }));
    const reader = (await fetch('https://couch.example/db')).body!.getReader();
    const text: string[] = [];
    const dec = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text.push(dec.decode(value));
      await sleep(200); // the consumer (PouchDB parsing) is busy, far longer than idleMs
    }
    expect(text.join('')).toBe('{"a":1}]');
  });

  test('a server that pauses longer than idleMs between chunks is cut off with a plain-words error', async () => {
    const fetch = guardedFetch(server(['{"a":', '1}'], 300), guard({ idleMs: 60 }));
    const response = await fetch('https://couch.example/db');
    await expect(response.text()).rejects.toThrow(ServerReplyError);
  });
});
