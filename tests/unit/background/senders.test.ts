/**
 * Who may send what (issue 12, point 4): every request type, from an extension page, a
 * content script on its own page, a content script on another page, and an unknown sender.
 */
import { describe, expect, test } from 'vitest';
import { zeroCounts } from '@/utils/counts';
import type { Request } from '@/utils/messages';
import { classifySender, SENDERS, type Sender } from '@/entrypoints/background/sender';
import { draft, PAGE } from '../store/helpers';
import { EXTENSION, setupRouter } from './setup';
import { followDraftOf } from '../follows/helpers';

const OTHER = 'https://www.gov.uk/guidance/other';
const OWN_TAB: Sender = { kind: 'content', tabId: 3, tabUrl: `${PAGE}?utm_source=wechat#p2` };
const OTHER_TAB: Sender = { kind: 'content', tabId: 4, tabUrl: OTHER };
const UNKNOWN: Sender = { kind: 'unknown', why: 'another extension' };

const report = {
  url: PAGE,
  title: 't',
  isArticle: true,
  article: null,
  counts: zeroCounts(),
  orphans: 0,
};

/** One valid request of every type, about the record 'own' on PAGE. */
const SAMPLES: Request[] = [
  { type: 'page/report', page: report },
  { type: 'page/left' },
  { type: 'tab/state', tabId: 3 },
  { type: 'highlights/list', url: PAGE },
  { type: 'highlights/save', draft: draft('own', { note: 'again' }) },
  { type: 'highlights/update', id: 'own', patch: { color: 'blue' } },
  { type: 'highlights/delete', id: 'own' },
  { type: 'highlights/undelete', id: 'own' },
  { type: 'settings/get' },
  { type: 'settings/update', patch: { lastColor: 'pink' } },
  { type: 'settings/site-density', site: 'dangpai.people.com.cn', density: 'full' },
  { type: 'storage/info' },
  { type: 'highlights/import', records: [] },
  { type: 'highlights/recent', limit: 5 },
  { type: 'highlights/export-all' },
  { type: 'highlights/update-many', items: [{ id: 'own', patch: { tags: ['x'] } }] },
  { type: 'highlights/delete-many', ids: ['own'], deleted: true },
  { type: 'highlights/query', query: { text: '统战' }, limit: 5 },
  { type: 'highlights/count', query: {} },
  { type: 'highlights/pages', minRecords: 5 },
  { type: 'highlights/import-end', session: 's1', keep: false },
  { type: 'highlights/ids', query: {}, limit: 5 },
  { type: 'highlights/get-many', ids: ['own'] },
  { type: 'highlights/changes', since: 0, limit: 5 },
  { type: 'highlights/facets' },
  { type: 'highlights/retag-many', ids: ['own'], mode: 'add', tags: 'x' },
  { type: 'sync/status' },
  { type: 'sync/configure', server: null },
  { type: 'sync/now', target: 'both' },
  { type: 'sync/browser-passphrase', passphrase: null },
  { type: 'sync/browser-reseal' },
  { type: 'follows/follow', draft: followDraftOf() },
  { type: 'follows/unfollow', url: PAGE },
  { type: 'follows/get', url: PAGE },
  { type: 'follows/list', all: false },
  { type: 'follows/import', follows: [] },
];

async function ask(message: Request, sender: Sender) {
  const setup = await setupRouter({ withSync: true });
  await setup.library.save(draft('own'));
  await setup.library.save(draft('elsewhere', { url: OTHER, site: 'gov.uk' }));
  const reply = await setup.handle(message, sender);
  return { reply, ...setup };
}

const refused = (r: { ok: boolean; error?: string }) => !r.ok && /^refused/.test(r.error ?? '');

