/**
 * The library page reads the follows a page at a time: `follows/list` stops at the replies' size
 * bound with a cursor (tests/unit/background/router-reply-size.test.ts), and the page asks again
 * from there until the cursor is null, for the Deadlines view and the follows backup.
 */
import { describe, expect, test, vi } from 'vitest';

const FOLLOWS = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
  id,
  url: `https://www.gov.cn/${id}.htm`,
  deleted: id === 'c',
}));
const asked: (string | null)[] = [];
vi.mock('@/platform/messaging', () => ({
  ask: async (req: { type: string; all: boolean; cursor: string | null }) => {
    if (req.type !== 'follows/list') throw new Error(req.type);
    asked.push(req.cursor);
    // Two follows a reply, as if they were at the size limits.
    const from = req.cursor === null ? 0 : FOLLOWS.findIndex((f) => f.id === req.cursor) + 1;
    const page = FOLLOWS.slice(from, from + 2);
    const more = from + 2 < FOLLOWS.length;
    return { follows: page.filter((f) => req.all || !f.deleted), invalid: 0, cursor: more ? page.at(-1)!.id : null };
  },
}));
const { listFollows } = await import('@/components/library/follows-list');

describe('listing the follows', () => {
  test('asks again from each reply’s cursor: every follow once', async () => {
    expect((await listFollows(true)).map((f) => f.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(asked).toEqual([null, 'b', 'd']);
    expect((await listFollows(false)).map((f) => f.id)).toEqual(['a', 'b', 'd', 'e']);
  });
});
