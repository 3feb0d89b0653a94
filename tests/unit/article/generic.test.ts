import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { detectArticle } from '@/utils/article/detect';
import { looksLikeArticle } from '@/utils/article/looks-like-article';
import { isArticleUrl, isIndexUrl, isSearchUrl } from '@/utils/article/page-url';
import { extractBlocks } from '@/utils/article/blocks';
import { readJsonLd, jsonLdArticle } from '@/utils/article/meta';
import { documentFrom, loadGold, loadPage, metaMismatches } from './helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR } from './helpers';
import { blockDomText } from '@/utils/article/blocks';
import { sameShownText } from '@/utils/article/line-breaks';

const prose = (n: number, seed = '') =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>${seed}第${i + 1}段：各地区各部门要认真贯彻落实会议精神，结合实际细化工作措施，确保各项任务按期完成，推动工作取得实效。</p>`,
  ).join('\n');

describe('generic path (no site adapter)', () => {
  it('reads JSON-LD NewsArticle inside @graph, Open Graph and article:tag', () => {
    const doc =
      documentFrom(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Site name | 某市召开优化营商环境大会</title>
      <meta property="og:title" content="某市召开优化营商环境大会 - 某市新闻网">
      <meta property="article:tag" content="营商环境"><meta property="article:tag" content="改革">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"某市新闻网"},
        {"@type":"NewsArticle","headline":"某市召开优化营商环境大会","datePublished":"2024-02-01T09:00:00+08:00","author":[{"@type":"Person","name":"陈晨"}]},
        {"@type":"BreadcrumbList","itemListElement":[{"position":2,"name":"要闻"},{"position":1,"name":"首页"}]}]}</script>
      </head><body><div class="top"><a href="/">首页</a></div><h1>某市召开优化营商环境大会</h1>
      <div class="story">${prose(5)}</div><div class="foot">版权所有</div></body></html>`);
    const a = detectArticle(doc, 'https://news.example.com/a/20240201/123456.html')!;
    expect(a).not.toBeNull();
    expect(a.meta.title).toBe('某市召开优化营商环境大会');
    expect(a.meta.published).toBe('2024-02-01T09:00:00+08:00');
    expect(a.meta.author).toBe('陈晨');
    expect(a.meta.keywords).toEqual(['营商环境', '改革']);
    expect(a.meta.channel).toEqual(['首页', '要闻']);
    expect(a.meta.language).toBe('zh');
    expect(a.root.getAttribute('class')).toBe('story');
    expect(a.blocks).toHaveLength(5);
  });

  it('reads meta names and labelled lines near the title', () => {
    const doc = documentFrom(`<html><head><title>关于做好防汛工作的通知</title>
      <meta name="PubDate" content="2024-05-06"><meta name="keywords" content="防汛，安全"></head><body>
      <div class="location">当前位置：首页 &gt; 通知公告 &gt; 正文</div>
      <div class="tit">关于做好防汛工作的通知</div>
      <div class="xx">发布时间：2024-05-06 15:40　　来源：市应急管理局　　作者：办公室</div>
      <div class="wz">${prose(4)}<p>（责任编辑：周周）</p></div></body></html>`);
    const a = detectArticle(doc, 'https://www.example.org/tzgg/202405/t20240506_998877.html')!;
    expect(a.meta.title).toBe('关于做好防汛工作的通知');
    expect(a.meta.published).toBe('2024-05-06T15:40:00+08:00');
    expect(a.meta.source).toBe('市应急管理局');
    expect(a.meta.author).toBe('办公室');
    expect(a.meta.editor).toBe('周周');
    expect(a.meta.keywords).toEqual(['防汛', '安全']);
    expect(a.meta.channel).toEqual(['首页', '通知公告']);
    expect(a.text).not.toContain('责任编辑');
  });

  it('finds an English body by score and reads article:published_time', () => {
    const para = (i: number) =>
      `<p>Paragraph ${i}: the department will publish updated guidance for schools and local authorities, and it expects every provider to review its procedures before the start of the next term.</p>`;
    const doc = documentFrom(`<html lang="en"><head><title>New school guidance | Example</title>
      <meta property="og:type" content="article"><meta property="article:published_time" content="2024-09-01T08:00:00Z"></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><h1>New school guidance</h1>
      <div class="wrap"><div class="col">${[1, 2, 3, 4].map(para).join('')}</div></div>
      <aside><ul><li><a href="/x">A related story about schools and the new guidance this year</a></li></ul></aside></main></body></html>`);
    const a = detectArticle(doc, 'https://example.com/news/new-school-guidance')!;
    expect(a.meta.language).toBe('en');
    expect(Date.parse(a.meta.published!)).toBe(Date.UTC(2024, 8, 1, 8));
    expect(a.root.getAttribute('class')).toBe('col');
    expect(a.blocks).toHaveLength(4);
  });

  it('returns null for a home page even at an article-like URL (content decides)', () => {
    const doc = loadPage('people-home.html');
    expect(detectArticle(doc, 'http://www.people.com.cn/n1/2024/0105/c1001-40150000.html')).toBeNull();
  });

  it('returns null for search results at a URL that does not say "search"', () => {
    const gold = loadGold('govcn-policy-list.html');
    expect(detectArticle(loadPage('govcn-policy-list.html'), gold.url)).toBeNull();
  });

  it('returns null for a page with a title and no body', () => {
    const doc = documentFrom(
      '<html><head><title>空页面</title></head><body><h1>空页面</h1><p>暂无内容</p></body></html>',
    );
    expect(detectArticle(doc, 'https://example.com/a/1.html')).toBeNull();
  });

  it('works on a happy-dom (browser-like) Document as on linkedom', () => {
    const html = readFileSync(join(PAGES_DIR, 'xinhua-2024-nongtian.html'), 'utf8');
    const window = new Window({ url: 'https://www.news.cn/' });
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const gold = loadGold('xinhua-2024-nongtian.html');
    const a = detectArticle(doc, gold.url)!;
    expect(a).not.toBeNull();
    expect(metaMismatches(gold.article!, a.meta)).toEqual([]);
    const viaLinkedom = detectArticle(loadPage('xinhua-2024-nongtian.html'), gold.url)!;
    expect(a.text).toBe(viaLinkedom.text);
    window.close();
  });
});

