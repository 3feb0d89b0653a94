/**
 * Server sync across vendors: one Chromium profile and one Firefox profile replicate through
 * a pouchdb-server (CouchDB protocol) started by the test on 127.0.0.1. Highlights and deletes
 * travel both ways; with a passphrase the server holds only ciphertext; a server that stops
 * mid-way and comes back empty gets everything again; wrong credentials give a clear error and
 * leave the local library alone.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/server';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, launchChromium, type ExtensionBrowser } from './support/chromium';
import { launchFirefox, type FirefoxExtensionBrowser } from './support/firefox';
import { startCouch, startPassThroughProxy, type CouchServer } from './support/couch';
import { SEED_URL, SEED_SENTENCE, seedDraft } from './support/seed';

const DB = 'hzd-e2e';
const PASSPHRASE = '正确 horse battery staple';

const chromeBuild = process.env.HZD_CHROME_BUILD || undefined;
const firefoxBuild = process.env.HZD_FIREFOX_BUILD || undefined;

let server: FixtureServer;
let couch: CouchServer;
let passThrough: Awaited<ReturnType<typeof startPassThroughProxy>>;
let chrome: ExtensionBrowser;
let firefox: FirefoxExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  couch = await startCouch();
  passThrough = await startPassThroughProxy(server.proxy, couch);
  [chrome, firefox] = await Promise.all([
    launchChromium({ ...server, proxy: passThrough.proxy }, { extensionDir: chromeBuild }),
    launchFirefox(server, { extensionDir: firefoxBuild }),
  ]);
}, 120_000);
afterAll(async () => {
  await Promise.all([chrome?.close(), firefox?.close()]);
  await couch?.close();
  await passThrough?.close();
  await server?.close();
});

interface Stored {
  id: string;
  color: string;
  note: string;
  clock: string;
  deleted?: boolean;
  quote: { exact: string };
}
interface Status {
  server: {
    configured: boolean;
    encrypted: boolean;
    lastSync: number | null;
    lastError: string | null;
    pending: number;
  };
}
type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

async function askChrome<T>(message: object): Promise<Reply<T>> {
  const page = await chrome.openExtensionPage('popup.html?tab=999999');
  try {
    return (await page.evaluate((m) => globalThis.chrome.runtime.sendMessage(m), message)) as Reply<T>;
  } finally {
    await page.close();
  }
}

/** One extension page kept open in Firefox: opening many over BiDi is slow and now and then flaky. */
let firefoxPage: Awaited<ReturnType<FirefoxExtensionBrowser['openExtensionPage']>> | null = null;

async function askFirefox<T>(message: object): Promise<Reply<T>> {
  firefoxPage ??= await firefox.openExtensionPage('popup.html?tab=999999');
  return (await firefoxPage.evaluate((m: object) => browser.runtime.sendMessage(m), message)) as Reply<T>;
}

type Ask = <T>(message: object) => Promise<Reply<T>>;
const asks: Record<'chrome' | 'firefox', Ask> = { chrome: askChrome, firefox: askFirefox };

async function data<T>(who: keyof typeof asks, message: object): Promise<T> {
  const r = await asks[who]<T>(message);
  if (!r.ok) throw new Error(`${who}: ${r.error}`);
  return r.data;
}

const serverInput = (over: object = {}) => ({
  url: couch.url,
  db: DB,
  username: couch.admin.username,
  password: couch.admin.password,
  passphrase: PASSPHRASE,
  ...over,
});

const all = (who: keyof typeof asks) => data<Stored[]>(who, { type: 'highlights/export-all' });
const find = async (who: keyof typeof asks, id: string) => (await all(who)).find((r) => r.id === id);
const syncNow = (who: keyof typeof asks) => data<Status>(who, { type: 'sync/now', target: 'server' });

