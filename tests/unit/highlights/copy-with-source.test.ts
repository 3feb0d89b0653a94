import { describe, expect, it } from 'vitest';
import { copyWithSourceText } from '@/utils/highlights/copy-with-source';

const PAGE = { url: 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html' };

describe('copyWithSourceText', () => {
  it('puts the quote, then title, source, day and url', () => {
    expect(
      copyWithSourceText('  统战工作  ', {
        title: '提能善为',
        source: '荆楚统战',
        published: '2017-03-11T22:22:00+08:00',
        url: PAGE.url,
      }),
    ).toBe(`统战工作\n— 提能善为, 荆楚统战, 2017-03-11, ${PAGE.url}`);
  });

  it('leaves out missing parts', () => {
    expect(copyWithSourceText('q', { title: '', source: null, published: null, url: 'http://a.gov.cn/' })).toBe(
      'q\n— http://a.gov.cn/',
    );
  });
});