describe('JSON-LD reading', () => {
  it('flattens arrays and @graph and survives broken blocks', () => {
    const doc = documentFrom(`<html><head>
      <script type="application/ld+json">{ broken</script>
      <script type="application/ld+json">[{"@type":"Organization"},{"@graph":[{"@type":["Article"],"headline":"H"}]}]</script>
      </head><body></body></html>`);
    const items = readJsonLd(doc);
    expect(items.length).toBe(3);
    expect(jsonLdArticle(items)?.['headline']).toBe('H');
  });
});

describe('cheap pre-check and URL shapes', () => {
  it('recognises article URLs of the portals', () => {
    for (const url of [
      'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html',
      'http://www.xinhuanet.com/politics/2024-01/05/c_1130045678.htm',
      'https://www.news.cn/politics/20240105/3f8e1c2a9b7d4e6f8a0b1c2d3e4f5a6b/c.html',
      'https://www.gov.cn/zhengce/content/202401/content_6925432.htm',
      'https://www.chinanews.com.cn/gn/2024/01-08/10142345.shtml',
      'https://news.cctv.com/2024/01/09/ARTIk3bQmXn5Y0aZ3c1pX7Rf240109.shtml',
      'https://politics.gmw.cn/2024-01/05/content_37071234.htm',
      'https://www.zj.gov.cn/art/2024/1/15/art_1229019364_2512345.html',
      'https://www.beijing.gov.cn/zhengce/zhengcefagui/202401/t20240105_3525678.html',
    ])
      expect(isArticleUrl(url), url).toBe(true);
  });

  it('takes a title-named folder (whitehouse.gov 2017–2021, no date in the address) for a page, not a channel', () => {
    for (const url of [
      'https://www.whitehouse.gov/presidential-actions/executive-order-promoting-energy-infrastructure-economic-growth/',
      'https://www.whitehouse.gov/briefings-statements/statement-press-secretary-regarding-federal-workforce/',
      'https://www.whitehouse.gov/articles/president-signs-bill-to-expand-rural-broadband/',
    ])
      expect(isIndexUrl(url), url).toBe(false);
    for (const url of [
      'https://www.whitehouse.gov/presidential-actions/',
      'https://www.whitehouse.gov/presidential-actions/executive-orders/',
      'https://www.whitehouse.gov/briefing-room/statements-releases/',
      'https://news.cctv.com/china/',
    ])
      expect(isIndexUrl(url), url).toBe(true);
  });

  it('recognises index and search URLs', () => {
    expect(isIndexUrl('http://www.people.com.cn/')).toBe(true);
    expect(isIndexUrl('http://dangpai.people.com.cn/GB/117259/index.html')).toBe(true);
    expect(isIndexUrl('https://www.gov.cn/zhengce/')).toBe(true);
    expect(isIndexUrl('https://www.whitehouse.gov/presidential-actions/2025/03/some-order/')).toBe(false);
    expect(isSearchUrl('https://sousuo.www.gov.cn/sousuo/search.shtml?searchWord=x')).toBe(true);
    expect(isSearchUrl('https://www.example.com/list?q=abc')).toBe(true);
    expect(isSearchUrl('https://www.gov.cn/zhengce/content/202401/content_6925432.htm')).toBe(false);
  });

  it('says no for home, list and search pages', () => {
    for (const page of ['people-home.html', 'govcn-search.html']) {
      expect(looksLikeArticle(loadPage(page), loadGold(page).url), page).toBe(false);
    }
  });
});

