import { describe, expect, test } from 'vitest';
import { MemoryArea } from '@/utils/store/area';
import { Library } from '@/utils/store/library';
import { createRouter } from '@/utils/router';
import { createClock } from '@/utils/sync/hlc';
import { zeroCounts } from '@/utils/counts';
import type { PageReport } from '@/utils/messages';

async function setup() {
  const library = new Library(new MemoryArea(), { newDeviceId: () => 'dev', makeClock: (d) => createClock(d) });
  const ready = library.load();
  const tabs = new Map<number, PageReport>();
  const reports: number[] = [];
  const handle = createRouter({
    library,
    ready,
    tabs: { get: async (id) => tabs.get(id) ?? null, set: async (id, p) => void tabs.set(id, p) },
    onPageReport: (id) => reports.push(id),
  });
  return { handle, library, reports };
}

const page: PageReport = {
  url: 'http://www.news.cn/politics/20240105/abc/c.html',
  title: 't',
  isArticle: true,
  article: null,
  counts: { ...zeroCounts(), obligation: 3 },
  orphans: 0,
};

describe('router', () => {
  test('a page report is kept per tab and read back by tab/state', async () => {
    const { handle, reports } = await setup();
    const r = await handle({ type: 'page/report', page }, { tabId: 7 });
    expect(r).toMatchObject({ ok: true, data: { highlights: [] } });
    expect(reports).toEqual([7]);
    expect(await handle({ type: 'tab/state', tabId: 7 }, {})).toMatchObject({ ok: true, data: { page } });
    expect(await handle({ type: 'tab/state', tabId: 8 }, {})).toMatchObject({ ok: true, data: { page: null } });
  });

  test('invalid messages never reach a handler', async () => {
    const { handle, library } = await setup();
    const r = await handle({ type: 'highlights/save', draft: { id: 'x' } }, {});
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/invalid request/) });
    expect(library.all()).toEqual([]);
  });

  test('handler errors come back as error replies', async () => {
    const { handle } = await setup();
    expect(await handle({ type: 'highlights/delete', id: 'missing' }, {})).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no highlight/),
    });
  });

  test('storage/info counts what is stored', async () => {
    const { handle } = await setup();
    expect(await handle({ type: 'storage/info' }, {})).toMatchObject({
      ok: true,
      data: { highlights: 0, pages: 0, pendingWrites: 0 },
    });
  });
});
