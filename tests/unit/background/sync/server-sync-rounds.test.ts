/**
 * Server sync rounds against a pouchdb-server: the first round pushes the library a page at a
 * time, later rounds move only what changed (the library's `changesSince` seq kept in the
 * mirror), what was pulled is not echoed back, and no round reads the whole library.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Highlight } from '@/utils/highlights/record';
import { formatClock } from '@/utils/sync/hlc';
import { MIRROR_PAGE } from '@/entrypoints/background/sync/server-mirror';
import { docIdFor } from '@/utils/sync/couch';
import { startCouch, type CouchServer } from '../../../e2e/support/couch';
import { makeHighlight } from '../../sync/fixtures';
import { withoutWholeReads } from '../../store/helpers';
import { serverDevice } from './server-device';

const RECORDS = 2 * MIRROR_PAGE + 200;
let couch: CouchServer;

beforeAll(async () => {
  couch = await startCouch();
}, 60_000);
afterAll(async () => {
  await couch?.close();
});

function library(n: number): Highlight[] {
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
      clock: formatClock({ wallMs: at, counter: 0, deviceId: 'dev-a' }),
    });
  });
}

test('the first round pushes everything; a second round with one edit sends one document; nothing echoes', async () => {
  const input = { url: couch.url, db: 'rounds', username: couch.admin.username, password: couch.admin.password };
  const a = await serverDevice('dev-a', withoutWholeReads);
  const records = library(RECORDS);
  await a.library.importRecords(records);

  await a.sync.configure({ ...input, passphrase: '' });
  expect(await a.sync.status()).toMatchObject({ lastError: null, pushed: RECORDS, pending: 0 });
  const info = await couch.request('GET', '/rounds');
  expect((info.json as { doc_count: number }).doc_count).toBe(RECORDS);

  await a.sync.syncNow();
  expect(await a.sync.status()).toMatchObject({ lastError: null, pushed: 0, pulled: 0 });

  // What the server received, counted there: the documents changed since its last update_seq.
  const seqBefore = ((await couch.request('GET', '/rounds')).json as { update_seq: number | string }).update_seq;
  await a.library.update(records[7]!.id, { note: 'edited' });
  await a.sync.syncNow();
  expect(await a.sync.status()).toMatchObject({ lastError: null, pushed: 1 });
  const received = (await couch.request('GET', `/rounds/_changes?since=${encodeURIComponent(String(seqBefore))}`))
    .json as { results: { id: string }[] };
  expect(received.results.map((r) => r.id)).toEqual([docIdFor(records[7]!.id)]);

  // A second device pulls everything, and its own first round sends nothing back.
  const b = await serverDevice('dev-b', withoutWholeReads);
  await b.sync.configure({ ...input, passphrase: '' });
  expect(await b.sync.status()).toMatchObject({ lastError: null, pulled: RECORDS, pushed: 0 });
  expect((await b.library.stats()).highlights).toBe(RECORDS);
  expect((await b.library.get(records[7]!.id))?.note).toBe('edited');

  // An edit there reaches the first device, which sends nothing back either.
  await b.library.update(records[9]!.id, { color: 'pink' });
  await b.sync.syncNow();
  expect(await b.sync.status()).toMatchObject({ pushed: 1 });
  await a.sync.syncNow();
  expect(await a.sync.status()).toMatchObject({ lastError: null, pulled: 1, pushed: 0 });
  expect((await a.library.get(records[9]!.id))?.color).toBe('pink');
}, 120_000);
