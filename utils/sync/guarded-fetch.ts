/**
 * The `fetch` server sync gives PouchDB, bounded against a hostile or broken server. PouchDB's
 * own has no time limit (its HTTP adapter computes a request timeout and never uses it), follows
 * redirects and reads any reply whole, so a server could:
 *
 * - hold a round forever by never answering, or answering a byte a minute: no later round runs
 *   (the scheduler runs one at a time), "Sync now" and "Connect" never return;
 * - send a reply without end, read into the worker's memory until it dies, with the writes still
 *   waiting in its queue;
 * - redirect to another address (another host, or plain `http:`): the requests, notes inside
 *   when not encrypted, go where the reader never chose (the browser drops the password header
 *   on a cross-origin redirect, not the body).
 *
 * So: no redirect is followed (the reader enters the address it points to); the answer must
 * start within `answerMs`, the reply go on within `idleMs` between chunks and end within
 * `totalMs`, and stay under `maxBytes`. Otherwise the request fails with a plain-words error,
 * the round ends, nothing is lost (server-sync.ts: what was not pushed is pushed next round).
 */

export interface FetchGuard {
  /** Until the status and headers arrive. */
  answerMs: number;
  /** Between two chunks of the reply. */
  idleMs: number;
  /** From the request to the reply's end. */
  totalMs: number;
  /** Of one reply's body. */
  maxBytes: number;
}

/**
 * A replication batch (server-sync.ts, 500 documents) of the largest records is under 150 MB
 * (about 300 KB each as JSON with every character escaped); a real one is a few MB.
 */
export const SERVER_FETCH_GUARD: FetchGuard = {
  answerMs: 60_000,
  idleMs: 60_000,
  totalMs: 10 * 60_000,
  maxBytes: 192 * 1024 * 1024,
};

/** Why a request to the sync server was cut off; its message is for the reader. */
export class ServerReplyError extends Error {
  override name = 'ServerReplyError';
}

const seconds = (ms: number) => `${Math.round(ms / 1000).toLocaleString('en')} s`;

type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

export function guardedFetch(base: Fetch, guard: FetchGuard = SERVER_FETCH_GUARD): Fetch {
  return async (input, init = {}) => {
    const controller = new AbortController();
    let why: ServerReplyError | null = null;
    const cut = (error: ServerReplyError) => {
      why ??= error;
      controller.abort(why);
    };
    // PouchDB aborts its own requests (a cancelled replication): that passes through.
    const outer = init.signal;
    if (outer?.aborted) controller.abort(outer.reason);
    outer?.addEventListener('abort', () => controller.abort(outer.reason), { once: true });
    const total = setTimeout(
      () => cut(new ServerReplyError(`The sync server took too long to reply (over ${seconds(guard.totalMs)}).`)),
      guard.totalMs,
    );
    let idle = setTimeout(
      () => cut(new ServerReplyError(`The sync server did not answer within ${seconds(guard.answerMs)}.`)),
      guard.answerMs,
    );
    const done = () => {
      clearTimeout(total);
      clearTimeout(idle);
    };

    let response: Response;
    try {
      response = await base(input, { ...init, redirect: 'manual', signal: controller.signal });
    } catch (e) {
      done();
      throw why ?? e;
    }
    // A browser gives an opaque answer for a redirect not followed; Node the 3xx itself.
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      done();
      await response.body?.cancel().catch(() => undefined);
      throw new ServerReplyError(
        'The sync server answered with a redirect to another address, which sync does not follow: enter the address it redirects to.',
      );
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > guard.maxBytes) {
      done();
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge(guard);
    }
    if (!response.body) {
      done();
      return response;
    }

    const reader = response.body.getReader();
    let bytes = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(stream) {
        clearTimeout(idle);
        idle = setTimeout(
          () => cut(new ServerReplyError(`The sync server stopped sending its reply for ${seconds(guard.idleMs)}.`)),
          guard.idleMs,
        );
        try {
          const { done: end, value } = await reader.read();
          // The server's turn is over: a consumer slow to ask for the next chunk is not the server stalling.
          clearTimeout(idle);
          if (end) {
            done();
            return stream.close();
          }
          bytes += value.byteLength;
          if (bytes > guard.maxBytes) {
            const error = tooLarge(guard);
            cut(error);
            throw error;
          }
          stream.enqueue(value);
        } catch (e) {
          done();
          await reader.cancel().catch(() => undefined);
          stream.error(why ?? e);
        }
      },
      cancel(reason) {
        done();
        return reader.cancel(reason);
      },
    });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

const tooLarge = (guard: FetchGuard) =>
  new ServerReplyError(
    `The sync server's reply was too large (over ${(guard.maxBytes / 2 ** 20).toLocaleString('en', { maximumFractionDigits: 1 })} MB); it was not read.`,
  );
