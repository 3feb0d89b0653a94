/**
 * The reporters' role words (BYLINE_ROLES in text.ts) are one table that every byline reader takes
 * them from: a role word between names is no name wherever the names are read.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '@/utils/article/byline';
import { detectArticle } from '@/utils/article/detect';
import { BYLINE_ROLES } from '@/utils/article/field-labels';
import { documentFrom, prose } from './helpers';

const title = '某县多措并举推动秋粮颗粒归仓';
function page(header: string, firstParagraph = ''): Document {
  return documentFrom(
    `<html><head><title>${title}</title></head><body><div class="main"><h1>${title}</h1>${header}<div class="content">${firstParagraph}${prose(6)}</div></div></body></html>`,
  );
}
const authorOf = (doc: Document) => detectArticle(doc, 'https://news.example.cn/2026/0310/c1.html')?.meta.author;

describe('byline role words', () => {
  const naming = BYLINE_ROLES.filter((r) => r.namesFollow).map((r) => r.word);

  it.each(naming)('a dateline with a second role "%s" gives both names, not the role', (role) => {
    const doc = page('', `<p>本报某地3月10日电（记者 林晓岚 ${role} 许卫东）秋收以来，某县组织农机下田抢收。</p>`);
    expect(authorOf(doc)).toBe('林晓岚、许卫东');
  });

  it.each(naming)('a byline line "本报记者 甲 %s 乙" gives both names', (role) => {
    const doc = page(`<div class="info"><p>本报记者 林晓岚 ${role} 许卫东</p></div>`);
    expect(authorOf(doc)).toBe('林晓岚、许卫东');
  });

  it.each(naming)('a byline line led by "%s" alone gives its names', (role) => {
    const doc = page(`<div class="info"><p>${role} 欧阳明</p></div>`);
    expect(authorOf(doc)).toBe('欧阳明');
  });

  it('drops every role word, qualified or not, before a name', () => {
    for (const { word } of BYLINE_ROLES) {
      expect(cleanAuthor(`本报${word} 王晓明`)).toBe('王晓明');
      expect(cleanAuthor(`特约${word} 王晓明`)).toBe('王晓明');
      expect(cleanAuthor(`见习${word} 王晓明`)).toBe('王晓明');
    }
  });

  it('reads no name after a role that signs alone ("本报评论员文章")', () => {
    const doc = page('<div class="info"><p>本报评论员文章</p></div>');
    expect(authorOf(doc)).toBeNull();
  });
});
