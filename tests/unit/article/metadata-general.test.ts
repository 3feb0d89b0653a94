/**
 * Metadata rules written once for every site, each class on made-up wording of no real portal:
 * a rule that knew one portal's words would fail here.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '@/utils/article/byline';
import { detectArticle } from '@/utils/article/detect';
import { documentFrom, prose } from './helpers';

const title = '某市推进社区嵌入式服务设施建设';
function chinesePage(header: string, body = prose(6)): Document {
  return documentFrom(
    `<html><head><title>${title}</title></head><body><div class="main"><h1>${title}</h1>${header}<div class="content">${body}</div></div></body></html>`,
  );
}
const detect = (doc: Document, n = 1) => detectArticle(doc, `https://news.example.cn/2026/0310/c${n}.html`)?.meta;

describe('the outlet before a reporter’s role word, whichever outlet', () => {
  it.each([
    ['某某晚报记者 李明远', '李明远'],
    ['东湖新闻网特约通讯员 许卫东', '许卫东'],
    ['某某广播电视台见习记者　欧阳明', '欧阳明'],
    ['某某周刊实习生 唐小雪 摄', '唐小雪'],
  ])('cleanAuthor(%s) is %s', (raw, name) => {
    expect(cleanAuthor(raw)).toBe(name);
  });
  it('reads the names of an author element that opens with any outlet', () => {
    const doc = chinesePage('<p class="author">某某晚报记者 李明远 唐小雪</p>');
    expect(detect(doc)?.author).toBe('李明远、唐小雪');
  });
  it('keeps an outlet’s signature as the author ("某某日报评论员")', () => {
    expect(cleanAuthor('某某日报评论员')).toBe('某某日报评论员');
    expect(cleanAuthor('本报评论员')).toBe('本报评论员');
    const doc = chinesePage('<p class="author">某某网评论员</p>');
    expect(detect(doc, 2)?.author).toBe('某某网评论员');
  });
});
