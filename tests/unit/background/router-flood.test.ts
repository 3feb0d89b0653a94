/**
 * A compromised content script that floods the background with writes cannot starve the single
 * writer: a tab's requests wait in the writer's queue a few at a time, so the reader's own
 * pages (and other tabs) are served after a few of them, not after all.
 */
import { describe, expect, test } from 'vitest';
import type { Sender } from '@/entrypoints/background/sender';
import { CONTENT_IN_FLIGHT } from '@/entrypoints/background/router';
import { draft, PAGE } from '../store/helpers';
import { EXTENSION, setupRouter } from './setup';

/** Enough to show the queue's order (fake-indexeddb is slow: a real flood would be thousands). */
const FLOOD = 200;
const OWN_TAB: Sender = { kind: 'content', tabId: 3, tabUrl: PAGE };

describe('a flood of requests from one tab', () => {
  test('waits a few at a time in the writer; a later request from the extension is not starved', async () => {
    const { handle, writes } = await setupRouter();
    // Writes of the two settings a content script may set: no read before the writer's queue.
    const flood = Array.from({ length: FLOOD }, (_, i) =>
      handle({ type: 'settings/update', patch: { lastColor: i % 2 ? 'pink' : 'blue' } }, OWN_TAB),
    );
    let before = -1;
    const own = handle({ type: 'highlights/save', draft: draft('reader') }, EXTENSION).then((r) => {
      before = writes.length - 1;
      return r;
    });
    const replies = await Promise.all(flood);
    expect(await own).toMatchObject({ ok: true });
    expect(before).toBeLessThanOrEqual(CONTENT_IN_FLIGHT);
    const refused = replies.filter((r) => !r.ok);
    expect(refused.length).toBe(FLOOD - CONTENT_IN_FLIGHT);
    expect(refused[0]).toMatchObject({ error: expect.stringMatching(/too many requests/) });
  }, 60_000);

  test('a tab whose requests were answered may send again; another tab is not limited by it', async () => {
    const { handle } = await setupRouter();
    const burst = () =>
      Promise.all(
        Array.from({ length: CONTENT_IN_FLIGHT }, () => handle({ type: 'settings/get' }, OWN_TAB).then((r) => r.ok)),
      );
    expect(await burst()).not.toContain(false);
    expect(await burst()).not.toContain(false);
    const other: Sender = { kind: 'content', tabId: 4, tabUrl: PAGE };
    const [first, second] = await Promise.all([burst(), handle({ type: 'settings/get' }, other)]);
    expect(first).not.toContain(false);
    expect(second.ok).toBe(true);
  });
});
