/**
 * A record's own fields cannot break paging: the cursor a reply gives must pass the next
 * request's check. The pages' cursor holds a page's address (up to LIMITS.url characters, a
 * backslash of its query doubled in JSON); it was allowed 2,000 characters, so one page with a
 * long address (a page's own, an import's, a sync peer's) ended the library's list and its
 * grouped exports (Markdown, one file per page) at that page, for good.
 */
import { describe, expect, test } from 'vitest';
import { LIMITS } from '@/utils/highlights/record';
import { draft } from '../store/helpers';
import { EXTENSION, setupRouter } from './setup';

const longUrl = (fill: string) => {
  const head = 'https://example.com/a?q=';
  return head + fill.repeat(Math.floor((LIMITS.url - head.length) / fill.length));
};

describe('cursors of records with long fields', () => {
  test.each([
    ['letters', 'x'],
    ['backslashes (escaped in JSON)', '\\'],
    ['control characters (escaped in JSON as \\u00XX)', '\u0001'],
  ])('every page is reached past a page whose address is %s up to the limit', async (_, fill) => {
    const { handle, library } = await setupRouter();
    const urls = [0, 1, 2, 3].map((i) =>
      i === 1 || i === 2 ? `${longUrl(fill).slice(0, -1)}${i}` : `https://example.com/p${i}`,
    );
    for (const [i, url] of urls.entries())
      await library.save(draft(`h${i}`, { url, site: 'example.com', position: { start: i, end: i + 1 } }));
    expect((await library.all()).map((r) => r.url).sort()).toEqual([...urls].sort());
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let round = 0; round < 10; round++) {
      const reply = await handle({ type: 'highlights/pages', minRecords: 1, cursor }, EXTENSION);
      expect(reply).toMatchObject({ ok: true });
      const data = (reply as { data: { records: { url: string }[]; cursor: string | null } }).data;
      seen.push(...data.records.map((r) => r.url));
      cursor = data.cursor;
      if (!cursor) break;
    }
    expect(seen.sort()).toEqual([...urls].sort());
  });
});
