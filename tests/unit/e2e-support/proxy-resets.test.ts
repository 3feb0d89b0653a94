/**
 * The e2e proxies must outlive a browser that resets a connection. A CI run failed on an
 * uncaught `read ECONNRESET` (TCP.onStreamRead) while trust-sender.e2e.ts ran: every test had
 * passed, but a socket the test servers held had no 'error' listener, so the reset became an
 * uncaught exception and the run exited 1. Here a client resets each kind of socket the proxies
 * hold, and the process must see no uncaught exception.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../e2e/support/server';
import { startPassThroughProxy } from '../../e2e/support/couch';

let server: FixtureServer;
let passThrough: Awaited<ReturnType<typeof startPassThroughProxy>>;
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => void uncaught.push(error);

beforeAll(async () => {
  process.on('uncaughtException', onUncaught);
  server = await startFixtureServer();
  // No sync server behind it: only the proxy's own sockets are tried here.
  passThrough = await startPassThroughProxy(server.proxy, { port: 9 });
});
afterAll(async () => {
  process.off('uncaughtException', onUncaught);
  await passThrough?.close();
  await server?.close();
});

/** Opens a CONNECT tunnel through `proxy`, waits for its answer, then resets the connection. */
async function connectThenReset(proxy: string): Promise<string> {
  const [host, port] = proxy.split(':');
  const socket: Socket = connect(Number(port), host);
  const answer = await new Promise<string>((ok, fail) => {
    socket.once('error', fail);
    socket.once('data', (data) => ok(data.toString('latin1')));
    socket.write('CONNECT www.gov.cn:443 HTTP/1.1\r\nHost: www.gov.cn:443\r\n\r\n');
  });
  socket.resetAndDestroy();
  // Give the server's side time to read the reset.
  await new Promise((ok) => setTimeout(ok, 200));
  return answer.slice(0, answer.indexOf('\r\n'));
}

test('a reset after the fixture server opens a tunnel is not an uncaught error', async () => {
  for (let i = 0; i < 5; i++) expect(await connectThenReset(server.proxy)).toMatch(/ 200 /);
  expect(uncaught).toEqual([]);
});

test('a reset after the pass-through proxy refuses a tunnel is not an uncaught error', async () => {
  for (let i = 0; i < 5; i++) expect(await connectThenReset(passThrough.proxy)).toMatch(/ 403 /);
  expect(uncaught).toEqual([]);
});
