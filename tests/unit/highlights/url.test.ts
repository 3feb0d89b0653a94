import { describe, expect, it } from 'vitest';
import { normalizePageUrl, registrableDomain, siteOf } from '@/utils/highlights/url';

describe('normalizePageUrl', () => {
  it('drops the fragment and an empty query', () => {
    expect(normalizePageUrl('http://politics.people.com.cn/n1/2024/0101/c1001-1.html?#comments')).toBe(
      'http://politics.people.com.cn/n1/2024/0101/c1001-1.html',
    );
  });

  it('drops well-known tracking parameters and keeps the rest, sorted', () => {
    expect(
      normalizePageUrl(
        'https://www.news.cn/politics/a.htm?utm_source=wx&b=2&spm=a.b.c&fbclid=X&a=1&gclid=Y&mc_cid=1&_hsenc=z&isappinstalled=0&share_token=t',
      ),
    ).toBe('https://www.news.cn/politics/a.htm?a=1&b=2');
  });

  it('keeps ambiguous or meaningful parameters (wd, ref, id, page)', () => {
    expect(normalizePageUrl('https://www.baidu.com/s?wd=%E7%BB%9F%E6%88%98&ref=x&page=2&id=9')).toBe(
      'https://www.baidu.com/s?id=9&page=2&ref=x&wd=%E7%BB%9F%E6%88%98',
    );
  });

  it('drops from= only when it carries a share value', () => {
    expect(normalizePageUrl('http://www.gov.cn/zhengce/a.htm?from=singlemessage')).toBe(
      'http://www.gov.cn/zhengce/a.htm',
    );
    expect(normalizePageUrl('http://www.gov.cn/zhengce/a.htm?from=timeline&isappinstalled=0')).toBe(
      'http://www.gov.cn/zhengce/a.htm',
    );
    expect(normalizePageUrl('http://example.com/list?from=20')).toBe('http://example.com/list?from=20');
  });

  it('drops WeChat share parameters only on mp.weixin.qq.com', () => {
    expect(
      normalizePageUrl(
        'https://mp.weixin.qq.com/s?__biz=MzA&mid=265&idx=1&sn=abc&chksm=8a&scene=21&sharer_shareid=1&clicktime=1#wechat_redirect',
      ),
    ).toBe('https://mp.weixin.qq.com/s?__biz=MzA&idx=1&mid=265&sn=abc');
    expect(normalizePageUrl('https://example.com/game?scene=3&key=k')).toBe('https://example.com/game?key=k&scene=3');
  });

  it('keeps repeated parameters in their original relative order', () => {
    expect(normalizePageUrl('https://example.com/p?tag=b&x=1&tag=a')).toBe('https://example.com/p?tag=b&tag=a&x=1');
  });

  it('keeps valueless parameters as written', () => {
    expect(normalizePageUrl('https://example.com/p?print&utm_medium=x')).toBe('https://example.com/p?print');
  });

  it('lower-cases the host, drops the default port and credentials, keeps the path case', () => {
    expect(normalizePageUrl('HTTP://User:pw@WWW.People.COM.CN:80/N1/Index.HTML')).toBe(
      'http://www.people.com.cn/N1/Index.HTML',
    );
    expect(normalizePageUrl('https://example.com:443/a')).toBe('https://example.com/a');
    expect(normalizePageUrl('https://example.com:8443/a')).toBe('https://example.com:8443/a');
  });

  it('uses a same-site canonical link', () => {
    expect(
      normalizePageUrl(
        'http://m.people.com.cn/n4/2024/0101/c1-2.html?from=groupmessage',
        'http://politics.people.com.cn/n1/2024/0101/c1001-2.html#x',
      ),
    ).toBe('http://politics.people.com.cn/n1/2024/0101/c1001-2.html');
  });

  it('resolves a relative canonical link against the page', () => {
    expect(normalizePageUrl('https://www.gov.cn/zhengce/content/a.htm?utm_source=x', '/zhengce/content/b.htm')).toBe(
      'https://www.gov.cn/zhengce/content/b.htm',
    );
  });

  it('ignores a cross-site, non-http or home-page canonical', () => {
    const page = 'https://www.gov.cn/zhengce/a.htm';
    expect(normalizePageUrl(page, 'https://www.people.com.cn/zhengce/a.htm')).toBe(page);
    expect(normalizePageUrl(page, 'https://evil.cn/zhengce/a.htm')).toBe(page);
    expect(normalizePageUrl(page, 'javascript:alert(1)')).toBe(page);
    expect(normalizePageUrl(page, 'https://www.gov.cn/')).toBe(page);
    expect(normalizePageUrl(page, '')).toBe(page);
    expect(normalizePageUrl(page, null)).toBe(page);
    expect(normalizePageUrl(page, 'http://[bad')).toBe(page);
  });

  it('treats two .com.cn sites as different sites', () => {
    const page = 'http://www.people.com.cn/a.html';
    expect(normalizePageUrl(page, 'http://www.xinhua.com.cn/a.html')).toBe(page);
  });

  it('never throws on non-http or malformed input', () => {
    expect(normalizePageUrl('not a url#frag')).toBe('not a url');
    expect(normalizePageUrl('file:///tmp/a.html#x')).toBe('file:///tmp/a.html');
    expect(normalizePageUrl('  https://example.com/a  ')).toBe('https://example.com/a');
    expect(normalizePageUrl('https://example.com/a?q=%E0%A4%A')).toBe('https://example.com/a?q=%E0%A4%A');
  });

  it('is idempotent', () => {
    const urls = [
      'https://www.news.cn/a.htm?z=1&utm_campaign=x&a=%20b#f',
      'https://mp.weixin.qq.com/s?sn=1&__biz=2&scene=1',
      'http://example.com/?b&a=1',
    ];
    for (const url of urls) {
      const once = normalizePageUrl(url);
      expect(normalizePageUrl(once)).toBe(once);
    }
  });
});

