/**
 * Browser sync's passphrase in real Firefox, where storage.sync is open to content scripts (no
 * `setAccessLevel` there): what the extension's pages read from it here is what a content script
 * of any page reads. Plain, the items decode to the reader's pages and the settings item names the
 * sites with settings of their own; with the passphrase set in the options page, every item is
 * ciphertext: no address, no highlight's text, no site name, nothing that decodes.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/server';
import { launchFirefox, pollExtensionPage, type FirefoxExtensionBrowser } from './support/firefox';
import { SEED_URL } from './support/seed';
import { decodeFromSync } from '@/utils/sync/browser-sync-decoding';
import { isSealedValue, SEAL_META_KEY, sealItems } from '@/utils/sync/browser-sync-sealed';
import { createCryptoMeta } from '@/utils/sync/crypto';
import { encodeForSync } from '@/utils/sync/browser-sync-encoding';
import { makeHighlight } from '../unit/sync/fixtures';
import { isSealableKey } from '@/entrypoints/background/sync/browser-sync-seal';

const SECRET_SITE = 'www.private-clinic.example';
const QUOTE = '县级民族、宗教工作机构要确保具备行政执法主体资格';

let server: FixtureServer;
let firefox: FirefoxExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefox(server);
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('browser sync with a passphrase, in Firefox', () => {
  test('with the passphrase on, storage.sync holds no page address, highlight text or site name', async () => {
    const ext = await firefox.openExtensionPage('options.html');
    await pollExtensionPage(
      ext,
      () => document.querySelector('[data-testid=sync-browser-passphrase]') !== null,
      0,
      15_000,
    );
    const send = (m: object) => ext.evaluate((msg: object) => browser.runtime.sendMessage(msg), m);
    expect(
      await send({
        type: 'highlights/save',
        draft: {
          id: 'ff-sealed-1',
          url: SEED_URL,
          title: '提能善为',
          site: new URL(SEED_URL).hostname,
          quote: { exact: QUOTE, prefix: '在这其中,', suffix: '。这一点需要' },
          position: { start: 0, end: QUOTE.length },
          color: 'purple',
          note: 'my own note',
          tags: [],
        },
      }),
    ).toMatchObject({ ok: true });
    expect(await send({ type: 'settings/update', patch: { densitySites: { [SECRET_SITE]: 'full' } } })).toMatchObject({
      ok: true,
    });
    expect(await send({ type: 'sync/now', target: 'browser' })).toMatchObject({ ok: true });
    const read = () => ext.evaluate(() => browser.storage.sync.get(null));

    // Plain (as before): whoever reads storage.sync decodes the pages, and the settings name the site.
    const plain = await read();
    expect(decodeFromSync(plain).records.map((r) => [r.url, r.quote.exact])).toEqual([[SEED_URL, QUOTE]]);
    expect(JSON.stringify(plain)).toContain(SECRET_SITE);

    // The reader sets a passphrase in the options page.
    await ext.click('[data-testid=sync-browser-passphrase-field]');
    await ext.keyboard.type('a passphrase only I know');
    await ext.click('[data-testid=sync-browser-passphrase-set]');
    await pollExtensionPage(
      ext,
      async () => {
        const items = await browser.storage.sync.get(null);
        return 'hk' in items && !JSON.stringify(items).includes('"v":2');
      },
      0,
      30_000,
    );
    const sealed = await read();
    expect(sealed[SEAL_META_KEY]).toMatchObject({ v: 1, kdf: 'PBKDF2-SHA-256' });
    const keys = Object.keys(sealed).filter(isSealableKey);
    expect(keys).toEqual(expect.arrayContaining(['hm', 'h0', 'st']));
    for (const k of keys) expect(isSealedValue(sealed[k])).toBe(true);
    expect(decodeFromSync(sealed).records).toEqual([]);
    const text = JSON.stringify(sealed);
    for (const word of [SECRET_SITE, new URL(SEED_URL).hostname, QUOTE.slice(0, 4), 'my own note', 'http'])
      expect(text).not.toContain(word);
    const status = (await send({ type: 'sync/status' })) as {
      data: { browser: { passphrase: string; synced: number } };
    };
    expect(status.data.browser).toMatchObject({ passphrase: 'on', synced: 1 });
    // The passphrase is kept nowhere the content scripts can read either.
    expect(JSON.stringify(await ext.evaluate(() => browser.storage.local.get(null)))).not.toContain('only I know');

    // A content script writes the plain items back (a hostile peer): refused, nothing merged or lost.
    await ext.evaluate((items: Record<string, unknown>) => browser.storage.sync.set(items), {
      hm: plain.hm,
      h0: plain.h0,
    });
    const refused = (await send({ type: 'sync/now', target: 'browser' })) as {
      data: { browser: { lastError: string | null } };
    };
    expect(refused.data.browser.lastError).toMatch(/not encrypted with the sync passphrase: refused/);
    const kept = (await send({ type: 'highlights/export-all' })) as { data: { id: string; note: string }[] };
    expect(kept.data).toMatchObject([{ id: 'ff-sealed-1', note: 'my own note' }]);

    // The third such read in a row writes this device's own items over them, sealed.
    await send({ type: 'sync/now', target: 'browser' });
    await send({ type: 'sync/now', target: 'browser' });
    const repaired = await read();
    for (const k of Object.keys(repaired).filter(isSealableKey)) expect(isSealedValue(repaired[k])).toBe(true);

    // Turned off in the options page, after its confirm: the items are plain again.
    await ext.click('[data-testid=sync-browser-passphrase-off]');
    await ext.click('[data-testid=sync-browser-passphrase-off-yes]');
    await pollExtensionPage(ext, async () => !('hk' in (await browser.storage.sync.get(null))), 0, 30_000);
    expect(decodeFromSync(await read()).records.map((r) => r.url)).toEqual([SEED_URL]);
    await ext.close();
  });

  test('sealed on another device, then a page removes every item: nothing goes out plain until the reader chooses', async () => {
    const ext = await firefox.openExtensionPage('options.html');
    await pollExtensionPage(
      ext,
      () => document.querySelector('[data-testid=sync-browser-passphrase]') !== null,
      0,
      15_000,
    );
    const send = (m: object) => ext.evaluate((msg: object) => browser.runtime.sendMessage(msg), m);
    const read = () => ext.evaluate(() => browser.storage.sync.get(null));
    type Status = { data: { browser: { passphrase: string; lastError: string | null } } };

    // Another browser set a passphrase: storage.sync holds its key item and sealed items.
    const { meta, key } = await createCryptoMeta('set on another browser');
    const plain = await read();
    const sealed = await sealItems(key, Object.fromEntries(Object.entries(plain).filter(([k]) => isSealableKey(k))));
    await ext.evaluate((items: Record<string, unknown>) => browser.storage.sync.set(items), {
      ...sealed,
      [SEAL_META_KEY]: meta,
    });
    expect(((await send({ type: 'sync/now', target: 'browser' })) as Status).data.browser.passphrase).toBe('needed');

    // The reader goes on highlighting here, believing browser sync encrypted.
    const draft = {
      id: 'ff-while-sealed',
      url: SEED_URL,
      title: '提能善为',
      site: new URL(SEED_URL).hostname,
      quote: { exact: QUOTE, prefix: '', suffix: '' },
      position: { start: 0, end: QUOTE.length },
      color: 'yellow',
      note: 'written while sealed elsewhere',
      tags: [],
    };
    expect(await send({ type: 'highlights/save', draft })).toMatchObject({ ok: true });

    // A content script (any page, in Firefox) removes every item.
    await ext.evaluate(async () => browser.storage.sync.remove(Object.keys(await browser.storage.sync.get(null))));
    for (let i = 0; i < 3; i++) await send({ type: 'sync/now', target: 'browser' });
    expect(await read()).toEqual({});
    const gone = (await send({ type: 'sync/status' })) as Status;
    expect(gone.data.browser.passphrase).toBe('gone');

    // The options page says so; the reader chooses to sync unencrypted.
    await ext.close();
    const options = await firefox.openExtensionPage('options.html');
    await pollExtensionPage(
      options,
      () => document.querySelector('[data-testid=sync-browser-unencrypted]') !== null,
      0,
      15_000,
    );
    await options.click('[data-testid=sync-browser-unencrypted]');
    const after = await pollExtensionPage(
      options,
      async () => {
        const items = await browser.storage.sync.get(null);
        return Object.keys(items).length > 0 && items;
      },
      0,
      30_000,
    );
    expect(decodeFromSync(after).records.map((r) => r.note)).toContain('written while sealed elsewhere');
    await options.close();
  });

  test('a page removes the key item and the sealed ones and writes a plain one: "Keep encrypting" seals again, merges nothing', async () => {
    const ext = await firefox.openExtensionPage('options.html');
    await pollExtensionPage(
      ext,
      () => document.querySelector('[data-testid=sync-browser-passphrase-field]') !== null,
      0,
      15_000,
    );
    const send = (m: object) => ext.evaluate((msg: object) => browser.runtime.sendMessage(msg), m);
    const read = () => ext.evaluate(() => browser.storage.sync.get(null));
    await ext.click('[data-testid=sync-browser-passphrase-field]');
    await ext.keyboard.type('kept on this browser');
    await ext.click('[data-testid=sync-browser-passphrase-set]');
    await pollExtensionPage(ext, async () => 'hk' in (await browser.storage.sync.get(null)), 0, 30_000);
    const meta = (await read())[SEAL_META_KEY];

    // A content script removes every item and writes one plain highlight of its own.
    const hostile = makeHighlight({ id: 'ff-planted', url: 'https://evil.example/', site: 'evil.example' });
    const planted = encodeForSync([hostile]).items;
    await ext.evaluate(async (items: Record<string, unknown>) => {
      await browser.storage.sync.remove(Object.keys(await browser.storage.sync.get(null)));
      await browser.storage.sync.set(items);
    }, planted);
    type Status = { data: { browser: { passphrase: string; lastError: string | null } } };
    expect(((await send({ type: 'sync/now', target: 'browser' })) as Status).data.browser.passphrase).toBe('unsealed');
    await ext.close();

    // The options page offers "Keep encrypting" first; the reader takes it.
    const options = await firefox.openExtensionPage('options.html');
    await pollExtensionPage(
      options,
      () => document.querySelector('[data-testid=sync-browser-keep]') !== null,
      0,
      15_000,
    );
    expect(
      await options.evaluate(
        () =>
          document.querySelector('[data-testid=sync-browser-passphrase] button')?.getAttribute('data-testid') ?? null,
      ),
    ).toBe('sync-browser-keep');
    await options.click('[data-testid=sync-browser-keep]');
    const resealed = await pollExtensionPage(
      options,
      async () => {
        const items = await browser.storage.sync.get(null);
        return 'hk' in items && items;
      },
      0,
      30_000,
    );
    expect(resealed[SEAL_META_KEY]).toEqual(meta);
    for (const k of Object.keys(resealed).filter(isSealableKey)) expect(isSealedValue(resealed[k])).toBe(true);
    expect(JSON.stringify(resealed)).not.toContain('evil.example');
    // The planted address is data only: nothing asked the network for it (every request goes through our server).
    expect(server.requested().filter((u) => u.includes('evil.example'))).toEqual([]);
    const status = (await options.evaluate(() => browser.runtime.sendMessage({ type: 'sync/status' }))) as Status;
    expect(status.data.browser.passphrase).toBe('on');
    const all = (await options.evaluate(() => browser.runtime.sendMessage({ type: 'highlights/export-all' }))) as {
      data: { id: string }[];
    };
    expect(all.data.map((r) => r.id)).not.toContain('ff-planted');
    await options.close();
  });
});

declare const browser: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: {
    local: { get(k: string | null): Promise<Record<string, unknown>> };
    sync: {
      get(k: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
  };
};
