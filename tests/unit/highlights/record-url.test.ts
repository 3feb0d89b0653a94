/**
 * HighlightSchema's URL check remembers the last address it accepted (records come page by page):
 * what it answers must not depend on what it was asked before.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseHighlight } from '@/utils/highlights/record';
import { makeHighlight } from '../export/fixtures';

const URLS = [
  'https://www.gov.cn/zhengce/a.htm',
  'https://www.gov.cn/zhengce/b.htm',
  'file:///home/me/saved.html',
  'https://',
  'http://exa mple.com/',
  'https://www.gov.cn:99999/abcdefg', // as long as the first, and refused (the port)
  'javascript:alert(1)',
  '',
];

const accepted = (url: string) => parseHighlight(makeHighlight({ url })).ok;

describe('the URL check of a record', () => {
  test('answers each address the same, whatever was checked before', () => {
    // Each address alone, in a fresh order: the answers of a check without memory.
    const alone = new Map(URLS.map((u) => [u, URL.canParse(u) && /^(?:https?|file):\/\//i.test(u)]));
    expect([...alone.values()]).toContain(true);
    expect([...alone.values()]).toContain(false);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...URLS), { maxLength: 20 }), (order) => {
        for (const u of order) expect({ u, ok: accepted(u) }).toEqual({ u, ok: alone.get(u) });
      }),
    );
  });
});
