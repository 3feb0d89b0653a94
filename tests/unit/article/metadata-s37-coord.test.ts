/**
 * Metadata classes seen on the held-out batch 49 once it joined the fixtures (made-up pages of the same shapes):
 * a template's menu under a trail's selector, and a policy page whose <title> adds the document number.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { documentFrom } from './helpers';

const zhBody = [
  '各地要加强城市管理执法队伍建设，严格规范执法程序，做到文明执法、公正执法。',
  '执法人员不得辱骂、殴打当事人，不得随意没收当事人物品，违者一律调离执法岗位。',
  '市城管局将定期通报各区执法情况，并向社会公开投诉电话，接受群众监督。',
  '各区要在今年年底前完成执法记录仪配备工作，实现执法全过程记录。',
]
  .map((t) => `<p>${t}</p>`)
  .join('');

describe('a menu under a trail selector', () => {
  const nav = ['首页', '国内', '国际', '社会', '港澳', '台湾', '华人', '经济', '财经', '地方', '图片', '视频']
    .map((n, i) => `<a href="http://www.chinanews.com/c${i}/">${n}</a>`)
    .join(' ');
  it('is passed over for the trail printed below it', () => {
    const doc = documentFrom(
      `<html><head><meta charset="utf-8"><title>郑州出台城管执法规定-中新网</title></head><body><div id="nav">${nav}</div>` +
        `<div id="cont_1_1_2"><div class="left_dh"><a href="http://www.chinanews.com/">首页</a> → <a href="http://www.chinanews.com/df/">地方新闻</a> → 正文</div>` +
        `<h1>郑州出台城管执法规定</h1><div class="left_t">2010年05月12日 10:15　来源：中国新闻网</div><div class="left_zw">${zhBody}</div></div></body></html>`,
    );
    const meta = detectArticle(doc, 'http://www.chinanews.com/df/news/2010/05-12/2276543.shtml')?.meta;
    expect(meta?.channel).toEqual(['首页', '地方新闻']);
  });
});

describe("a policy page's title box", () => {
  const page = (box: string) =>
    documentFrom(
      `<html><head><meta charset="utf-8"><title>国务院办公厅关于推进社区居家养老服务发展的意见（国办发〔2019〕27号）_政府信息公开专栏</title></head><body>` +
        `<table class="bd1"><tr><td><b>${box}</b></td><td>国务院办公厅关于推进社区居家养老服务发展的意见</td></tr>` +
        `<tr><td><b>发文字号：</b></td><td>国办发〔2019〕27号</td></tr><tr><td><b>发布日期：</b></td><td>2019年06月14日</td></tr></table>` +
        `<div class="pages_content"><p style="text-align:center"><strong>国务院办公厅关于推进社区居家养老服务发展的意见</strong></p>${zhBody}</div></body></html>`,
    );
  const url = 'https://www.gov.cn/zhengce/content/2019-06/14/content_5400001.htm';
  it('gives the title without the number the <title> adds', () =>
    expect(detectArticle(page('标　　题：'), url)?.meta.title).toBe('国务院办公厅关于推进社区居家养老服务发展的意见'));
  it('without a box, the <title> as before', () =>
    expect(detectArticle(page('主　　题：'), url)?.meta.title).toBe(
      '国务院办公厅关于推进社区居家养老服务发展的意见（国办发〔2019〕27号）',
    ));
});