describe('documents kept as the index file of a numbered folder (session 34)', () => {
  // A CMS of numbered folders (hebei.gov.cn): columns and documents alike end in /index.html.
  const DOC_URL = 'http://www.example.gov.cn/prov/14462058/14471802/14471750/15039866/index.html';
  const COLUMN_URL = 'http://www.example.gov.cn/prov/14462058/14471802/14471750/index.html';
  const head =
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某省人民政府关于做好秋冬季大气污染防治工作的通告</title></head><body>';
  const article = documentFrom(
    `${head}<div class="position"><a href="/">首页</a> &gt; <a href="/prov/14462058/14471802/index.html">政务公开</a></div>
<h1>某省人民政府关于做好秋冬季大气污染防治工作的通告</h1><div class="content">${prose(6)}</div></body></html>`,
  );
  const column = documentFrom(
    `${head}<h1>省政府文件</h1><ul class="list">${Array.from({ length: 12 }, (_, i) => `<li><a href="/prov/14462058/14471802/14471750/1503986${i}/index.html">某省人民政府关于做好第${i}项重点工作的通知</a><span>2020-09-2${i % 10}</span></li>`).join('')}</ul></body></html>`,
  );

  it('an index file three numbered folders deep is left to the content', () => {
    expect(isIndexUrl(DOC_URL)).toBe(false);
    expect(detectArticle(article, DOC_URL)?.meta.title).toBe('某省人民政府关于做好秋冬季大气污染防治工作的通告');
    expect(looksLikeArticle(article, DOC_URL)).toBe(true);
  });

  it('its columns, at the same kind of address, are still no article: their lists decide', () => {
    expect(detectArticle(column, COLUMN_URL)).toBeNull();
    expect(detectArticle(column, DOC_URL)).toBeNull();
  });

  it('shallower numbered columns and named folders stay ruled out by the address', () => {
    expect(isIndexUrl('http://dangpai.people.com.cn/GB/117259/index.html')).toBe(true);
    expect(isIndexUrl('http://society.people.com.cn/GB/8217/453601/index.html')).toBe(true);
    expect(isIndexUrl('https://www.news.cn/legal/index.htm')).toBe(true);
    expect(detectArticle(article, 'http://www.example.gov.cn/prov/14462058/14471802/index.html')).toBeNull();
  });
});

describe('block extraction invariants (property)', () => {
  it('offsets index the joined text and each text is the node text', () => {
    const piece = fc.oneof(
      fc.constantFrom('要加强', '不得', 'shall', '　', ' ', '，', '。', '\n', '统战'),
      fc.string({ maxLength: 6 }).map((s) => s.replace(/[<>&]/g, '')),
    );
    const para = fc.array(piece, { minLength: 0, maxLength: 8 }).map((xs) => xs.join(''));
    const shape = fc.constantFrom('p', 'li', 'h2', 'div');
    fc.assert(
      fc.property(fc.array(fc.tuple(shape, para), { maxLength: 12 }), (items) => {
        const inner = items
          .map(([tag, text]) => (tag === 'li' ? `<ul><li>${text}</li></ul>` : `<${tag}>${text}</${tag}>`))
          .join('');
        const doc = documentFrom(`<html><body><div id="root">${inner}</div></body></html>`);
        const root = doc.getElementById('root')!;
        const { blocks, text } = extractBlocks(root);
        expect(text).toBe(blocks.map((b) => b.text).join('\n'));
        let expectedStart = 0;
        for (const b of blocks) {
          expect(b.start).toBe(expectedStart);
          expect(sameShownText(b.text, blockDomText(b), b.asides)).toBe(true);
          expect(b.text.trim()).not.toBe('');
          expectedStart += b.text.length + 1;
        }
      }),
    );
  });
});
