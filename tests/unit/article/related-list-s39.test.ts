/**
 * A related-articles box named by the pinyin initials of 相关文章 ("xgwz", as "xgxw" 相关新闻 and "xglj" 相关链接 are)
 * is page furniture: its headlines with their dates ("着力解决“四风”问题　2013-07-16") are no text of the article.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { documentFrom } from './helpers';

const PARAS = [
  '开展党的群众路线教育实践活动，是党中央作出的重大决策，是顺应群众期盼、加强学习型服务型创新型马克思主义执政党建设的重大部署。',
  '从一些单位的实践看，凡是活动开展扎实的地方，干部精神面貌明显改善，工作效率明显提高，群众满意度也随之上升。',
  '需要指出的是，作风问题具有顽固性和反复性，不可能通过一次活动就一劳永逸地解决，教育实践活动只是改进作风的一个新起点。',
];
const page = (box: string) =>
  documentFrom(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>坚持走群众路线</title></head>
  <body><h1>坚持走群众路线</h1><div class="content">${PARAS.map((p) => `<p>${p}</p>`).join('')}
  ${box}</div></body></html>`);
const URL = 'http://www.qstheory.cn/zxdk/2013/201315/201307/t20130729_253611.htm';

describe('a related-articles box (class xgwz)', () => {
  it('is left out of the body', () => {
    const a = detectArticle(
      page(`<div class="xgwz"><h3>相关文章</h3><ul>
      <li><a href="./a.htm">党的群众路线教育实践活动的重大意义</a>　<span>2013-07-31</span></li>
      <li><a href="./b.htm">着力解决“四风”问题</a>　<span>2013-07-16</span></li></ul></div>`),
      URL,
    )!;
    expect(a.blocks.map((b) => b.text).filter((t) => t.includes('2013-07'))).toEqual([]);
    expect(a.blocks.some((b) => b.text.includes('需要指出的是'))).toBe(true);
  });
});
