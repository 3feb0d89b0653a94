/**
 * The server's change feed of our own push (issue 15, scale): the round after a big push must
 * not read it again (it cost 17–31 s after pushing 100,000), and whatever another device wrote
 * among or after those changes must still be pulled and merged.
 */
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { Highlight } from '@/utils/highlights/record';
import type { Library } from '@/utils/store/library';
import { formatClock } from '@/utils/sync/hlc';
import { MIRROR_PAGE } from '@/entrypoints/background/sync/server-mirror';
import { startCouch, type CouchServer } from '../../../e2e/support/couch';
import { makeHighlight } from '../../sync/fixtures';
import { withoutWholeReads } from '../../store/helpers';
import { serverDevice } from './server-device';

const RECORDS = 2 * MIRROR_PAGE + 200;
let couch: CouchServer;
let dbs = 0;

beforeAll(async () => {
  couch = await startCouch();
}, 60_000);
afterAll(async () => {
  await couch?.close();
});

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/**
 * Every request to the server passes `hook` first (it may throw: the request fails); counts the
 * rows of the change feeds and the documents of `_bulk_get` replies that come back.
 */
function watchServer(hook: (url: URL, init?: RequestInit) => Promise<void> = async () => undefined) {
  const seen = { feedRows: 0, docsFetched: 0 };
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    await hook(url, init);
    const res = await realFetch(input, init);
    if (url.pathname.endsWith('/_changes'))
      seen.feedRows += ((await res.clone().json()) as { results: unknown[] }).results.length;
    if (url.pathname.endsWith('/_bulk_get'))
      seen.docsFetched += ((await res.clone().json()) as { results: unknown[] }).results.length;
    return res;
  };
  return seen;
}

function library(n: number, device: string): Highlight[] {
  const start = Date.now() - 86_400_000;
  return Array.from({ length: n }, (_, i) => {
    const at = start + i * 1000;
    return makeHighlight({
      id: crypto.randomUUID(),
      url: `https://www.gov.cn/zhengce/content/2024/t${Math.floor(i / 10)}.htm`,
      position: { start: 100 + (i % 10) * 20, end: 111 + (i % 10) * 20 },
      note: `第${i}条`,
      created: at,
      updated: at,
      clock: formatClock({ wallMs: at, counter: 0, deviceId: device }),
    });
  });
}

/** Counts the records sync hands to the library's `merge`. */
function countingMerges(counter: { merged: number }) {
  return (l: Library): Library => {
    const base = withoutWholeReads(l);
    return new Proxy(base, {
      get(target, key, receiver) {
        if (key === 'merge')
          return (records: Highlight[]) => {
            counter.merged += records.length;
            return target.merge(records);
          };
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  };
}

const serverInput = (db: string) => ({
  url: couch.url,
  db,
  username: couch.admin.username,
  password: couch.admin.password,
  passphrase: '',
});

test('the round after a big push reads none of its changes back from the server', async () => {
  const input = serverInput(`own-push-${++dbs}`);
  const merges = { merged: 0 };
  const a = await serverDevice('dev-a', countingMerges(merges));
  await a.library.importRecords(library(RECORDS, 'dev-a'));
  const first = watchServer();
  await a.sync.configure(input);
  expect(await a.sync.status()).toMatchObject({ lastError: null, pushed: RECORDS });
  // Our own documents are never downloaded again (their revisions are already in the mirror).
  expect(first.docsFetched).toBe(0);

  merges.merged = 0;
  const second = watchServer();
  await a.sync.syncNow();
  expect(await a.sync.status()).toMatchObject({ lastError: null, pushed: 0, pulled: 0 });
  expect(second.feedRows).toBe(0);
  expect(second.docsFetched).toBe(0);
  expect(merges.merged).toBe(0);
}, 120_000);

test('what another device writes during our push and after it is still pulled and merged', async () => {
  const input = serverInput(`own-push-${++dbs}`);
  const b = await serverDevice('dev-b');
  await b.sync.configure(input);
  const a = await serverDevice('dev-a');
  const records = library(RECORDS, 'dev-a');
  await a.library.importRecords(records);

  // While A's push is between two batches, B writes.
  let inB = false;
  let pushes = 0;
  const during = makeHighlight({
    id: 'written-by-b-during-the-push',
    clock: formatClock({ wallMs: Date.now(), counter: 0, deviceId: 'dev-b' }),
  });
  watchServer(async (url, init) => {
    if (inB || init?.method !== 'POST' || !url.pathname.endsWith('/_bulk_docs') || ++pushes !== 2) return;
    inB = true;
    // It edits one A has just pushed (its row in the feed then has B's revision, not the one A
    // sent), then adds one of its own.
    await b.sync.syncNow();
    expect(await b.library.get(records[3]!.id)).toBeDefined();
    await b.library.update(records[3]!.id, { note: 'edited by b during the push' });
    await b.sync.syncNow();
    expect(await b.sync.status()).toMatchObject({ lastError: null, pushed: 1 });
    await b.library.importRecords([during]);
    await b.sync.syncNow();
    expect(await b.sync.status()).toMatchObject({ lastError: null, pushed: 1 });
    inB = false;
  });
  await a.sync.configure(input);
  expect(pushes).toBeGreaterThan(2);
  expect(await a.sync.status()).toMatchObject({ lastError: null, pushed: RECORDS });

  // And B edits one of A's highlights after A's round.
  await b.sync.syncNow();
  await b.library.update(records[5]!.id, { note: 'edited by b' });
  await b.sync.syncNow();
  expect(await b.sync.status()).toMatchObject({ lastError: null, pushed: 1 });

  await a.sync.syncNow();
  expect(await a.sync.status()).toMatchObject({ lastError: null });
  expect((await a.library.get(during.id))?.id).toBe(during.id);
  expect((await a.library.get(records[3]!.id))?.note).toBe('edited by b during the push');
  expect((await a.library.get(records[5]!.id))?.note).toBe('edited by b');
  expect((await a.library.stats()).highlights).toBe(RECORDS + 1);
}, 180_000);

test('a round that stops after its push loses nothing: the next one reads the rest', async () => {
  const input = serverInput(`own-push-${++dbs}`);
  const b = await serverDevice('dev-b');
  await b.sync.configure(input);
  const a = await serverDevice('dev-a');
  await a.library.importRecords(library(RECORDS, 'dev-a'));

  // Every read of the change feed after A's first push fails (the worker stopping, the network gone).
  let pushed = false;
  let inB = false;
  watchServer(async (url, init) => {
    if (inB) return;
    if (init?.method === 'POST' && url.pathname.endsWith('/_bulk_docs')) pushed = true;
    if (pushed && url.pathname.endsWith('/_changes')) throw new TypeError('Failed to fetch');
  });
  await a.sync.configure(input).catch(() => undefined);

  inB = true;
  const later = makeHighlight({
    id: 'written-by-b-later',
    clock: formatClock({ wallMs: Date.now(), counter: 0, deviceId: 'dev-b' }),
  });
  await b.library.importRecords([later]);
  await b.sync.syncNow();
  globalThis.fetch = realFetch;

  await a.sync.syncNow();
  await a.sync.syncNow();
  expect(await a.sync.status()).toMatchObject({ lastError: null });
  expect((await a.library.get(later.id))?.id).toBe(later.id);
  expect((await a.library.stats()).highlights).toBe(RECORDS + 1);
  const onServer = await couch.request('GET', `/${input.db}`);
  expect((onServer.json as { doc_count: number }).doc_count).toBeGreaterThanOrEqual(RECORDS + 1);
}, 180_000);
