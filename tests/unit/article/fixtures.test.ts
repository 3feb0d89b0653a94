import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { looksLikeArticle } from '@/utils/article/looks-like-article';
import { escapeRegExp } from '@/utils/article/text';
import { fixturePages, loadGold, loadPage, metaMismatches, norm } from './helpers';
import { blockDomText } from '@/utils/article/blocks';
import { sameShownText } from '@/utils/article/line-breaks';

const pages = fixturePages();

describe('fixture pages against their gold files', () => {
  it('has article and non-article fixtures', () => {
    const golds = pages.map(loadGold);
    expect(golds.filter((g) => g.article).length).toBeGreaterThanOrEqual(12);
    expect(golds.filter((g) => g.article === null).length).toBeGreaterThanOrEqual(4);
  });

  for (const page of pages) {
    const gold = loadGold(page);
    if (gold.article === null) {
      it(`${page}: is not an article`, () => {
        expect(detectArticle(loadPage(page), gold.url)).toBeNull();
        expect(gold.directives).toEqual([]);
      });
      continue;
    }
    it(`${page}: metadata equals the gold`, () => {
      const article = detectArticle(loadPage(page), gold.url);
      expect(article).not.toBeNull();
      expect(metaMismatches(gold.article!, article!.meta)).toEqual([]);
      expect(article!.meta.url).toBe(gold.url);
    });
    it(`${page}: passes the cheap pre-check`, () => {
      expect(looksLikeArticle(loadPage(page), gold.url)).toBe(true);
    });
    it(`${page}: body holds every gold directive and no page furniture`, () => {
      const article = detectArticle(loadPage(page), gold.url)!;
      const text = norm(article.text);
      for (const d of [...gold.directives.map((x) => x.text), ...gold.optional]) expect(text).toContain(norm(d));
      expect(article.text).toBe(article.blocks.map((b) => b.text).join('\n'));
      for (const b of article.blocks) {
        expect(sameShownText(b.text, blockDomText(b), b.asides)).toBe(true);
        expect(b.text.trim()).not.toBe('');
        expect(article.text.slice(b.start, b.start + b.text.length)).toBe(b.text);
      }
      // 纠错 is the portals' "report an error" link; 容错纠错 (tolerating and correcting cadres'
      // mistakes) is policy prose a body may hold.
      expect(article.text).not.toMatch(/责任编辑|责编|编辑[:：]|分享到|(?<!容错)纠错|相关新闻|排行榜|Print this page/);
      // The title is not in the body, except as the name of a document the body quotes (《…》) or
      // as the subject line of a memorandum, which is part of the document ("SUBJECT: …"), or as a
      // clause of a news lede that tells the event the headline names ("4月18日，<title>。", also after
      // the speaker's office and before the lede goes on: "3月5日，省长<title>，…": the report itself,
      // not the heading repeated), or as the headline a wire feature's dateline gives
      // ("新华社南昌5月28日电 题：<title>", also with the reporters between: "…11月20日电（记者 甲）题：<title>":
      // part of the wire copy), or as a clause between commas of a sentence (a commentary's closing
      // call repeats its headline: "…紧迫感，<title>，坚决…"), or inside a sentence, after a word of it
      // (a theory article's "为<title>指明了方向", "在<title>的伟大实践中"). Read block by block: a
      // headline standing as a block of its own, or opening one, still fails.
      const title = norm(article.meta.title);
      const t = escapeRegExp(title);
      for (const b of article.blocks) {
        const quoted = norm(b.text)
          .replace(/《[^》]*》/g, '')
          .replace(new RegExp(`(?<=[^,。]{2},)${t}(?=,)`, 'g'), '')
          .replace(new RegExp(`(?<=\\d日,[^,。]{0,6})${t}(?=[,。])`, 'g'), '')
          .replace(new RegExp(`(?<=\\d日电(?:\\([^()]{0,30}\\))?题:)${t}`, 'g'), '')
          .replace(new RegExp(`(?<=[\\u4e00-\\u9fff])${t}`, 'g'), '')
          .replace(new RegExp(`SUBJECT[:：]${t}`, 'g'), '');
        expect(quoted).not.toContain(title);
      }
    });
  }
});
