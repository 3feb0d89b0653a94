/**
 * Issue 12 points 3 and 9: a hostile sync server. The real ServerSync (with the extension's own
 * PouchDB build, on an in-memory IndexedDB) syncs with a pouchdb-server, and the test, playing
 * the server's operator, writes documents straight into the database: plaintext records and
 * tombstones, a replayed older ciphertext, a crypto description changed, removed, or asking
 * for an absurd PBKDF2 iteration count.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Highlight } from '@/utils/highlights/record';
import { formatClock, MAX_CLOCK_SKEW_MS } from '@/utils/sync/hlc';
import { createCryptoMetaDoc, CRYPTO_META_DOC_ID } from '@/utils/sync/couch';
import type { ServerSync } from '@/entrypoints/background/sync/server-sync';
import { startCouch, type CouchServer } from '../../../e2e/support/couch';
import { makeHighlight } from '../../sync/fixtures';
import { serverDevice } from './server-device';

const PASSPHRASE = '正确 horse battery staple';
let couch: CouchServer;
let dbCount = 0;

beforeAll(async () => {
  couch = await startCouch();
}, 60_000);
afterAll(async () => {
  await couch?.close();
});

const device = (name: string) => serverDevice(name);

/** A fresh database on the server, set up with encrypted sync by one device holding one highlight. */
async function encryptedSetup() {
  const db = `hostile-${++dbCount}`;
  const a = await device('dev-a');
  const mine = await a.library.save(makeHighlight({ id: crypto.randomUUID(), note: 'mine' }));
  const input = {
    url: couch.url,
    db,
    username: couch.admin.username,
    password: couch.admin.password,
    passphrase: PASSPHRASE,
  };
  await a.sync.configure(input);
  expect((await a.sync.status()).lastError).toBeNull();
  return { db, a, mine, input };
}

async function serverDoc(db: string, id: string): Promise<Record<string, unknown>> {
  const r = await couch.request('GET', `/${db}/${encodeURIComponent(id)}`);
  expect(r.status).toBe(200);
  return r.json as Record<string, unknown>;
}

async function put(db: string, doc: Record<string, unknown>) {
  const r = await couch.request('PUT', `/${db}/${encodeURIComponent(doc._id as string)}`, doc);
  expect(r.status).toBeLessThan(300);
}

const later = (h: Highlight, ms = 1000): string =>
  formatClock({ wallMs: Date.now() + ms, counter: 0, deviceId: 'server' });
const roundOf = (d: { sync: ServerSync }) => d.sync.syncNow().catch(() => undefined);

