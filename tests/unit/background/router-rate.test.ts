/**
 * A compromised content script that saves one record after another (never more than a few
 * unanswered, so the in-flight bound of router-flood.test.ts never trips) cannot fill the library,
 * the disk under it and both syncs at the writer's speed: a site's changes draw on a budget that
 * a reader working by hand never empties, and big changes draw more of it.
 */
import { describe, expect, test } from 'vitest';
import type { Sender } from '@/entrypoints/background/sender';
import { WRITE_BUDGET } from '@/entrypoints/background/write-budget';
import { LIMITS } from '@/utils/highlights/record';
import { draft, PAGE } from '../store/helpers';
import { EXTENSION, setupRouter } from './setup';
import { MemoryArea } from '@/utils/store/area';

const OWN_TAB: Sender = { kind: 'content', tabId: 3, tabUrl: PAGE };
/** Another tab of the same site (people.com.cn), whose canonical links reach the same records. */
const SAME_SITE: Sender = { kind: 'content', tabId: 4, tabUrl: 'http://politics.people.com.cn/n1/2024/0101/c1.html' };
const OTHER_SITE: Sender = { kind: 'content', tabId: 5, tabUrl: 'https://www.gov.cn/zhengce/content/1.htm' };

describe('the rate of changes from one site', () => {
  test('a flood of saves, one at a time, stops at the budget; other senders are not limited by it', async () => {
    let clock = 1_700_000_000_000;
    const { handle, library } = await setupRouter({ now: () => clock });
    let refusedAt = -1;
    for (let i = 0; i < WRITE_BUDGET.burst + 50; i++) {
      const sender = i % 2 ? OWN_TAB : SAME_SITE;
      const r = await handle({ type: 'highlights/save', draft: draft(`flood-${i}`) }, sender);
      if (!r.ok) {
        expect(r.error).toMatch(/too many changes from this site/);
        refusedAt = i;
        break;
      }
    }
    // A reader saves a passage at a time: the first burst of them is always taken.
    expect(refusedAt).toBe(WRITE_BUDGET.burst);
    expect((await library.all()).length).toBe(WRITE_BUDGET.burst);
    // Reads are not changes; the reader's own pages and another site are not held by this one.
    expect((await handle({ type: 'highlights/list', url: PAGE }, OWN_TAB)).ok).toBe(true);
    expect((await handle({ type: 'highlights/save', draft: draft('reader') }, EXTENSION)).ok).toBe(true);
    const other = draft('other', { url: 'https://www.gov.cn/zhengce/content/1.htm', site: 'gov.cn' });
    expect((await handle({ type: 'highlights/save', draft: other }, OTHER_SITE)).ok).toBe(true);
    // The budget comes back with time, at its pace only.
    clock += WRITE_BUDGET.refillMs;
    expect((await handle({ type: 'highlights/save', draft: draft('later-1') }, OWN_TAB)).ok).toBe(true);
    expect((await handle({ type: 'highlights/save', draft: draft('later-2') }, OWN_TAB)).ok).toBe(false);
  }, 60_000);

  test('a big change draws more than a small one', async () => {
    let clock = 1_700_000_000_000;
    const { handle } = await setupRouter({ now: () => clock });
    const big = (i: number) =>
      draft(`big-${i}`, {
        note: '注'.repeat(LIMITS.note),
        quote: { exact: 'x'.repeat(LIMITS.quote), prefix: '', suffix: '' },
      });
    let taken = 0;
    while (taken <= WRITE_BUDGET.burst && (await handle({ type: 'highlights/save', draft: big(taken) }, OWN_TAB)).ok)
      taken++;
    // Each holds ~40,000 characters: a few of them, not a burst's worth.
    expect(taken).toBeGreaterThan(0);
    expect(taken).toBeLessThan(WRITE_BUDGET.burst / 4);
    clock += 10 * 60_000;
    expect((await handle({ type: 'highlights/save', draft: big(taken) }, OWN_TAB)).ok).toBe(true);
  }, 60_000);

  test('a worker restart does not fill the budget again', async () => {
    const clock = 1_700_000_000_000;
    const session = new MemoryArea();
    const first = await setupRouter({ now: () => clock, budgetArea: session });
    for (let i = 0; i < WRITE_BUDGET.burst; i++)
      expect((await first.handle({ type: 'highlights/save', draft: draft(`a-${i}`) }, OWN_TAB)).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // A new worker: a new router over the same storage.session.
    const second = await setupRouter({ now: () => clock + 1_000, budgetArea: session });
    const r = await second.handle({ type: 'highlights/save', draft: draft('b') }, OWN_TAB);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/too many changes/) });
    const other = draft('c', { url: 'https://www.gov.cn/zhengce/content/1.htm', site: 'gov.cn' });
    expect((await second.handle({ type: 'highlights/save', draft: other }, OTHER_SITE)).ok).toBe(true);
  }, 60_000);
});