describe('senders', () => {
  test('every request type has a sample here and a rule there', () => {
    expect(new Set(SAMPLES.map((s) => s.type))).toEqual(new Set(Object.keys(SENDERS)));
  });

  for (const sample of SAMPLES) {
    const rule = SENDERS[sample.type];
    test(`${sample.type} (${rule})`, async () => {
      const fromExtension = await ask(sample, EXTENSION);
      expect(refused(fromExtension.reply)).toBe(rule === 'content');

      const fromOwnPage = await ask(sample, OWN_TAB);
      expect(refused(fromOwnPage.reply)).toBe(rule === 'extension');

      // A content script on another page: only reading settings and its in-page preferences, and
      // taking back its own tab's report (page/left names no page).
      const fromOtherPage = await ask(sample, OTHER_TAB);
      const otherMayAsk =
        sample.type === 'settings/get' || sample.type === 'settings/update' || sample.type === 'page/left';
      expect(refused(fromOtherPage.reply)).toBe(!otherMayAsk);
      if (refused(fromOtherPage.reply)) {
        expect(await fromOtherPage.library.get('own')).toMatchObject({ color: 'yellow', note: '', deleted: false });
        expect(fromOtherPage.syncCalls).toEqual([]);
      }

      expect(refused((await ask(sample, UNKNOWN)).reply)).toBe(true);
    });
  }

  test('a content script cannot reach another page’s record by its id', async () => {
    for (const message of [
      { type: 'highlights/delete', id: 'elsewhere' },
      { type: 'highlights/update', id: 'elsewhere', patch: { note: 'x' } },
      { type: 'highlights/save', draft: draft('elsewhere') }, // moved onto its own page
      { type: 'highlights/save', draft: draft('planted', { url: OTHER }) },
      { type: 'highlights/list' },
    ] as Request[]) {
      const { reply, library } = await ask(message, OWN_TAB);
      expect({ message, refused: refused(reply) }).toEqual({ message, refused: true });
      expect(await library.get('elsewhere')).toMatchObject({ url: OTHER, deleted: false, note: '' });
      expect(await library.get('planted')).toBeUndefined();
    }
  });

  test('a content script may set only the in-page preferences', async () => {
    const { handle, library } = await setupRouter();
    expect(await handle({ type: 'settings/update', patch: { lastColor: 'green' } }, OWN_TAB)).toMatchObject({
      ok: true,
    });
    const categories = { ...library.getSettings().categories, target: false };
    expect(await handle({ type: 'settings/update', patch: { categories } }, OWN_TAB)).toMatchObject({ ok: true });
    for (const patch of [
      { browserSync: false },
      { disabledSites: ['x.cn'] },
      { lastColor: 'blue', autoMarks: false },
    ]) {
      expect(refused(await handle({ type: 'settings/update', patch }, OWN_TAB))).toBe(true);
    }
    expect(library.getSettings()).toMatchObject({
      lastColor: 'green',
      browserSync: true,
      autoMarks: true,
      disabledSites: [],
    });
  });

  test('a content script may set the density of its own site only', async () => {
    const { handle, library } = await setupRouter();
    const density = (site: string, d: 'full' | 'cores' | 'off') =>
      ({ type: 'settings/site-density', site, density: d }) as const;
    expect(await handle(density('dangpai.people.com.cn', 'off'), OWN_TAB)).toMatchObject({ ok: true });
    // Another site's density, by the narrow message or through the general one: refused, nothing changed.
    expect(refused(await handle(density('www.gov.uk', 'off'), OWN_TAB))).toBe(true);
    expect(refused(await handle(density('people.com.cn', 'off'), OWN_TAB))).toBe(true);
    const patches = [{ densitySites: { 'www.gov.uk': 'off' } }, { density: 'off' }] as const;
    for (const patch of patches) expect(refused(await handle({ type: 'settings/update', patch }, OWN_TAB))).toBe(true);
    expect(library.getSettings()).toMatchObject({ density: 'cores', densitySites: { 'dangpai.people.com.cn': 'off' } });
    // The extension's own pages (the popup) may set any site's.
    expect(await handle(density('www.gov.uk', 'full'), EXTENSION)).toMatchObject({ ok: true });
    expect(library.getSettings().densitySites).toEqual({ 'dangpai.people.com.cn': 'off', 'www.gov.uk': 'full' });
  });

  test('a page may use its canonical URL (same site), not another site', async () => {
    const canonical = 'http://dangpai.people.com.cn/n1/2017/0311/canonical.html';
    const { handle } = await setupRouter();
    const onCanonical = { type: 'highlights/save', draft: draft('c', { url: canonical }) } as const;
    expect(await handle(onCanonical, OWN_TAB)).toMatchObject({ ok: true });
    const home = { type: 'highlights/save', draft: draft('h', { url: 'http://dangpai.people.com.cn/' }) } as const;
    expect(refused(await handle(home, OWN_TAB))).toBe(true);
  });

  test('a page on a shared hosting suffix cannot claim another owner’s page there', async () => {
    const { handle, library } = await setupRouter();
    const victim = 'https://victim.github.io/notes/post.html';
    await library.save(draft('v', { url: victim, site: 'victim.github.io' }));
    const tab: Sender = { kind: 'content', tabId: 9, tabUrl: 'https://attacker.github.io/x' };
    expect(refused(await handle({ type: 'highlights/list', url: victim }, tab))).toBe(true);
    expect(refused(await handle({ type: 'highlights/delete', id: 'v' }, tab))).toBe(true);
  });
});

describe('classifySender', () => {
  const self = { id: 'ext-id', base: 'chrome-extension://ext-id/' };
  test.each([
    ['the popup', { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' }, 'extension'],
    [
      'the library page in a tab',
      {
        id: 'ext-id',
        url: 'chrome-extension://ext-id/library.html',
        frameId: 0,
        tab: { id: 5, url: 'chrome-extension://ext-id/library.html' },
      },
      'extension',
    ],
    [
      'an extension page framed in a web page',
      { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html', frameId: 2, tab: { id: 5, url: OTHER } },
      'unknown',
    ],
    ['a content script', { id: 'ext-id', url: PAGE, frameId: 0, tab: { id: 5, url: PAGE } }, 'content'],
    ['a content script in a sub-frame', { id: 'ext-id', url: OTHER, frameId: 1, tab: { id: 5, url: PAGE } }, 'unknown'],
    ['another extension', { id: 'evil', url: 'chrome-extension://evil/x.html' }, 'unknown'],
    ['a look-alike origin', { id: 'ext-id', url: 'chrome-extension://ext-id.evil/x.html' }, 'unknown'],
  ])('%s', (_name, raw, kind) => {
    expect(classifySender(raw, self).kind).toBe(kind);
  });

  test('the tab URL is the browser’s, the frame URL only when the tab has none', () => {
    expect(classifySender({ id: 'ext-id', url: PAGE, frameId: 0, tab: { id: 1 } }, self)).toEqual({
      kind: 'content',
      tabId: 1,
      tabUrl: PAGE,
    });
  });
});