describe('encrypted server sync against a hostile server', () => {
  test('a plaintext record planted by the server is not applied, and is counted', async () => {
    const { db, a } = await encryptedSetup();
    const planted = makeHighlight({
      id: crypto.randomUUID(),
      note: 'planted by the server',
      clock: later(makeHighlight()),
    });
    await put(db, { _id: `hl:${planted.id}`, ...planted });
    await roundOf(a);
    expect(await a.library.get(planted.id)).toBeUndefined();
    expect((await a.sync.status()).skipped).toBe(1);
  });

  test('a plaintext tombstone forged by the server deletes nothing', async () => {
    const { db, a, mine } = await encryptedSetup();
    const current = await serverDoc(db, `hl:${mine.id}`);
    await put(db, { _id: `hl:${mine.id}`, _rev: current._rev, ...mine, deleted: true, clock: later(mine) });
    await roundOf(a);
    expect(await a.library.get(mine.id)).toMatchObject({ note: 'mine' });
    expect((await a.library.get(mine.id))?.deleted).not.toBe(true);
    expect((await a.sync.status()).skipped).toBe(1);
    // Our own version went back over the forgery.
    expect(Object.keys(await serverDoc(db, `hl:${mine.id}`)).sort()).toEqual(['_id', '_rev', 'enc', 'iv']);
  });

  test('a replayed older ciphertext of a record does not overwrite the newer one', async () => {
    const { db, a, mine } = await encryptedSetup();
    const old = await serverDoc(db, `hl:${mine.id}`);
    const { clock: _c, created: _cr, updated: _u, deleted: _d, ...draft } = mine;
    await a.library.save({ ...draft, note: 'edited later' });
    await roundOf(a);
    const current = await serverDoc(db, `hl:${mine.id}`);
    expect(current.enc).not.toBe(old.enc);
    await put(db, { _id: `hl:${mine.id}`, _rev: current._rev, enc: old.enc, iv: old.iv });
    await roundOf(a);
    expect((await a.library.get(mine.id))?.note).toBe('edited later');
    // A device that joins now reads the newer version too: this one wrote it back.
    const b = await device('dev-b');
    await b.sync.configure({
      url: couch.url,
      db,
      username: couch.admin.username,
      password: couch.admin.password,
      passphrase: PASSPHRASE,
    });
    expect((await b.library.get(mine.id))?.note).toBe('edited later');
  });

  test('an absurd PBKDF2 iteration count on the server is refused at once, with a clear message', async () => {
    const { db, input } = await encryptedSetup();
    const meta = await serverDoc(db, CRYPTO_META_DOC_ID);
    await put(db, { ...meta, iterations: 2_000_000_000 });
    const b = await device('dev-b');
    const started = Date.now();
    const attempt = b.sync.configure(input);
    const timeout = new Promise((_, fail) => setTimeout(() => fail(new Error('still deriving after 5 s')), 5_000));
    await expect(Promise.race([attempt, timeout])).rejects.toThrow(/iteration/i);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await b.sync.status()).configured).toBe(false);
  }, 20_000);

  test('a missing crypto description stops sync with a clear message; nothing is sent', async () => {
    const { db, a } = await encryptedSetup();
    const meta = await serverDoc(db, CRYPTO_META_DOC_ID);
    expect((await couch.request('DELETE', `/${db}/${CRYPTO_META_DOC_ID}?rev=${String(meta._rev)}`)).status).toBe(200);
    const next = await a.library.save(makeHighlight({ id: crypto.randomUUID(), note: 'after the meta was deleted' }));
    await roundOf(a);
    expect((await a.sync.status()).lastError).toMatch(/encryption settings.*(missing|no longer)/i);
    expect((await couch.request('GET', `/${db}/hl:${next.id}`)).status).toBe(404);
  });

  test('a changed crypto description stops sync with a clear message', async () => {
    const { db, a } = await encryptedSetup();
    const meta = await serverDoc(db, CRYPTO_META_DOC_ID);
    const other = await createCryptoMetaDoc('the server chose this one');
    await put(db, { ...other.doc, _rev: meta._rev });
    await roundOf(a);
    expect((await a.sync.status()).lastError).toMatch(/encryption settings.*changed/i);
  });
});

describe('server sync without encryption', () => {
  test('a record dated too far ahead is not applied, and is counted; our own version stays', async () => {
    const db = `hostile-${++dbCount}`;
    const a = await device('dev-a');
    const mine = await a.library.save(makeHighlight({ id: crypto.randomUUID(), note: 'mine' }));
    await a.sync.configure({
      url: couch.url,
      db,
      username: couch.admin.username,
      password: couch.admin.password,
      passphrase: '',
    });
    const ahead = formatClock({ wallMs: Date.now() + 2 * MAX_CLOCK_SKEW_MS, counter: 0, deviceId: 'server' });
    const current = await serverDoc(db, `hl:${mine.id}`);
    await put(db, { ...mine, _id: `hl:${mine.id}`, _rev: current._rev, note: 'from the future', clock: ahead });
    const planted = makeHighlight({ id: crypto.randomUUID(), clock: ahead });
    await put(db, { ...planted, _id: `hl:${planted.id}` });
    await roundOf(a);
    expect((await a.library.get(mine.id))?.note).toBe('mine');
    expect(await a.library.get(planted.id)).toBeUndefined();
    expect((await a.sync.status()).skipped).toBe(2);
  });
});

describe('a server peer’s record naming another site', () => {
  test('is kept with the site of its address, and the status says so', async () => {
    const db = `hostile-${++dbCount}`;
    const a = await device('dev-a');
    await a.sync.configure({
      url: couch.url,
      db,
      username: couch.admin.username,
      password: couch.admin.password,
      passphrase: '',
    });
    const planted = makeHighlight({ id: crypto.randomUUID(), site: 'www.gov.uk' });
    await put(db, { ...planted, _id: `hl:${planted.id}` });
    await roundOf(a);
    expect((await a.library.get(planted.id))?.site).toBe('gov.cn');
    expect((await a.sync.status()).lastError).toMatch(/1 highlight.*site/);
  });
});

describe('the server address', () => {
  test('must be https (plain http only for this computer)', async () => {
    const d = await device('dev-url');
    const base = { db: 'x', username: '', password: '', passphrase: '' };
    await expect(d.sync.configure({ ...base, url: 'http://sync.example.org' })).rejects.toThrow(/https/);
    await expect(d.sync.configure({ ...base, url: 'ftp://sync.example.org' })).rejects.toThrow(/https/);
    expect((await d.sync.status()).configured).toBe(false);
  });
});
