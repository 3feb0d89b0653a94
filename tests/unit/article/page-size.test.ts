/**
 * A page longer than any article is none (utils/article/page-size.ts): refused by detection at the cap's very
 * character; text that is not the page's (scripts, styles, white space) is
 * not counted.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { looksLikeArticle } from '@/utils/article/looks-like-article';
import { MAX_ARTICLE_PAGE_CHARS } from '@/utils/article/page-size';
import { documentFrom, prose } from './helpers';

/** An address that says nothing: the pre-check's last resort (long paragraphs) decides. */
const PLAIN_URL = 'https://news.example.org/page';
const TITLE = '关于做好防汛工作的通知';

const page = (extra: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${TITLE}</title></head><body><h1>${TITLE}</h1>` +
  `<div class="content">${prose(8)}</div>${extra}</body></html>`;

/** Characters of the page's text but white space. */
const shown = (html: string) => (documentFrom(html).body.textContent ?? '').replace(/\s/g, '').length;

/** A footer line of `n` letters: one word, nothing the body scorer takes for prose. */
const footer = (n: number) => `<div class="footer">${'x'.repeat(n)}</div>`;

const read = (html: string) => {
  const doc = documentFrom(html);
  return { looks: looksLikeArticle(doc, PLAIN_URL), article: detectArticle(doc, PLAIN_URL) };
};

describe('a page longer than any article', () => {
  const atCap = footer(MAX_ARTICLE_PAGE_CHARS - shown(page('')));

  it('is read up to the cap, and is no article one character past it', () => {
    expect(shown(page(atCap))).toBe(MAX_ARTICLE_PAGE_CHARS);
    const under = read(page(atCap));
    expect(under.looks).toBe(true);
    expect(under.article?.meta.title).toBe(TITLE);
    expect(under.article?.blocks).toHaveLength(8);

    // (the pre-check's last resort reads the first paragraphs only: detection refuses it)
    expect(read(page(`${atCap}<p>x</p>`)).article).toBeNull();
  });

  it('counts no script, style or white space', () => {
    const plain = read(page(''));
    const padded = read(
      page(
        `${atCap}<script>var state = "${'y'.repeat(MAX_ARTICLE_PAGE_CHARS)}";</script>` +
          `<style>.a{color:red}${'.b{}'.repeat(MAX_ARTICLE_PAGE_CHARS / 4)}</style>` +
          `<noscript>${'z'.repeat(MAX_ARTICLE_PAGE_CHARS)}</noscript><div>${' \n'.repeat(MAX_ARTICLE_PAGE_CHARS)}</div>`,
      ),
    );
    expect(padded.looks).toBe(true);
    expect(padded.article?.blocks.map((b) => b.text)).toEqual(plain.article?.blocks.map((b) => b.text));
  });
});
