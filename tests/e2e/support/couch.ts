/**
 * A throwaway CouchDB-compatible server for sync tests: `pouchdb-server --in-memory` on
 * 127.0.0.1 (a free port), run in its own temporary folder (it writes config.json and a log
 * there). With an admin, the "admin party" ends: every request needs the admin's credentials.
 * `stop()` + `start()` is a server restart: the data is gone (in memory), the admin stays
 * (config.json).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../../node_modules/.bin/pouchdb-server');

export interface CouchServer {
  url: string;
  port: number;
  admin: { username: string; password: string };
  start(): Promise<void>;
  stop(): Promise<void>;
  /** An HTTP request to the server as the admin; JSON in and out. */
  request(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

export async function startCouch(admin = { username: 'admin', password: 'pa55-word' }): Promise<CouchServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'hzd-couch-'));
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let adminSet = false;
  const authHeader = (): Record<string, string> =>
    adminSet ? { authorization: `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}` } : {};

  const request: CouchServer['request'] = async (method, path, body) => {
    const res = await fetch(url + path, {
      method,
      headers: { 'content-type': 'application/json', ...authHeader() },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json: unknown = text;
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, json };
  };

  const server: CouchServer = {
    url,
    port,
    admin,
    async start() {
      child = spawn(BIN, ['--in-memory', '--host', '127.0.0.1', '--port', String(port)], {
        cwd: dir,
        stdio: 'ignore',
      });
      const deadline = Date.now() + 20_000;
      for (;;) {
        try {
          const res = await fetch(url + '/');
          if (res.ok) break;
        } catch {
          // not up yet
        }
        if (Date.now() > deadline) throw new Error(`pouchdb-server did not start on ${url}`);
        await new Promise((r) => setTimeout(r, 150));
      }
      if (!adminSet) {
        const r = await request('PUT', `/_config/admins/${admin.username}`, admin.password);
        if (r.status !== 200) throw new Error(`could not create the admin: ${r.status} ${JSON.stringify(r.json)}`);
        adminSet = true;
      }
    },
    async stop() {
      const c = child;
      child = null;
      if (!c || c.exitCode !== null) return;
      const exited = new Promise((ok) => c.once('exit', ok));
      c.kill('SIGTERM');
      await exited;
    },
    request,
    async close() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

/**
 * Chromium in these tests sends every request, loopback included, through the fixture
 * server's proxy (which only knows the portals). This proxy sits in front of it and passes
 * requests for the sync server straight to it. Use its `proxy` in place of the fixture
 * server's: `launchChromium({ ...fixtures, proxy: passThrough.proxy })`.
 */
export async function startPassThroughProxy(
  fixtureProxy: string,
  couch: Pick<CouchServer, 'port'>,
): Promise<{ proxy: string; close(): Promise<void> }> {
  const [fixtureHost, fixturePort] = fixtureProxy.split(':');
  const server = createHttpServer((req, res) => {
    const target = new URL(req.url ?? '/', 'http://invalid');
    const toCouch = target.port === String(couch.port) && ['127.0.0.1', 'localhost'].includes(target.hostname);
    const upstream = httpRequest(
      {
        host: toCouch ? '127.0.0.1' : fixtureHost,
        port: toCouch ? couch.port : Number(fixturePort),
        method: req.method,
        path: toCouch ? target.pathname + target.search : req.url,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      // The sync server is down: what a browser sees is a connection it cannot make.
      res.destroy();
    });
    req.pipe(upstream);
  });
  server.on('connect', (_req, socket) => {
    // The browser may reset the refused tunnel before it closes; unheard, that reset is an
    // uncaught ECONNRESET that fails the whole test run (tests/unit/e2e-support/proxy-resets.test.ts).
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    proxy: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
