/**
 * Browser sync in two Chromium profiles. The test plays the browser's sync service: it
 * copies one profile's `storage.sync` into the other's with `storage.sync.set` (which fires
 * `storage.onChanged` there, as Chrome's sync does). A highlight saved in A is painted on the
 * same page in B; concurrent edits of one highlight in A and B converge to the same record.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, type ExtensionBrowser } from './support/chromium';
import { SEED_URL, SEED_SENTENCE, seedDraft } from './support/seed';

/** A private copy of the build can be used while other builds run: HZD_CHROME_BUILD=dir. */
const extensionDir = process.env.HZD_CHROME_BUILD || undefined;

let server: FixtureServer;
let a: ExtensionBrowser;
let b: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  [a, b] = await Promise.all([launchChromium(server, { extensionDir }), launchChromium(server, { extensionDir })]);
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await server?.close();
});

interface Stored {
  id: string;
  color: string;
  note: string;
  clock: string;
  deleted?: boolean;
}

/** Runs `fn` in an extension page of `browser` (the popup, pointed at no tab). */
async function inExtension<T, A>(browser: ExtensionBrowser, fn: (arg: A) => Promise<T>, arg: A): Promise<T> {
  const page = await browser.openExtensionPage('popup.html?tab=999999');
  try {
    return await page.evaluate(fn as (arg: unknown) => Promise<T>, arg as unknown);
  } finally {
    await page.close();
  }
}

async function ask<T>(browser: ExtensionBrowser, message: object): Promise<T> {
  const reply = await inExtension(browser, (m) => chrome.runtime.sendMessage(m), message);
  const r = reply as { ok: boolean; data?: T; error?: string };
  if (!r.ok) throw new Error(r.error);
  return r.data as T;
}

/** The browser's sync service, one direction: `to`'s storage.sync becomes `from`'s. */
async function carrySync(from: ExtensionBrowser, to: ExtensionBrowser): Promise<number> {
  const items = await inExtension(from, () => chrome.storage.sync.get(null), null);
  await inExtension(
    to,
    async (incoming: Record<string, unknown>) => {
      const old = await chrome.storage.sync.get(null);
      const stale = Object.keys(old).filter((k) => !(k in incoming));
      await chrome.storage.sync.set(incoming);
      if (stale.length) await chrome.storage.sync.remove(stale);
    },
    items,
  );
  return Object.keys(items).length;
}

function painted(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((name) => {
    const h = CSS.highlights.get(name) as unknown as Iterable<Range> | undefined;
    return h ? [...h].map((r) => r.toString()) : [];
  }, layer);
}

const byId = async (browser: ExtensionBrowser, id: string) =>
  (await ask<Stored[]>(browser, { type: 'highlights/export-all' })).find((r) => r.id === id);

