/**
 * A hostile or broken sync server at the HTTP level: one that never answers, drips its reply a
 * byte at a time, sends a reply without end, or redirects to another address. The real
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

type Mode = 'pass' | 'silent' | 'drip' | 'endless' | 'redirect';

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

  test('connecting to a server that never answers fails with a clear message', async () => {
    const device = await serverDevice(`http-${++dbCount}`, undefined, { fetchGuard });
    mode = 'silent';
    await expect(
      device.sync.configure({ url: proxy.url, db: `http-${dbCount}`, username: 'u', password: 'p', passphrase: '' }),
    ).rejects.toThrow(/did not answer/i);
    expect((await device.sync.status()).configured).toBe(false);
  }, 20_000);
});
