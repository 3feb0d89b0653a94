import { describe, expect, test } from 'vitest';
import { addSite, parseHostInput } from '@/utils/library/sites';

describe('site input', () => {
  test('host names and pasted URLs give the lower-cased host', () => {
    expect(parseHostInput(' WWW.Gov.CN ')).toBe('www.gov.cn');
    expect(parseHostInput('https://www.news.cn/politics/a.htm?x=1#y')).toBe('www.news.cn');
    expect(parseHostInput('people.com.cn/n1/2024')).toBe('people.com.cn');
    expect(parseHostInput('localhost:8080')).toBe('localhost');
    expect(parseHostInput('example.org.')).toBe('example.org');
  });

  test('internationalized names become punycode', () => {
    expect(parseHostInput('中国政府.政务')).toMatch(/^xn--/);
  });

  test('junk is refused', () => {
    for (const bad of ['', '   ', 'a..b', 'has space.com', '<script>', 'javascript:alert(1)', 'x'.repeat(300)])
      expect(parseHostInput(bad)).toBeNull();
  });

  test('adding keeps one sorted copy', () => {
    expect(addSite(['b.cn', 'a.cn'], 'b.cn')).toEqual(['a.cn', 'b.cn']);
  });
});
