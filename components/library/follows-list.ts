/**
 * Every follow, read from the background a page at a time: `follows/list` answers as many as one
 * message can carry (utils/store/reply-size.ts; a follow is up to ~470,000 characters, a follows
 * file 10 MB), with a cursor for the rest.
 */
import { ask } from '@/platform/messaging';
import type { Follow } from '@/utils/follows/record';

/** The live follows (with `all`, tombstones too: a backup). */
export async function listFollows(all: boolean): Promise<Follow[]> {
  const follows: Follow[] = [];
  let cursor: string | null = null;
  do {
    const page: { follows: Follow[]; cursor: string | null } = await ask({ type: 'follows/list', all, cursor });
    follows.push(...page.follows);
    cursor = page.cursor;
  } while (cursor !== null);
  return follows;
}