describe('registrableDomain', () => {
  it('keeps three labels under public second-level suffixes', () => {
    expect(registrableDomain('politics.people.com.cn')).toBe('people.com.cn');
    expect(registrableDomain('www.gov.cn')).toBe('gov.cn');
    expect(registrableDomain('www.beijing.gov.cn')).toBe('beijing.gov.cn');
    expect(registrableDomain('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('www.news.cn')).toBe('news.cn');
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
  });

  it('keeps apart the sites of different owners under a shared hosting suffix', () => {
    // Anyone can publish at <name>.github.io: one such page naming another's as its canonical link
    // had the reader's highlights of that page loaded and painted for it (the CSS.highlights
    // registry lets the page read which passages), and a compromised content script could edit them.
    expect(registrableDomain('attacker.github.io')).toBe('attacker.github.io');
    expect(registrableDomain('docs.victim.github.io')).toBe('victim.github.io');
    expect(registrableDomain('someone.blogspot.com')).toBe('someone.blogspot.com');
    expect(registrableDomain('bucket.s3.amazonaws.com')).toBe('bucket.s3.amazonaws.com');
    expect(registrableDomain('app.netlify.app')).toBe('app.netlify.app');
    expect(registrableDomain('github.io')).toBe('github.io');
    expect(normalizePageUrl('https://attacker.github.io/x', 'https://victim.github.io/notes/post.html')).toBe(
      'https://attacker.github.io/x',
    );
    expect(normalizePageUrl('https://victim.github.io/x', 'https://victim.github.io/notes/post.html')).toBe(
      'https://victim.github.io/notes/post.html',
    );
  });
});

describe('siteOf', () => {
  it('returns the host without www.', () => {
    expect(siteOf('http://www.people.com.cn/a')).toBe('people.com.cn');
    expect(siteOf('https://Politics.People.com.cn/a')).toBe('politics.people.com.cn');
    expect(siteOf('https://wwwx.example.com/')).toBe('wwwx.example.com');
    expect(siteOf('garbage')).toBe('');
  });
});
