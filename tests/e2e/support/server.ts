/**
 * A local web server that plays the news portals for end-to-end tests.
 *
 * Browsers are pointed at it as their HTTP proxy, so a request for
 * `http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html` arrives here with the
 * full URL and is answered from tests/fixtures/pages: the production match patterns are
 * what gets tested, and nothing leaves 127.0.0.1. HTTPS pages (gov.uk and whitehouse.gov
 * are HSTS-preloaded, so browsers never ask for them over HTTP) arrive as CONNECT tunnels,
 * which are answered by an in-process TLS server with a self-signed test-only certificate
 * (tls/test-only.*); the browsers are launched to accept it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../fixtures/pages');

export type Route =
  | { file: string; contentType?: string }
  /** `cacheControl`: 'no-store' unless set (a page kept in the back/forward cache needs another). */
  | { body: string | Buffer; contentType?: string; delayMs?: number; cacheControl?: string }
  /** Answered by code (the paint benchmark's page-side reporter posts its figures to one). */
  | { handle: (req: IncomingMessage, res: ServerResponse) => void };

export interface FixtureServer {
  port: number;
  proxy: string;
  /** Serve something at a full URL (e.g. a fixture with edits) from now on. */
  route(url: string, route: Route): void;
  /** The URLs of every fixture page that has a gold file. */
  fixtureUrls(): Map<string, string>;
  /**
   * Every address the browsers asked for so far: each request's URL, and each tunnel's host:port (an HTTPS
   * request whose path a tunnel hides). A test checks with it that an address it plants is never fetched.
   */
  requested(): readonly string[];
  close(): Promise<void>;
}

/** Maps each fixture's real address (the `url` of its gold file) to its HTML file. */
export function readFixtureRoutes(dir = FIXTURES_DIR): Map<string, string> {
  const routes = new Map<string, string>();
  if (!existsSync(dir)) return routes;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.gold.json')) continue;
    const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { page?: string; url?: string };
    const html = join(dir, gold.page ?? name.replace(/\.gold\.json$/, '.html'));
    if (gold.url && existsSync(html)) routes.set(stripFragment(gold.url), html);
  }
  return routes;
}

const stripFragment = (url: string) => url.split('#')[0] ?? url;

export async function startFixtureServer(): Promise<FixtureServer> {
  const fixtures = readFixtureRoutes();
  const extra = new Map<string, Route>();
  const requested: string[] = [];

  const answer = (scheme: 'http' | 'https') => (req: IncomingMessage, res: ServerResponse) => {
    const raw = req.url ?? '/';
    // As a proxy the request line carries the full URL; tunnelled and direct requests use the Host header.
    const host = (req.headers.host ?? 'localhost').replace(/:443$/, '');
    const url = stripFragment(/^https?:\/\//.test(raw) ? raw : `${scheme}://${host}${raw}`);
    requested.push(url);
    const route = extra.get(url) ?? (fixtures.has(url) ? { file: fixtures.get(url)! } : undefined);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>404</title><p>not found</p>');
      return;
    }
    if ('handle' in route) {
      route.handle(req, res);
      return;
    }
    const send = () => {
      const body = 'file' in route ? readFileSync(route.file) : route.body;
      // No charset in the header: like many portals, the page's own <meta charset> decides.
      const cacheControl = ('cacheControl' in route && route.cacheControl) || 'no-store';
      res.writeHead(200, { 'content-type': route.contentType ?? 'text/html', 'cache-control': cacheControl });
      res.end(body);
    };
    const delay = 'delayMs' in route ? (route.delayMs ?? 0) : 0;
    if (delay) setTimeout(send, delay);
    else send();
  };

  const server = createServer(answer('http'));
  const tls = createTlsServer(
    {
      key: readFileSync(join(import.meta.dirname, 'tls/test-only.key')),
      cert: readFileSync(join(import.meta.dirname, 'tls/test-only.crt')),
    },
    answer('https'),
  );
  // Tunnelled sockets leave the HTTP server's books: keep them to end them on close.
  const tunnels = new Set<import('node:stream').Duplex>();
  server.on('connect', (req, socket) => {
    requested.push(req.url ?? '');
    tunnels.add(socket);
    socket.on('close', () => tunnels.delete(socket));
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tls.emit('connection', socket);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;

  return {
    port,
    proxy: `127.0.0.1:${port}`,
    route: (url, route) => void extra.set(stripFragment(url), route),
    fixtureUrls: () => new Map(fixtures),
    requested: () => [...requested],
    close: () =>
      new Promise<void>((ok) => {
        for (const socket of tunnels) socket.destroy();
        tls.closeAllConnections();
        tls.close();
        server.closeAllConnections();
        server.close(() => ok());
        // A socket a browser still holds must not hold up the test run.
        setTimeout(ok, 5_000).unref();
      }),
  };
}
