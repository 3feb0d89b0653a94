/**
 * A compromised content script on one site learns nothing of which other sites have settings of
 * their own (a density, auto-marks off, the extension off): that list is a partial browsing
 * history. It asked the background (`settings/get`, and every reply that carries the settings) and
 * read the settings mirror in storage.local (open to content scripts in Firefox, and in Chrome
 * while pages load). Its own site's entries it is told: its first paint needs them.
 */
import { describe, expect, test } from 'vitest';
import type { Sender } from '@/entrypoints/background/sender';
import { installSettingsMirror } from '@/entrypoints/background/settings-mirror';
import { MemoryArea } from '@/utils/store/area';
import { autoMarksOn, densityOn, type Settings } from '@/utils/store/settings';
import { zeroCounts } from '@/utils/counts';
import { PAGE } from '../store/helpers';
import { EXTENSION, setupRouter } from './setup';

const OWN_HOST = new URL(PAGE).hostname;
const OWN_TAB: Sender = { kind: 'content', tabId: 3, tabUrl: PAGE };
/** The other sites the reader set something for: none may reach OWN_TAB. */
const SECRET_SITES = ['www.private-clinic.example', 'forum.hidden.example', 'bank.secret.example'];

async function setup() {
  const router = await setupRouter();
  const set = await router.handle(
    {
      type: 'settings/update',
      patch: {
        densitySites: { [SECRET_SITES[0]!]: 'full', [OWN_HOST]: 'off' },
        autoMarksOffSites: [SECRET_SITES[1]!, OWN_HOST],
        disabledSites: [SECRET_SITES[2]!],
      },
    },
    EXTENSION,
  );
  expect(set.ok).toBe(true);
  return router;
}

const named = (value: unknown) => SECRET_SITES.filter((s) => JSON.stringify(value).includes(s));

describe('a content script learns no other site’s settings', () => {
  test('from any reply that carries the settings; its own site’s entries it is told', async () => {
    const { handle } = await setup();
    const replies = [
      await handle({ type: 'settings/get' }, OWN_TAB),
      await handle(
        {
          type: 'page/report',
          page: { url: PAGE, title: 't', isArticle: true, article: null, counts: zeroCounts(), orphans: 0 },
        },
        OWN_TAB,
      ),
      await handle({ type: 'settings/update', patch: { lastColor: 'pink' } }, OWN_TAB),
      await handle({ type: 'settings/site-density', site: OWN_HOST, density: 'off' }, OWN_TAB),
    ];
    for (const reply of replies) {
      expect(reply.ok, JSON.stringify(reply)).toBe(true);
      expect(named(reply)).toEqual([]);
    }
    const view = (replies[0] as { data: Settings }).data;
    expect(densityOn(view, OWN_HOST)).toBe('off');
    expect(autoMarksOn(view, OWN_HOST)).toBe(false);
    // The reader's own pages still see everything.
    const all = await handle({ type: 'settings/get' }, EXTENSION);
    expect(named(all)).toEqual(SECRET_SITES);
  });

  test('from the settings mirror in storage.local', async () => {
    const { library } = await setup();
    const local = new MemoryArea();
    installSettingsMirror(library, Promise.resolve(), local).write();
    await new Promise((r) => setTimeout(r, 0));
    const mirror = (await local.get('settings')).settings;
    expect(mirror).toBeDefined();
    expect(named(mirror)).toEqual([]);
    expect(JSON.stringify(mirror)).not.toContain(OWN_HOST);
  });
});
