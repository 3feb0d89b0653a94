/**
 * A hostile or broken sync server at the HTTP level: one that never answers, drips its reply a
 * byte at a time, sends a reply without end, redirects to another address, or answers with words
 * meant to phish in our status line ("Your session expired, re-enter your password at …"). The real
 * ServerSync (the extension's PouchDB build) talks to a pouchdb-server through a proxy the test
 * turns hostile; a second server records whatever reaches it. The limits are the guard's
 * (utils/sync/guarded-fetch.ts), made small here so each attack ends quickly.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { startCouch, type CouchServer } from '../../../e2e/support/couch';
import { makeHighlight } from '../../sync/fixtures';
import { serverDevice } from './server-device';
import { describeSyncError } from '@/utils/sync/status';

type Mode = 'pass' | 'silent' | 'drip' | 'endless' | 'redirect' | 'phish' | 'phish-text' | 'phish-round';

/** What a hostile server would like the reader to read in our status line. */
const PHISH = 'Your session expired, re-enter your password at https://evil.example/login';
/** None of the server's words reach the status: only ours, chosen by the kind of failure. */
const phished = (text: string | null | undefined) => /Your sessi|session expired|evil|password at/i.test(text ?? '');

let couch: CouchServer;
let mode: Mode = 'pass';
let proxy: { url: string; close(): Promise<void> };
let elsewhere: { url: string; seen: IncomingHttpHeaders[]; close(): Promise<void> };
let dbCount = 0;

/** A server on a free loopback port whose open connections `close` ends too (a silent reply never ends). */
async function listen(server: Server): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}

