/**
 * A compromised content script (issue 12, point 4). Code is evaluated in the content script's
 * isolated world of a portal page (DevTools protocol `Runtime.evaluate` in that execution
 * context), where it has what our content script has: `chrome.runtime.sendMessage` and
 * `chrome.storage`. It must get refusals for everything beyond its own page, find no secret in
 * any storage area it can read, and writing `storage.local` must change nothing of record.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/server';
import { contentWorld, launchChromium, type ExtensionBrowser } from './support/chromium';
import { startCouch, startPassThroughProxy, type CouchServer } from './support/couch';
import { SEED_URL, seedDraft } from './support/seed';

const OTHER_URL = 'https://www.gov.uk/guidance/hzd-other-site';
const SYNC_PASSWORD = 'pa55-word';

let server: FixtureServer;
let couch: CouchServer;
let passThrough: Awaited<ReturnType<typeof startPassThroughProxy>>;
let browser: ExtensionBrowser;

type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };

beforeAll(async () => {
  server = await startFixtureServer();
  couch = await startCouch({ username: 'admin', password: SYNC_PASSWORD });
  passThrough = await startPassThroughProxy(server.proxy, couch);
  // HZD_CHROME_BUILD: another build to attack (e.g. the one before the fix).
  browser = await launchChromium(
    { ...server, proxy: passThrough.proxy },
    { extensionDir: process.env.HZD_CHROME_BUILD || undefined },
  );
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await couch?.close();
  await passThrough?.close();
  await server?.close();
});

/** A request from an extension page (trusted). */
async function askExtension<T>(message: object): Promise<T> {
  const page = await browser.openExtensionPage('popup.html?tab=999999');
  try {
    const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as Reply<T>;
    if (!reply.ok) throw new Error(reply.error);
    return reply.data;
  } finally {
    await page.close();
  }
}

const send = (message: object) => `chrome.runtime.sendMessage(${JSON.stringify(message)})`;

describe('a compromised content script', () => {
  test('is refused everything beyond its own page, reads no secret, and cannot write past the background', async () => {
    // The reader's library: one highlight on the page the content script runs in, one elsewhere.
    await askExtension({ type: 'highlights/save', draft: seedDraft('own-page-1', { note: 'mine here' }) });
    await askExtension({
      type: 'highlights/save',
      draft: seedDraft('other-site-1', {
        url: OTHER_URL,
        site: 'gov.uk',
        title: 'Other site',
        note: 'a private note about another site',
      }),
    });
    // Server sync set up by the reader on the options page, with a password.
    const configured = await askExtension<{ server: { configured: boolean } }>({
      type: 'sync/configure',
      server: { url: couch.url, db: 'hzd-trust', username: 'admin', password: SYNC_PASSWORD, passphrase: '' },
    });
    expect(configured.server.configured).toBe(true);
    // Browser sync has copied the library (notes included) into storage.sync.
    await askExtension({ type: 'sync/now', target: 'browser' });
    const synced = await askExtension<{ browser: { synced: number } }>({ type: 'sync/status' });
    expect(synced.browser.synced).toBe(2);
    const settingsBefore = await askExtension<Record<string, unknown>>({ type: 'settings/get' });

    const page = await browser.context.newPage();
    await page.goto(SEED_URL);
    const world = await contentWorld(browser, page);

    // Allowed: its own page.
    const own = await world.run<Reply<{ id: string }[]>>(send({ type: 'highlights/list', url: SEED_URL }));
    expect(own.ok).toBe(true);
    expect(own.ok && own.data.map((h) => h.id)).toEqual(['own-page-1']);
    const settingsRead = await world.run<Reply>(send({ type: 'settings/get' }));
    expect(settingsRead.ok).toBe(true);

    // No secret in any storage area the content script can read: storage.local holds only the
    // schema version and the settings mirror; storage.sync (the synced highlights) and
    // storage.session (unsaved writes) are closed to content scripts in Chromium.
    const areas = await world.run<Record<string, string>>(`(async () => {
      const out = {};
      for (const name of ['local', 'sync', 'session']) {
        try { out[name] = JSON.stringify(await chrome.storage[name].get(null)); } catch (e) { out[name] = String(e); }
      }
      return out;
    })()`);
    const readable = Object.values(areas).join('\n');
    expect.soft(readable).not.toContain(SYNC_PASSWORD);
    expect.soft(readable).not.toContain('a private note about another site');
    expect.soft(Object.keys(JSON.parse(areas.local!) as object).sort()).toEqual(['meta', 'settings']);
    expect.soft(areas.sync).toMatch(/not allowed/);
    expect.soft(areas.session).toMatch(/not allowed/);

    // Refused: another page's records, the whole library, other tabs, bulk edits, settings, sync.
    const attacks: object[] = [
      { type: 'highlights/export-all' },
      { type: 'highlights/list' },
      { type: 'highlights/list', url: OTHER_URL },
      { type: 'highlights/recent', limit: 100 },
      { type: 'highlights/delete', id: 'other-site-1' },
      { type: 'highlights/delete-many', ids: ['other-site-1'], deleted: true },
      { type: 'highlights/save', draft: seedDraft('planted', { url: OTHER_URL, site: 'gov.uk' }) },
      { type: 'highlights/save', draft: seedDraft('other-site-1', { note: 'moved onto this page' }) },
      { type: 'highlights/import', records: [] },
      { type: 'tab/state', tabId: 1 },
      { type: 'storage/info' },
      { type: 'settings/update', patch: { browserSync: false } },
      { type: 'settings/update', patch: { disabledSites: ['dangpai.people.com.cn'] } },
      {
        type: 'sync/configure',
        server: { url: 'http://127.0.0.1:9/', db: 'stolen', username: '', password: '', passphrase: '' },
      },
      { type: 'sync/configure', server: null },
      { type: 'sync/now' },
      { type: 'sync/status' },
    ];
    for (const attack of attacks) {
      const reply = await world.run<Reply>(send(attack));
      expect.soft({ attack, ok: reply.ok }).toEqual({ attack, ok: false });
    }

    // Writing storage.local directly changes nothing of record, even after a worker restart.
    const forged = { ...seedDraft('forged', { url: OTHER_URL }), created: 1, updated: 1, clock: '999' };
    await world.run(
      `chrome.storage.local.set(${JSON.stringify({
        settings: { ...settingsBefore, browserSync: false, autoMarks: false },
        'h:forged': forged,
        'h:other-site-1': { ...forged, id: 'other-site-1', deleted: true, clock: '999999999999999:999999:x' },
        meta: { schemaVersion: 1, deviceId: 'attacker' },
        'sync:server': {
          url: 'http://127.0.0.1:9',
          db: 'stolen',
          username: '',
          password: '',
          encrypted: false,
          configId: 'x',
        },
      })})`,
    );
    await browser.stopServiceWorker();
    const after = await askExtension<{ id: string; deleted?: boolean }[]>({ type: 'highlights/export-all' });
    expect
      .soft(
        after
          .filter((h) => !h.deleted)
          .map((h) => h.id)
          .sort(),
      )
      .toEqual(['other-site-1', 'own-page-1']);
    expect.soft(after.find((h) => h.id === 'forged')).toBeUndefined();
    expect.soft(await askExtension({ type: 'settings/get' })).toEqual(settingsBefore);
    const status = await askExtension<{ server: { url: string | null; db: string | null } }>({ type: 'sync/status' });
    expect.soft(status.server).toMatchObject({ url: couch.url, db: 'hzd-trust' });

    await world.cdp.detach();
    await page.close();
  });
});