describe('browser sync between two Chromium profiles', () => {
  test('a highlight saved in A is painted on the page in B', async () => {
    const id = crypto.randomUUID();
    await ask(a, { type: 'highlights/save', draft: seedDraft(id) });
    // Debounced write (5 s after the change): wait for it instead of forcing a round.
    await expect
      .poll(() => inExtension(a, () => chrome.storage.sync.get(null), null).then((i) => Object.keys(i)), {
        timeout: 15_000,
      })
      .toContain('hm');
    const statusA = await ask<{ browser: { synced: number; total: number; lastError: string | null } }>(a, {
      type: 'sync/status',
    });
    expect(statusA.browser).toMatchObject({ synced: 1, total: 1, lastError: null });
    const popup = await a.openExtensionPage('popup.html?tab=999999');
    await expect.poll(() => popup.getByTestId('sync-status-line').textContent(), { timeout: 10_000 }).toMatch(/1\D+1/);
    await popup.close();
    const options = await a.openExtensionPage('options.html');
    await expect
      .poll(() => options.getByTestId('sync-browser-status').textContent(), { timeout: 10_000 })
      .toMatch(/1\D+1/);
    expect(await options.getByTestId('sync-server-form').isVisible()).toBe(true);
    await options.close();

    const page = await b.context.newPage();
    await page.goto(SEED_URL);
    expect(await painted(page, 'hzd-u-green')).toEqual([]);
    expect(await carrySync(a, b)).toBeGreaterThanOrEqual(2);
    // B merges within a second or so of onChanged, stores the record and repaints the open tab.
    await expect.poll(() => painted(page, 'hzd-u-green'), { timeout: 15_000 }).toEqual([SEED_SENTENCE]);
    expect(await byId(b, id)).toMatchObject({ id, color: 'green' });
    await page.close();
  });

  test('settings travel too, but the browser-sync switch stays per device', async () => {
    await ask(a, { type: 'settings/update', patch: { lastColor: 'purple', colorNames: { blue: '要点' } } });
    await ask(a, { type: 'sync/now', target: 'browser' });
    await carrySync(a, b);
    await ask(b, { type: 'sync/now', target: 'browser' });
    const s = await ask<{ lastColor: string; colorNames: Record<string, string>; browserSync: boolean }>(b, {
      type: 'settings/get',
    });
    expect(s).toMatchObject({ lastColor: 'purple', colorNames: { blue: '要点' }, browserSync: true });

    // Now the two profiles differ: B turns browser sync off, A keeps it on and changes a setting.
    type S = { lastColor: string; browserSync: boolean };
    await ask(b, { type: 'settings/update', patch: { browserSync: false } });
    await ask(a, { type: 'settings/update', patch: { lastColor: 'blue' } });
    await ask(a, { type: 'sync/now', target: 'browser' });
    const item = await inExtension(a, () => chrome.storage.sync.get(null), null);
    expect((item.st as { s: Record<string, unknown> }).s).not.toHaveProperty('browserSync');
    await carrySync(a, b);
    await ask(b, { type: 'sync/now', target: 'browser' });
    expect(await ask<S>(b, { type: 'settings/get' })).toMatchObject({ browserSync: false, lastColor: 'purple' });
    expect(await ask<S>(a, { type: 'settings/get' })).toMatchObject({ browserSync: true, lastColor: 'blue' });
    // Switched on again, B catches up with A's settings and keeps its own switch on.
    await ask(b, { type: 'settings/update', patch: { browserSync: true } });
    await ask(b, { type: 'sync/now', target: 'browser' });
    expect(await ask<S>(b, { type: 'settings/get' })).toMatchObject({ browserSync: true, lastColor: 'blue' });
  });

  test('concurrent edits of one highlight in A and B converge after exchanging both ways', async () => {
    const id = crypto.randomUUID();
    await ask(a, { type: 'highlights/save', draft: seedDraft(id, { color: 'yellow' }) });
    await ask(a, { type: 'sync/now', target: 'browser' });
    await carrySync(a, b);
    await ask(b, { type: 'sync/now', target: 'browser' });
    expect(await byId(b, id)).toMatchObject({ color: 'yellow' });

    // Both edit before either hears of the other: A changes the note, B (later) the colour.
    await ask(a, { type: 'highlights/save', draft: seedDraft(id, { color: 'yellow', note: '甲的批注' }) });
    await ask(b, { type: 'highlights/save', draft: seedDraft(id, { color: 'pink', note: '' }) });
    await ask(a, { type: 'sync/now', target: 'browser' });
    await ask(b, { type: 'sync/now', target: 'browser' });

    await carrySync(a, b);
    await ask(b, { type: 'sync/now', target: 'browser' });
    await carrySync(b, a);
    await ask(a, { type: 'sync/now', target: 'browser' });

    const [ra, rb] = await Promise.all([byId(a, id), byId(b, id)]);
    expect(ra).toEqual(rb);
    // Last writer wins, whole record: B's edit came later.
    expect(rb).toMatchObject({ color: 'pink', note: '' });
    const [la, lb] = await Promise.all([
      ask<Stored[]>(a, { type: 'highlights/export-all' }),
      ask<Stored[]>(b, { type: 'highlights/export-all' }),
    ]);
    const key = (list: Stored[]) => list.map((r) => `${r.id}@${r.clock}`).sort();
    expect(key(la)).toEqual(key(lb));
  });

  test('a delete in B reaches A', async () => {
    const [first] = await ask<Stored[]>(b, { type: 'highlights/list', url: SEED_URL });
    await ask(b, { type: 'highlights/delete', id: first!.id });
    await ask(b, { type: 'sync/now', target: 'browser' });
    await carrySync(b, a);
    await expect.poll(async () => (await byId(a, first!.id))?.deleted, { timeout: 10_000 }).toBe(true);
  });

  test('with a passphrase: B without it writes nothing and says so; with it, A’s highlights reach B and back', async () => {
    type Status = { browser: { passphrase: string; lastError: string | null } };
    const id = crypto.randomUUID();
    await ask(a, { type: 'sync/browser-passphrase', passphrase: 'our shared secret' });
    await ask(a, { type: 'highlights/save', draft: seedDraft(id, { color: 'blue' }) });
    await ask(a, { type: 'sync/now', target: 'browser' });
    await carrySync(a, b);
    const sent = await inExtension(b, () => chrome.storage.sync.get(null), null);
    const locked = await ask<Status>(b, { type: 'sync/now', target: 'browser' });
    expect(locked.browser.passphrase).toBe('needed');
    expect(locked.browser.lastError).toMatch(/enter the passphrase/);
    expect(await inExtension(b, () => chrome.storage.sync.get(null), null)).toEqual(sent);
    expect(await byId(b, id)).toBeUndefined();
    await expect(ask(b, { type: 'sync/browser-passphrase', passphrase: 'not it' })).rejects.toThrow(
      /wrong passphrase/i,
    );
    expect(await inExtension(b, () => chrome.storage.sync.get(null), null)).toEqual(sent);

    const unlocked = await ask<Status>(b, { type: 'sync/browser-passphrase', passphrase: 'our shared secret' });
    expect(unlocked.browser).toMatchObject({ passphrase: 'on', lastError: null });
    expect(await byId(b, id)).toMatchObject({ color: 'blue' });
    await ask(b, { type: 'highlights/save', draft: seedDraft(id, { color: 'pink' }) });
    await ask(b, { type: 'sync/now', target: 'browser' });
    await carrySync(b, a);
    await expect.poll(async () => (await byId(a, id))?.color, { timeout: 10_000 }).toBe('pink');
  });
});

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: {
    sync: {
      get(k: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
  };
};
