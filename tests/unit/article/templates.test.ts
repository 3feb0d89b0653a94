/**
 * Metadata and page kinds on templates written for this test (not fixture pages): breadcrumbs
 * found by their shape, bylines, sources, editors, and video and 专题 pages that are no articles.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { documentFrom } from './helpers';

const URL_ = 'http://www.example-daily.cn/news/202506/t20250612_1234567.shtml';
const body = (n = 4) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>第${i + 1}段：市政府常务会议研究部署城市更新工作，要求各区加快老旧小区改造进度，切实保障群众住房安全，确保年底前完成全部改造任务。</p>`,
  ).join('');

const page = (header: string, extra = '', bodyHtml = body()) =>
  documentFrom(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>城市更新工作会议召开_示范日报</title>
<meta property="og:site_name" content="示范日报网">${extra}</head><body>
<div class="top"><a href="http://www.example-daily.cn/">首页</a> | <a href="http://www.example-daily.cn/search/">搜索</a> | <a href="http://www.example-daily.cn/login/">登录</a></div>
${header}
<div class="article-body">${bodyHtml}</div>
<div class="bottom"><p>责任编辑：周一鸣</p></div>
</body></html>`);

const meta = (doc: Document) => detectArticle(doc, URL_)!.meta;

describe('breadcrumbs by their shape', () => {
  it('links joined by » that climb the site; the menu of utilities is no breadcrumb', () => {
    const doc =
      page(`<div class="xw-nav-a"><a href="http://www.example-daily.cn/">示范日报网</a> » <a href="http://www.example-daily.cn/news/">新闻</a> » <a href="http://www.example-daily.cn/news/local/">本地</a></div>
<h1>城市更新工作会议召开</h1>`);
    expect(meta(doc).channel).toEqual(['示范日报网', '新闻', '本地']);
  });

  it('a 当前位置 label with a single link, and a trailing 正文', () => {
    const doc = page(
      `<div class="loc-x">您所在的位置：<a href="http://www.example-daily.cn/news/">新闻中心</a> &gt; 正文</div><h1>城市更新工作会议召开</h1>`,
    );
    expect(meta(doc).channel).toEqual(['新闻中心']);
  });

  it('not links that go down and up again, nor links to other sites', () => {
    const doc =
      page(`<div class="rel"><a href="http://www.example-daily.cn/news/local/a.html">本地</a> / <a href="http://www.example-daily.cn/">首页</a></div>
<div class="friends"><a href="http://www.other.cn/">友情链接一</a> / <a href="http://www.third.cn/">友情链接二</a></div><h1>城市更新工作会议召开</h1>`);
    expect(meta(doc).channel).toEqual([]);
  });
});

describe('bylines, sources and editors', () => {
  it('reporter names of a byline line, joined with 、; the source label; the 责任编辑', () => {
    const doc =
      page(`<h1>城市更新工作会议召开</h1><div class="info">2025-06-12 08:30　来源：<a href="http://paper.example-daily.cn/">示范日报</a>　<a href="javascript:print()">打印本页</a></div>
<p class="byline">本报记者 钱多多 孙小美</p>`);
    const m = meta(doc);
    expect(m.author).toBe('钱多多、孙小美');
    expect(m.source).toBe('示范日报');
    expect(m.editor).toBe('周一鸣');
  });

  it('a link to the comments after the source is no source (a portal template whose source selector takes links)', () => {
    const doc =
      documentFrom(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>城市更新工作会议召开-中新网</title></head><body>
<h1>城市更新工作会议召开</h1><div class="content_left_time">2025年06月12日 08:30　来源：中国新闻网　<a href="#comment">参与互动</a></div>
<div class="left_zw">${body()}</div></body></html>`);
    expect(detectArticle(doc, 'https://www.chinanews.com.cn/gn/2025/06-12/10400001.shtml')!.meta.source).toBe(
      '中国新闻网',
    );
  });

  it('a link of the breadcrumb trail is no source, also where the source selector matches the trail too', () => {
    // people.com.cn-style: the trail and the date line share a class that the source selector reads.
    for (const separator of ['&gt;&gt;', '›']) {
      const doc =
        documentFrom(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>城市更新工作会议召开--财经--人民网</title></head><body>
<div class="col-1-1 fl"><a href="http://www.people.com.cn/">人民网</a>${separator}<a href="http://finance.people.com.cn/">财经</a></div>
<div class="col-1 fl"><h1>城市更新工作会议召开</h1>
<div class="col-1-1 fl">2025年06月12日08:30&nbsp;|&nbsp;来源：<a href="http://paper.example.cn/">经济日报</a></div>
<div class="rm_txt_con">${body()}</div></div></body></html>`);
      expect(detectArticle(doc, 'http://finance.people.com.cn/n1/2025/0612/c1004-40000001.html')!.meta.source).toBe(
        '经济日报',
      );
    }
  });

  it('an affiliation in brackets is no part of the name; the dateline names the reporters', () => {
    const doc = page(`<h1>城市更新工作会议召开</h1><p class="zz">作者：何清（省社会科学院研究员）</p>`);
    expect(meta(doc).author).toBe('何清');
    const dated = page(
      `<h1>城市更新工作会议召开</h1>`,
      '',
      `<p>示范社北京6月12日电（记者 马力 陈曦）${body(1).slice(3)}${body(3)}`,
    );
    expect(meta(dated).author).toBe('马力、陈曦');
  });

  it('the newspaper of a print-edition date line, else the site', () => {
    const doc = page(`<h1>城市更新工作会议召开</h1><span class="ed">《示范日报》（2025年06月12日 第03版）</span>`);
    expect(meta(doc).source).toBe('示范日报');
    expect(meta(page('<h1>城市更新工作会议召开</h1>')).source).toBe('示范日报网');
  });

  it('a plain 编辑 only when no 责任编辑 is named, also when they are two lines', () => {
    const doc = page(`<h1>城市更新工作会议召开</h1><p>编辑：李小白</p>`);
    expect(meta(doc).editor).toBe('周一鸣');
  });

  it('traditional labels: 來源, 責任編輯, 發文字號 spaced out in a table', () => {
    const doc =
      documentFrom(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>關於加強供水管理的通知</title></head><body>
<table class="xxgk"><tr><td>發文機關：</td><td>某市人民政府辦公室</td></tr><tr><td>文　　號：</td><td>某政辦〔2025〕7號</td></tr></table>
<h1>關於加強供水管理的通知</h1><div class="date">2025-06-12　來源：某市人民政府網</div>
<div class="article-body">${Array.from({ length: 4 }, () => '<p>各區人民政府要切實加強城市供水設施巡查維護，確保居民用水安全穩定，及時處置各類突發事件。</p>').join('')}</div>
<div class="zr">責任編輯：林一</div></body></html>`);
    const m = detectArticle(doc, 'http://www.example.gov.cn/zwgk/202506/t20250612_7654321.html')!.meta;
    expect(m.source).toBe('某市人民政府網');
    expect(m.editor).toBe('林一');
    expect(m.issuer).toBe('某市人民政府辦公室');
    expect(m.docNumber).toBe('某政辦〔2025〕7號');
  });

  it('a ministry table names the issuer 发布机关', () => {
    const doc =
      documentFrom(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好汛期供水保障的通知</title></head><body>
<table class="xxgk_info"><tr><td>索 引 号：</td><td>000013/2025-00018</td><td>发布机关：</td><td>某部办公厅</td></tr><tr><td>文　　号：</td><td>某办〔2025〕3号</td></tr></table>
<h1>关于做好汛期供水保障的通知</h1><div class="info">来源：某司</div>
<div class="article-body">${body()}</div></body></html>`);
    const m = detectArticle(doc, 'http://www.example.gov.cn/xxgk/202506/t20250612_7654322.html')!.meta;
    expect(m.issuer).toBe('某部办公厅');
    expect(m.docNumber).toBe('某办〔2025〕3号');
  });
});

describe('pages that are no articles', () => {
  it('a video page: a player, a caption of a few sentences, a list of other videos', () => {
    const doc =
      documentFrom(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>[晚间新闻]多地迎来强降雨</title></head><body>
<div class="vplay"><div id="videoPlayerBox" class="player-wrap"><video src="https://v.example.cn/1.mp4"></video></div></div>
<h1>[晚间新闻]多地迎来强降雨</h1>
<div class="vdesc"><p>6月11日以来，南方多地出现强降雨过程。防汛部门要求，各地要加强巡查，及时转移受威胁群众，严防次生灾害。目前各地防汛工作有序开展。</p></div>
<ul class="more">${Array.from({ length: 8 }, (_, i) => `<li><a href="https://tv.example.cn/2025/06/1${i}/VIDE${i}.shtml"><img src="t.jpg"><p>[午间新闻]要把防汛责任落实到每个环节之${i}</p></a></li>`).join('')}</ul>
</body></html>`);
    expect(detectArticle(doc, 'https://tv.example.cn/2025/06/12/VIDEabc123.shtml')).toBeNull();
  });

  it('a video in a full article does not make a video page', () => {
    const doc = page(
      '<h1>城市更新工作会议召开</h1><div id="player1" class="video-player"><video></video></div>',
      '',
      body(6),
    );
    expect(detectArticle(doc, URL_)).not.toBeNull();
  });

  it('a 专题 landing page: a banner, a short introduction and lists of headlines', () => {
    const list = (name: string) =>
      `<div class="col"><h3>${name}</h3><ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="https://www.example.gov.cn/zhengce/2025-06/1${i}/content_10${i}.htm">关于进一步做好${name}工作的通知（第${i}号）</a><span>2025-06-1${i}</span></li>`).join('')}</ul></div>`;
    const doc =
      documentFrom(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>优化营商环境专题</title></head><body>
<div class="banner"><h1>优化营商环境</h1></div>
<div class="intro"><p>优化营商环境是激发市场活力的重要举措。本专题汇集有关政策文件、解读和各地经验做法。</p></div>
${list('政策文件')}${list('政策解读')}${list('地方动态')}
</body></html>`);
    expect(detectArticle(doc, 'https://www.example.gov.cn/zhuanti/yshj2025/index.htm')).toBeNull();
    expect(detectArticle(doc, 'https://www.example.gov.cn/zhuanti/yshj2025/')).toBeNull();
    // also at an address of no index shape: the lists of headlines decide
    expect(detectArticle(doc, 'https://www.example.gov.cn/zhuanti/2025-06/12/content_5566.htm')).toBeNull();
  });
});

describe('BIG5 pages', () => {
  it('decode by their meta charset (people.com.cn serves every page also under /BIG5/)', async () => {
    const { decodeHtml } = await import('@/utils/article/parse');
    const big5 = new Uint8Array([
      ...new TextEncoder().encode(
        '<html><head><meta http-equiv="content-type" content="text/html;charset=big5"></head><body>',
      ),
      // 必須 (0xA5B2 0xB6B7) in BIG5
      0xa5,
      0xb2,
      0xb6,
      0xb7,
      ...new TextEncoder().encode('</body></html>'),
    ]);
    expect(decodeHtml(big5)).toContain('必須');
  });
});
