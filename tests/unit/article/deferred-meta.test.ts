import { afterEach, describe, expect, it } from 'vitest';
import { DEFERRED_META_FIELDS, readDeferredMeta } from '@/utils/article/deferred-meta';
import { detectArticle } from '@/utils/article/detect';
import { looksLikeArticle } from '@/utils/article/looks-like-article';
import { setQueryEngine } from '@/utils/article/dom';
import type { Article } from '@/utils/article/types';
import { bigArticleHtml } from '../../e2e/support/big-article';
import { documentFrom, fixturePages, loadGold, loadPage } from './helpers';

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
    // (no date line left: only the day in the address, without the printed time)
    expect(deferred.meta.published).not.toBe(eager.meta.published);
    expect(deferred.meta.published).toBe('2017-03-11T00:00:00+08:00'); // read once, remembered
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

/** Reads the deferred metadata stopping at every chance; returns how many parts it took. */
function readInParts(meta: Article['meta']): number {
  for (let parts = 1; ; parts++) if (readDeferredMeta(meta, () => true)) return parts;
}

const plain = (meta: Article['meta']) => JSON.parse(JSON.stringify(meta)) as unknown;

describe('readDeferredMeta: the deferred metadata read a part at a time', () => {
  for (const page of articlePages) {
    const { url } = loadGold(page);
    it(`${page}: the same metadata as an eager detection when stopped at every chance`, () => {
      const eager = detectArticle(loadPage(page), url)!;
      const deferred = detectArticle(loadPage(page), url, { deferMeta: true })!;
      readInParts(deferred.meta);
      expect(plain(deferred.meta)).toEqual(plain(eager.meta));
    });
  }

  it('pauses many times on a long page, and reads it in one part when never asked to stop', () => {
    const { html } = bigArticleHtml();
    const url = 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29000001.html';
    const eager = detectArticle(documentFrom(html), url)!;
    expect(eager.text.length).toBeGreaterThan(100_000);
    expect(eager.meta.published).toBeTruthy();
    expect(eager.meta.editor).toBeTruthy();

    const inParts = detectArticle(documentFrom(html), url, { deferMeta: true })!;
    // Thousands of text nodes and label cells: collected a few hundred (text nodes) or 64 (cells) a part.
    expect(readInParts(inParts.meta)).toBeGreaterThan(20);
    expect(plain(inParts.meta)).toEqual(plain(eager.meta));
    expect(readDeferredMeta(inParts.meta, () => true)).toBe(true); // read: nothing left to do

    const once = detectArticle(documentFrom(html), url, { deferMeta: true })!;
    expect(readDeferredMeta(once.meta, () => false)).toBe(true);
    expect(plain(once.meta)).toEqual(plain(eager.meta));
  });

  it('a field read while a stopped read is unfinished finishes it at once, with the same values', () => {
    const { html } = bigArticleHtml();
    const url = 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29000001.html';
    const eager = detectArticle(documentFrom(html), url)!;
    const deferred = detectArticle(documentFrom(html), url, { deferMeta: true })!;
    for (let i = 0; i < 5; i++) expect(readDeferredMeta(deferred.meta, () => true)).toBe(false);
    expect(deferred.meta.source).toBe(eager.meta.source);
    expect(readDeferredMeta(deferred.meta, () => true)).toBe(true);
    expect(plain(deferred.meta)).toEqual(plain(eager.meta));
  });

  it('an eagerly read meta has nothing deferred', () => {
    const page = 'people-2017-tongzhan.html';
    const eager = detectArticle(loadPage(page), loadGold(page).url)!;
    expect(readDeferredMeta(eager.meta, () => true)).toBe(true);
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
