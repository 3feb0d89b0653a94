import { afterEach, describe, expect, it } from 'vitest';
import { DEFERRED_META_FIELDS, detectArticle, looksLikeArticle } from '@/utils/article/detect';
import { setQueryEngine } from '@/utils/article/dom';
import type { Article } from '@/utils/article/types';
import { fixturePages, loadGold, loadPage } from './helpers';

const articlePages = fixturePages().filter((page) => loadGold(page).article !== null);

/** Everything detection decided, as plain data (elements by their text). */
function summary(article: Article | null) {
  if (!article) return null;
  return {
    meta: JSON.parse(JSON.stringify(article.meta)) as unknown,
    root: article.root.textContent,
    blocks: article.blocks.map((b) => [b.kind, b.start, b.text]),
    text: article.text,
  };
}

describe('detectArticle with deferMeta', () => {
  for (const page of articlePages) {
    const { url } = loadGold(page);
    it(`${page}: same article and, once read, the same metadata as an eager detection`, () => {
      const eager = detectArticle(loadPage(page), url)!;
      const deferred = detectArticle(loadPage(page), url, { deferMeta: true })!;
      expect(summary(deferred)).toEqual(summary(eager));
      // After the first read the fields are plain data, with the same keys as the eager object.
      const copy = { ...deferred.meta };
      expect(Object.keys(copy).sort()).toEqual(Object.keys(eager.meta).sort());
      for (const field of DEFERRED_META_FIELDS) {
        const descriptor = Object.getOwnPropertyDescriptor(deferred.meta, field);
        if (descriptor) expect('value' in descriptor).toBe(true);
      }
    });
  }

  it('reads title and language at detection, the rest only when first asked for', () => {
    const page = 'people-2017-tongzhan.html';
    const { url } = loadGold(page);
    const eager = detectArticle(loadPage(page), url)!;
    expect(eager.meta.published).toBeTruthy();
    expect(eager.meta.source).toBeTruthy();

    const doc = loadPage(page);
    const deferred = detectArticle(doc, url, { deferMeta: true })!;
    expect(deferred.meta.title).toBe(eager.meta.title);
    expect(deferred.meta.language).toBe(eager.meta.language);
    // The page loses everything but the article body before the metadata is read.
    for (const el of Array.from(doc.querySelectorAll('meta, script'))) el.remove();
    const keep = (el: Element): boolean => el.contains(deferred.root) || deferred.root.contains(el);
    for (const el of Array.from(doc.body.querySelectorAll('*'))) if (el.isConnected && !keep(el)) el.remove();
    expect(deferred.meta.published).toBeNull();
    expect(deferred.meta.published).toBeNull(); // read once, remembered
    expect(deferred.meta.source).not.toBe(eager.meta.source);
  });

  it('a field written before it was read keeps the written value', () => {
    const page = 'people-2017-tongzhan.html';
    const { url } = loadGold(page);
    const deferred = detectArticle(loadPage(page), url, { deferMeta: true })!;
    deferred.meta.source = 'written';
    expect(deferred.meta.source).toBe('written');
    expect(deferred.meta.published).toBe(detectArticle(loadPage(page), url)!.meta.published);
  });
});

describe('query engines', () => {
  afterEach(() => setQueryEngine('auto'));

  for (const page of fixturePages()) {
    const { url } = loadGold(page);
    it(`${page}: the indexed engine and the document's own querySelectorAll decide alike`, () => {
      setQueryEngine('indexed');
      const indexed = summary(detectArticle(loadPage(page), url));
      const indexedLooks = looksLikeArticle(loadPage(page), url);
      setQueryEngine('native');
      expect(summary(detectArticle(loadPage(page), url))).toEqual(indexed);
      expect(looksLikeArticle(loadPage(page), url)).toBe(indexedLooks);
    });
  }
});
