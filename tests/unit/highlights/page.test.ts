// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageIdentity } from '@/utils/highlights/page';

describe('pageIdentity', () => {
  it('uses the canonical link on the same site and strips tracking parameters', () => {
    document.head.replaceChildren();
    document.title = '  标题\n 二  ';
    const link = document.createElement('link');
    link.rel = 'canonical';
    link.href = 'http://www.gov.cn/zhengce/a.htm';
    document.head.append(link);
    expect(pageIdentity(document, 'http://www.gov.cn/zhengce/a.htm?utm_source=x#top')).toEqual({
      url: 'http://www.gov.cn/zhengce/a.htm',
      title: '标题 二',
      site: 'gov.cn',
    });
  });
});
