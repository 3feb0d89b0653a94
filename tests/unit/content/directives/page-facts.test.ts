/**
 * A page controls its own metadata: whatever its meta tags hold, the facts the content script
 * publishes make a page report the background accepts. An invalid report is refused whole, and
 * the reader's highlights on that page would then never load.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createFactsPublisher, type PageFacts } from '@/entrypoints/content/directives/page-facts';
import type { Article } from '@/utils/article/types';
import { zeroCounts } from '@/utils/counts';
import { LIMITS } from '@/utils/highlights/record';
import { parseRequest } from '@/utils/messages';

afterEach(() => vi.unstubAllGlobals());

describe('page facts', () => {
  test('a page with oversized metadata still makes a valid, bounded page report', () => {
    const url = 'http://www.gov.cn/zhengce/content/a.htm';
    vi.stubGlobal('location', { href: `${url}#x` });
    const long = (n: number) => '长'.repeat(n);
    const meta = {
      url,
      title: long(3000),
      published: long(200),
      source: long(2000),
      editor: long(2000),
      author: long(2000),
      issuer: long(2000),
      docNumber: long(2000),
      language: long(100),
      keywords: Array.from({ length: 5000 }, (_, i) => `${long(1500)}${i}`),
      channel: Array.from({ length: 500 }, (_, i) => `${i}`),
    };
    let facts: PageFacts | null = null;
    createFactsPublisher({
      signal: new AbortController().signal,
      article: () => ({ meta }) as unknown as Article,
      counts: zeroCounts,
      onFacts: (f) => (facts = f),
    }).publish();
    const page = { ...facts!, title: 't', orphans: 0 };
    const parsed = parseRequest({ type: 'page/report', page });
    expect(parsed).toMatchObject({ ok: true });
    expect(page.article?.keywords).toHaveLength(LIMITS.metaList);
    expect(JSON.stringify(page).length).toBeLessThan(200_000);
  });

  test('an article’s facts are of the address it was read at, not the one a History-API move gave the tab', () => {
    const read = 'http://www.gov.cn/zhengce/content/a.htm';
    vi.stubGlobal('location', { href: 'http://www.gov.cn/zhengce/content/b.htm' });
    let facts: PageFacts | null = null;
    const publisher = createFactsPublisher({
      signal: new AbortController().signal,
      article: () => ({ meta: { url: `${read}#top`, title: 'A' } }) as unknown as Article,
      counts: zeroCounts,
      onFacts: (f) => (facts = f),
    });
    publisher.publish();
    expect(facts!.url).toBe(read);
  });
});
