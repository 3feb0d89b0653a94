/**
 * Sizes a sender cannot pass: every list inside a record or a page report is bounded, so one
 * message (up to 64 MB in Chrome) cannot become one huge record or a huge tab report.
 */
import { describe, expect, test } from 'vitest';
import type { Sender } from '@/entrypoints/background/sender';
import { LIMITS, parseHighlight } from '@/utils/highlights/record';
import { draft, PAGE } from '../store/helpers';
import { setupRouter } from './setup';
import { zeroCounts } from '@/utils/counts';

const OWN_TAB: Sender = { kind: 'content', tabId: 3, tabUrl: PAGE };
/** 100,000 keywords of 1,000 characters: 100 MB of "article metadata" (here 20,000 short ones). */
const manyKeywords = Array.from({ length: 20_000 }, (_, i) => `keyword ${i}`);
const hugeArticle = { title: 't', keywords: manyKeywords, channel: manyKeywords };

describe('list sizes in what a sender sends', () => {
  test('a content script cannot store a record with unbounded article lists', async () => {
    const { handle, library } = await setupRouter();
    const r = await handle({ type: 'highlights/save', draft: draft('big', { article: hugeArticle }) }, OWN_TAB);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/invalid request/) });
    expect(await library.all()).toEqual([]);
  });

  test('a content script cannot leave an unbounded page report with the background', async () => {
    const { handle, tabs } = await setupRouter();
    const page = { url: PAGE, title: 't', isArticle: true, article: hugeArticle, counts: zeroCounts(), orphans: 0 };
    const r = await handle({ type: 'page/report', page }, OWN_TAB);
    expect(r.ok).toBe(false);
    expect(tabs.size).toBe(0);
  });

  test('a record from a file, a sync peer or a server is refused over the list limit, kept at it', () => {
    const at = (n: number) => ({
      ...draft('r', { article: { title: 't', keywords: manyKeywords.slice(0, n), channel: ['c'] } }),
      created: 1,
      updated: 1,
      clock: '000001700000000000:000000:d',
    });
    expect(parseHighlight(at(LIMITS.metaList)).ok).toBe(true);
    expect(parseHighlight(at(LIMITS.metaList + 1)).ok).toBe(false);
  });
});
