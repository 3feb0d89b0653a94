/**
 * The classes of Chinese documents and 解读 pages session 31's dev set showed, counted over all golds, with
 * sentences written for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { zh } from './helpers';

const paragraphs = (ps: string[]) => findDirectives(plainArticle(ps, 'zh')).map((d) => [d.category, d.text]);

describe("a 解读's numbered question heading its section", () => {
  it('is a heading', () => {
    expect(paragraphs(['二、《细则》对哪些主体提出了要求？', '答复的正文在这里。'])).toEqual([
      ['heading', '二、《细则》对哪些主体提出了要求？'],
    ]);
    expect(paragraphs(['（三）下一步如何抓好落实？'])).toEqual([['heading', '（三）下一步如何抓好落实？']]);
  });
  it('a question of a Q&A, or one with no number, is not', () => {
    expect(paragraphs(['问：《细则》对哪些主体提出了要求？'])).toEqual([]);
    expect(paragraphs(['《细则》对哪些主体提出了要求？'])).toEqual([]);
  });
});

describe('a document\'s preamble, "为…，制定本方案。"', () => {
  it('is no directive, however many verbs of measures its purpose is told in', () => {
    expect(
      zh('为推动全市农贸市场提档升级，加快补齐便民服务短板，切实改善群众购物环境，着力提升城市品质，制定本方案。'),
    ).toEqual([]);
    expect(
      zh('为切实加强汛期安全管理，着力保障群众生命财产安全，加快补齐防汛短板，经市政府同意，现将有关事项通知如下：'),
    ).toEqual([]);
  });
  it('a measure after a purpose clause stays one', () => {
    const t = '为切实改善群众购物环境，各区要加快推进农贸市场提档升级。';
    expect(zh(t)).toEqual([['obligation', t]]);
  });
});
