import { describe, expect, it } from 'vitest';
import { detectArticle, detectArticleSliced } from '@/utils/article/detect';
import type { Article } from '@/utils/article/types';
import { bigArticleHtml } from '../../e2e/support/big-article';
import { documentFrom, fixturePages, loadGold, loadPage } from './helpers';

/** Everything detection decided, as plain data (elements by their text). */
function summary(article: Article | null) {
  if (!article) return null;
  return {
    meta: JSON.parse(JSON.stringify(article.meta)) as unknown,
    root: article.root.textContent,
    blocks: article.blocks.map((b) => [b.kind, b.start, b.text, b.node.textContent]),
    text: article.text,
  };
}

/** Runs a sliced detection stopping at every chance; returns the outcome and how many steps it took. */
function sliced(doc: Document, url: string): { article: Article | null; steps: number } {
  const detection = detectArticleSliced(doc, url);
  for (let steps = 1; ; steps++) {
    const done = detection.step(() => true);
    if (done) return { article: done.article, steps };
  }
}

describe('detectArticleSliced', () => {
  for (const page of fixturePages()) {
    const { url } = loadGold(page);
    it(`${page}: the same outcome as detectArticle when stopped at every chance`, () => {
      const whole = detectArticle(loadPage(page), url);
      expect(summary(sliced(loadPage(page), url).article)).toEqual(summary(whole));
    });
  }

  it('pauses on a long page, and finishes in one step when never asked to stop', () => {
    const { html } = bigArticleHtml();
    const url = 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29000001.html';
    const inParts = sliced(documentFrom(html), url);
    expect(inParts.article?.text.length).toBeGreaterThan(100_000);
    // The body is walked twice (weighed, then cut with the title and noise selectors), 40 blocks a part.
    expect(inParts.steps).toBeGreaterThan(2 * Math.floor(inParts.article!.blocks.length / 40));
    const once = detectArticleSliced(documentFrom(html), url).step(() => false);
    expect(summary(once?.article ?? null)).toEqual(summary(inParts.article));
  });
});
