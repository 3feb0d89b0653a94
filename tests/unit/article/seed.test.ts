import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { loadGold, loadPage, metaMismatches } from './helpers';
import { blockDomText } from '@/utils/article/blocks';
import { sameShownText } from '@/utils/article/line-breaks';

describe('seed page (people.com.cn 2017, old template)', () => {
  for (const page of ['people-2017-tongzhan.html', 'people-2017-tongzhan.gbk.html']) {
    it(`${page}: metadata equals the gold`, () => {
      const gold = loadGold(page);
      const article = detectArticle(loadPage(page), gold.url);
      expect(article).not.toBeNull();
      expect(metaMismatches(gold.article!, article!.meta)).toEqual([]);
      expect(article!.meta.title).toBe('提能善为 着力提高湖北统战工作科学化水平');
      expect(article!.meta.published).toBe('2017-03-11T22:22:00+08:00');
    });

    it(`${page}: blocks are the body only, text joins them with newlines`, () => {
      const gold = loadGold(page);
      const article = detectArticle(loadPage(page), gold.url)!;
      expect(article.root.getAttribute('id')).toBe('rwb_zw');
      expect(article.blocks).toHaveLength(28);
      expect(article.text).toBe(article.blocks.map((b) => b.text).join('\n'));
      for (const b of article.blocks) {
        expect(sameShownText(b.text, blockDomText(b), b.asides)).toBe(true);
        expect(article.text.slice(b.start, b.start + b.text.length)).toBe(b.text);
      }
      expect(article.text).not.toContain('编辑');
      expect(article.text).not.toContain('关键词');
      expect(article.text).not.toContain('相关新闻');
      expect(article.text).not.toContain('排行榜');
      const headings = article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text.trim());
      expect(headings).toHaveLength(3);
      expect(headings[0]).toMatch(/^一、/);
    });

    it(`${page}: every gold directive lies inside the article text`, () => {
      const gold = loadGold(page);
      const article = detectArticle(loadPage(page), gold.url)!;
      const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
      const text = squash(article.text);
      for (const d of gold.directives) expect(text).toContain(squash(d.text));
    });
  }
});
