import { describe, expect, test } from 'vitest';
import type { Sender } from '@/entrypoints/background/sender';
import { EXTENSION, NEWS_PAGE, setupRouter } from './setup';

const page = NEWS_PAGE;
const tab7: Sender = { kind: 'content', tabId: 7, tabUrl: `${page.url}#top` };

describe('router', () => {
  test('a page report is kept per tab and read back by tab/state', async () => {
    const { handle, reports } = await setupRouter();
    const r = await handle({ type: 'page/report', page }, tab7);
    expect(r).toMatchObject({ ok: true, data: { highlights: [] } });
    expect(reports).toEqual([7]);
    expect(await handle({ type: 'tab/state', tabId: 7 }, EXTENSION)).toMatchObject({ ok: true, data: { page } });
    expect(await handle({ type: 'tab/state', tabId: 8 }, EXTENSION)).toMatchObject({ ok: true, data: { page: null } });
  });

  test('a content script takes its own tab’s report back when the tab left its page (page/left)', async () => {
    const { handle, left } = await setupRouter();
    await handle({ type: 'page/report', page }, tab7);
    const tab8: Sender = { kind: 'content', tabId: 8, tabUrl: page.url };
    await handle({ type: 'page/report', page }, tab8);
    expect(await handle({ type: 'page/left' }, tab7)).toMatchObject({ ok: true, data: null });
    // The badge of its count is cleared; only its own tab's report is dropped.
    expect(left).toEqual([7]);
    expect(await handle({ type: 'tab/state', tabId: 7 }, EXTENSION)).toMatchObject({ ok: true, data: { page: null } });
    expect(await handle({ type: 'tab/state', tabId: 8 }, EXTENSION)).toMatchObject({ ok: true, data: { page } });
    expect(await handle({ type: 'page/left' }, EXTENSION)).toMatchObject({ ok: false });
    expect(left).toEqual([7]);
  });

  test('invalid messages never reach a handler', async () => {
    const { handle, library } = await setupRouter();
    const r = await handle({ type: 'highlights/save', draft: { id: 'x' } }, EXTENSION);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/invalid request/) });
    expect(await library.all()).toEqual([]);
  });

  test('handler errors come back as error replies', async () => {
    const { handle } = await setupRouter();
    expect(await handle({ type: 'highlights/delete', id: 'missing' }, EXTENSION)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no highlight/),
    });
  });

  test('storage/info counts what is stored', async () => {
    const { handle } = await setupRouter();
    expect(await handle({ type: 'storage/info' }, EXTENSION)).toMatchObject({
      ok: true,
      data: { highlights: 0, pages: 0, pendingWrites: 0 },
    });
  });
});