describe('server sync between Chromium and Firefox', () => {
  test('without server sync set up, the worker never loads PouchDB (a script of its own)', async () => {
    const dir = chromeBuild ?? CHROME_BUILD;
    // PouchDB is in its own script, not in the background bundle.
    expect(readFileSync(join(dir, 'background.js'), 'utf8')).not.toContain('_bulk_docs');
    expect(readFileSync(join(dir, 'pouchdb.js'), 'utf8')).toContain('_bulk_docs');
    const loaded = async () =>
      (await chrome.worker()).evaluate(() => (globalThis as { __hzdPouchDB?: unknown }).__hzdPouchDB !== undefined);
    // The first worker imported it while installing (which lets a later worker import it at all).
    await chrome.stopServiceWorker();
    await data('chrome', { type: 'highlights/save', draft: seedDraft(crypto.randomUUID()) });
    expect((await data<Status>('chrome', { type: 'sync/now', target: 'both' })).server.configured).toBe(false);
    expect(await loaded()).toBe(false);
    // Asking the server for something loads it.
    await askChrome({ type: 'sync/configure', server: serverInput({ password: 'wrong' }) });
    expect(await loaded()).toBe(true);
  });

  test('wrong credentials: a clear error, nothing saved, the library untouched', async () => {
    const id = crypto.randomUUID();
    await data('chrome', { type: 'highlights/save', draft: seedDraft(id, { note: 'before sync' }) });
    const r = await askChrome({ type: 'sync/configure', server: serverInput({ password: 'wrong' }) });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/user name or password.*401/) });
    const status = await data<Status>('chrome', { type: 'sync/status' });
    expect(status.server.configured).toBe(false);
    expect(await find('chrome', id)).toMatchObject({ note: 'before sync' });
  });

  test('Chrome sets up encrypted sync; Firefox needs the same passphrase', async () => {
    const first = await data<Status>('chrome', { type: 'sync/configure', server: serverInput() });
    expect(first.server).toMatchObject({ configured: true, encrypted: true, lastError: null, pending: 0 });
    expect(first.server.lastSync).not.toBeNull();

    const wrong = await askFirefox({ type: 'sync/configure', server: serverInput({ passphrase: 'not it' }) });
    expect(wrong).toMatchObject({ ok: false, error: expect.stringMatching(/Wrong passphrase/) });
    const none = await askFirefox({ type: 'sync/configure', server: serverInput({ passphrase: '' }) });
    expect(none).toMatchObject({ ok: false, error: expect.stringMatching(/encrypted.*passphrase/) });

    const ff = await data<Status>('firefox', { type: 'sync/configure', server: serverInput() });
    expect(ff.server).toMatchObject({ configured: true, encrypted: true, lastError: null });
    // Chrome's highlight from the first test came over.
    const fromChrome = (await all('firefox')).filter((r) => r.note === 'before sync');
    expect(fromChrome).toHaveLength(1);
  });

  test('a highlight made in Chrome appears in Firefox, and the reverse', async () => {
    const c = crypto.randomUUID();
    await data('chrome', { type: 'highlights/save', draft: seedDraft(c, { color: 'blue', note: '来自 Chrome' }) });
    await syncNow('chrome');
    await syncNow('firefox');
    expect(await find('firefox', c)).toMatchObject({ color: 'blue', note: '来自 Chrome' });

    const f = crypto.randomUUID();
    await data('firefox', { type: 'highlights/save', draft: seedDraft(f, { color: 'pink', note: '来自 Firefox' }) });
    await syncNow('firefox');
    await syncNow('chrome');
    expect(await find('chrome', f)).toMatchObject({ color: 'pink', note: '来自 Firefox' });
  });

  test('the server holds only ciphertext', async () => {
    const r = await couch.request('GET', `/${DB}/_all_docs?include_docs=true`);
    expect(r.status).toBe(200);
    const rows = (r.json as { rows: { id: string; doc: Record<string, unknown> }[] }).rows;
    const highlightDocs = rows.filter((row) => row.id.startsWith('hl:'));
    expect(highlightDocs.length).toBeGreaterThanOrEqual(3);
    for (const { doc } of highlightDocs) {
      expect(Object.keys(doc).sort()).toEqual(['_id', '_rev', 'enc', 'iv']);
    }
    const text = JSON.stringify(r.json);
    for (const secret of [SEED_SENTENCE, '网络时代', 'people.com.cn', SEED_URL, '来自', 'before sync', PASSPHRASE]) {
      expect(text).not.toContain(secret);
    }
  });

  test('after the service worker restarts, encrypted sync goes on without the passphrase', async () => {
    await chrome.stopServiceWorker();
    const id = crypto.randomUUID();
    await data('chrome', { type: 'highlights/save', draft: seedDraft(id, { note: '重启之后' }) });
    const s = await syncNow('chrome');
    expect(s.server).toMatchObject({ configured: true, encrypted: true, lastError: null, pending: 0 });
    await syncNow('firefox');
    expect(await find('firefox', id)).toMatchObject({ note: '重启之后' });
  });

  test('a delete in Firefox reaches Chrome', async () => {
    const target = (await all('firefox')).find((r) => r.note === '来自 Chrome')!;
    await data('firefox', { type: 'highlights/delete', id: target.id });
    await syncNow('firefox');
    await syncNow('chrome');
    expect(await find('chrome', target.id)).toMatchObject({ deleted: true });
    expect((await data<Stored[]>('chrome', { type: 'highlights/list' })).map((r) => r.id)).not.toContain(target.id);
  });

  test('server down mid-way, back empty: errors in plain words, then both sides push again and nothing is lost', async () => {
    await couch.stop();
    const id = crypto.randomUUID();
    await data('chrome', { type: 'highlights/save', draft: seedDraft(id, { note: '离线时写的' }) });
    const down = await syncNow('chrome');
    expect(down.server.lastError).toMatch(/cannot be reached/);
    expect(down.server.pending).toBeGreaterThanOrEqual(1);
    expect(await find('chrome', id)).toMatchObject({ note: '离线时写的' });

    await couch.start(); // in memory: the database is gone
    const back = await syncNow('chrome');
    expect(back.server).toMatchObject({ lastError: null, pending: 0 });
    await syncNow('firefox');
    await syncNow('chrome');

    const [c, f] = await Promise.all([all('chrome'), all('firefox')]);
    const key = (list: Stored[]) => list.map((r) => `${r.id}@${r.clock}`).sort();
    expect(key(f)).toEqual(key(c));
    expect(f.find((r) => r.id === id)).toMatchObject({ note: '离线时写的' });
    const docs = await couch.request('GET', `/${DB}/_all_docs`);
    const ids = (docs.json as { rows: { id: string }[] }).rows.map((r) => r.id);
    expect(ids).toContain('meta:crypto');
    expect(ids.filter((x) => x.startsWith('hl:'))).toHaveLength(c.length);
  });
});

declare const browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
declare global {
  var chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
}