beforeAll(async () => {
  couch = await startCouch();
  const seen: IncomingHttpHeaders[] = [];
  elsewhere = {
    seen,
    ...(await listen(
      createServer((req, res) => {
        seen.push(req.headers);
        req.resume();
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      }),
    )),
  };
  proxy = await listen(
    createServer((req, res) => {
      if (mode === 'silent') return void req.resume(); // reads the request, never answers
      if (mode === 'redirect') {
        req.resume();
        return void res.writeHead(307, { location: `${elsewhere.url}${req.url ?? '/'}` }).end();
      }
      if (mode === 'phish' || (mode === 'phish-round' && req.url?.includes('/_'))) {
        req.resume();
        const body = JSON.stringify({ error: 'bad_request', reason: PHISH });
        return void res.writeHead(400, { 'content-type': 'application/json' }).end(body);
      }
      if (mode === 'phish-text') {
        req.resume(); // not JSON: a JSON parser quotes its start in the error
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(PHISH);
      }
      if (mode === 'drip' || mode === 'endless') {
        req.resume();
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = mode === 'drip' ? ' ' : ' '.repeat(64 * 1024);
        const timer = setInterval(() => res.write(chunk), mode === 'drip' ? 50 : 1);
        res.on('close', () => clearInterval(timer));
        return;
      }
      const upstream = httpRequest(
        { host: '127.0.0.1', port: couch.port, method: req.method, path: req.url, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    }),
  );
}, 60_000);

afterAll(async () => {
  await proxy?.close();
  await elsewhere?.close();
  await couch?.close();
});

beforeEach(() => {
  mode = 'pass';
  elsewhere.seen.length = 0;
});

/** Small limits, so an attack ends in a moment (the extension's own are minutes and megabytes). */
const fetchGuard = { answerMs: 400, idleMs: 400, totalMs: 3_000, maxBytes: 512 * 1024 };

async function connected() {
  const device = await serverDevice(`http-${++dbCount}`, undefined, { fetchGuard });
  const input = {
    url: proxy.url,
    db: `http-${dbCount}`,
    username: couch.admin.username,
    password: couch.admin.password,
    passphrase: '',
  };
  await device.sync.configure(input);
  expect((await device.sync.status()).lastError).toBeNull();
  return { ...device, input };
}

/** A round against the hostile server: it must end, with the status saying why, and keep the change to push. */
async function hostileRound(attack: Mode) {
  const device = await connected();
  const mine = await device.library.save(makeHighlight({ id: crypto.randomUUID(), note: 'written offline' }));
  mode = attack;
  await device.sync.syncNow().catch(() => undefined);
  const status = await device.sync.status();
  expect(status.running).toBe(false);
  // Nothing lost: once the server behaves, the change goes up.
  mode = 'pass';
  await device.sync.syncNow();
  expect((await device.sync.status()).lastError).toBeNull();
  expect((await couch.request('GET', `/${device.input.db}/hl:${mine.id}`)).status).toBe(200);
  return status;
}

describe('a hostile or broken sync server (HTTP)', () => {
  test('one that never answers does not hold sync: the round ends with a clear error', async () => {
    expect((await hostileRound('silent')).lastError).toMatch(/did not answer/i);
  }, 20_000);

  test('one that drips its reply a byte at a time is cut off', async () => {
    expect((await hostileRound('drip')).lastError).toMatch(/too long/i);
  }, 20_000);

  test('a reply without end is cut at the size limit, before it fills the memory', async () => {
    expect((await hostileRound('endless')).lastError).toMatch(/too large/i);
  }, 20_000);

  test('a redirect is not followed: nothing, no password, reaches the other address', async () => {
    expect((await hostileRound('redirect')).lastError).toMatch(/redirect/i);
    expect(elsewhere.seen).toEqual([]);
  }, 20_000);

  test('connecting to an address that redirects fails with a clear message, nothing saved', async () => {
    const device = await serverDevice(`http-${++dbCount}`, undefined, { fetchGuard });
    mode = 'redirect';
    await expect(
      device.sync.configure({
        url: proxy.url,
        db: `http-${dbCount}`,
        username: couch.admin.username,
        password: couch.admin.password,
        passphrase: '',
      }),
    ).rejects.toThrow(/redirect/i);
    expect(elsewhere.seen).toEqual([]);
    expect((await device.sync.status()).configured).toBe(false);
  }, 20_000);

  test('its own words never reach the status: a refusal with a phishing reason gets ours (by HTTP status)', async () => {
    const status = await hostileRound('phish');
    expect(phished(status.lastError), status.lastError ?? '').toBe(false);
    expect(status.lastError).toMatch(/refused.*\(400\)/i);
  }, 20_000);

  test('a reply that is no JSON, starting with a phishing text, gets our words too', async () => {
    const status = await hostileRound('phish-text');
    expect(phished(status.lastError), status.lastError ?? '').toBe(false);
    expect(status.lastError).toMatch(/not understood/i);
  }, 20_000);

  test('connecting to a server that answers with a phishing reason fails with our words', async () => {
    const device = await serverDevice(`http-${++dbCount}`, undefined, { fetchGuard });
    for (const attack of ['phish', 'phish-text'] as const) {
      mode = attack;
      const error = await device.sync
        .configure({ url: proxy.url, db: `http-${dbCount}`, username: 'u', password: 'p', passphrase: '' })
        .then(
          () => null,
          (e: Error) => e.message,
        );
      expect(error).not.toBeNull();
      expect(phished(error), error!).toBe(false);
    }
    expect((await device.sync.status()).configured).toBe(false);
  }, 20_000);

  test('connecting to a server that answers the connection and phishes in the first round: our words', async () => {
    const device = await serverDevice(`http-${++dbCount}`, undefined, { fetchGuard });
    mode = 'phish-round'; // the database and its documents answer; the changes feed and the rest phish
    const error = await device.sync
      .configure({
        url: proxy.url,
        db: `http-${dbCount}`,
        username: couch.admin.username,
        password: couch.admin.password,
        passphrase: '',
      })
      .then(
        () => null,
        (e: Error) => e.message,
      );
    const status = await device.sync.status();
    expect(status.configured).toBe(true);
    expect(status.lastError).toMatch(/refused.*\(400\)/i);
    expect(phished(error), error ?? '').toBe(false);
  }, 20_000);

  test('every shape a reply’s words arrive in is told by its kind (PouchDB errors, rows, parse errors)', () => {
    const shapes: unknown[] = [
      { status: 400, name: 'bad_request', message: PHISH, reason: PHISH },
      { status: 409, name: 'conflict', message: PHISH },
      { status: 404, name: 'not_found', reason: PHISH },
      { status: 302, message: PHISH },
      { id: 'hl:x', error: 'doc_validation', reason: PHISH }, // a bulkDocs row PouchDB throws as it is
      new SyntaxError(`Unexpected token 'Y', "${PHISH.slice(0, 10)}"... is not valid JSON`),
    ];
    for (const shape of shapes) expect(phished(describeSyncError(shape)), JSON.stringify(shape)).toBe(false);
    // Our own errors keep their words.
    expect(describeSyncError(new Error('The passphrase is empty.'))).toBe('The passphrase is empty.');
  });

  test('connecting to a server that never answers fails with a clear message', async () => {
    const device = await serverDevice(`http-${++dbCount}`, undefined, { fetchGuard });
    mode = 'silent';
    await expect(
      device.sync.configure({ url: proxy.url, db: `http-${dbCount}`, username: 'u', password: 'p', passphrase: '' }),
    ).rejects.toThrow(/did not answer/i);
    expect((await device.sync.status()).configured).toBe(false);
  }, 20_000);
});
