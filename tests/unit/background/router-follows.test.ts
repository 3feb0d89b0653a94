/**
 * Follows through the router: a content script follows, unfollows and reads only its own tab's
 * page and cannot list the reader's follows; extension pages list and unfollow any; an import
 * passes the same gate as highlights.
 */
import { describe, expect, test } from 'vitest';
import type { Sender } from '@/entrypoints/background/sender';
import { followId } from '@/utils/follows/record';
import { formatClock } from '@/utils/sync/hlc';
import { PAGE } from '../store/helpers';
import { followDraftOf } from '../follows/helpers';
import { EXTENSION, setupRouter } from './setup';

const OTHER = 'https://www.gov.cn/zhengce/content/2025-01/01/content_1.htm';
const OWN_TAB: Sender = { kind: 'content', tabId: 3, tabUrl: `${PAGE}?utm_source=wechat` };
const refused = (r: { ok: boolean; error?: string }) => !r.ok && /^refused/.test(r.error ?? '');

describe('follows through the router', () => {
  test('a content script follows and unfollows its own page', async () => {
    const { handle, follows } = await setupRouter();
    expect(await handle({ type: 'follows/follow', draft: followDraftOf() }, OWN_TAB)).toMatchObject({ ok: true });
    expect(await handle({ type: 'follows/get', url: PAGE }, OWN_TAB)).toMatchObject({ ok: true, data: { url: PAGE } });
    expect(await handle({ type: 'follows/unfollow', url: PAGE }, OWN_TAB)).toMatchObject({
      ok: true,
      data: { deleted: true },
    });
    expect(await follows.get(PAGE)).toBeNull();
  });

  test('a content script cannot follow, unfollow or read another tab’s page, nor list follows', async () => {
    const { handle, follows } = await setupRouter();
    await follows.follow(followDraftOf({ url: OTHER, site: 'gov.cn' }));
    const attacks = [
      { type: 'follows/follow', draft: followDraftOf({ url: OTHER, site: 'gov.cn', title: 'planted' }) },
      { type: 'follows/unfollow', url: OTHER },
      { type: 'follows/get', url: OTHER },
      { type: 'follows/list' },
      { type: 'follows/list', all: true },
      { type: 'follows/import', follows: [] },
    ] as const;
    for (const message of attacks) {
      const reply = await handle(message, OWN_TAB);
      expect({ message, refused: refused(reply) }).toEqual({ message, refused: true });
    }
    expect(await follows.get(OTHER)).toMatchObject({ title: followDraftOf().title });
  });

  test('extension pages list and unfollow any page', async () => {
    const { handle, follows } = await setupRouter();
    await follows.follow(followDraftOf());
    await follows.follow(followDraftOf({ url: OTHER, site: 'gov.cn' }));
    const list = await handle({ type: 'follows/list', all: false }, EXTENSION);
    expect(list).toMatchObject({ ok: true, data: { invalid: 0 } });
    expect((list as { data: { follows: unknown[] } }).data.follows).toHaveLength(2);
    expect(await handle({ type: 'follows/unfollow', url: OTHER }, EXTENSION)).toMatchObject({ ok: true });
    expect((await follows.list()).follows.map((f) => f.url)).toEqual([PAGE]);
  });

  test('import: the gate refuses a clock far ahead; a valid follow merges by clock', async () => {
    const { handle, follows, store } = await setupRouter();
    const base = { ...followDraftOf(), id: followId(PAGE), created: store.now(), updated: store.now() };
    const ahead = {
      ...base,
      clock: formatClock({ wallMs: Date.now() + 3 * 86_400_000, counter: 0, deviceId: 'peer' }),
    };
    const fine = {
      ...base,
      url: OTHER,
      id: followId(OTHER),
      clock: formatClock({ wallMs: Date.now(), counter: 0, deviceId: 'peer' }),
    };
    expect(await handle({ type: 'follows/import', follows: [ahead, fine] }, EXTENSION)).toEqual({
      ok: true,
      data: { merged: 1, refused: 1 },
    });
    expect((await follows.list()).follows.map((f) => f.url)).toEqual([OTHER]);
    // A follow filed under another page's id is malformed: the whole request is refused.
    expect(
      await handle({ type: 'follows/import', follows: [{ ...fine, id: followId(PAGE) }] }, EXTENSION),
    ).toMatchObject({
      ok: false,
    });
  });
});
