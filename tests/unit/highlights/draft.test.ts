import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import * as v from 'valibot';
import { buildDraft, draftOf, newHighlightId } from '@/utils/highlights/draft';
import { HighlightDraftSchema } from '@/utils/messages';
import { COLORS, parseHighlight, type Highlight } from '@/utils/highlights/record';

const PAGE = {
  url: 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html',
  title: '标题',
  site: 'dangpai.people.com.cn',
};
const SELECTORS = { quote: { exact: '统战工作', prefix: '加强', suffix: '的' }, position: { start: 10, end: 14 } };

describe('buildDraft', () => {
  it('builds a draft the background accepts, with the category kept', () => {
    const draft = buildDraft({
      id: 'a1',
      page: PAGE,
      article: { title: '提能善为', published: '2017-03-11T22:22:00+08:00', source: '荆楚统战' },
      selectors: SELECTORS,
      color: 'green',
      category: 'obligation',
    });
    expect(v.safeParse(HighlightDraftSchema, draft).success).toBe(true);
    expect(draft).toMatchObject({
      id: 'a1',
      url: PAGE.url,
      color: 'green',
      note: '',
      tags: [],
      category: 'obligation',
    });
    expect(draft.article).toMatchObject({ title: '提能善为', source: '荆楚统战' });
  });

  it('drops fields that detection adds beyond ArticleMeta (the article url)', () => {
    const meta = { title: 't', url: 'http://x.gov.cn/a.html' } as unknown as { title: string };
    const draft = buildDraft({ id: 'a', page: PAGE, article: meta, selectors: SELECTORS, color: 'yellow' });
    expect(draft.article).not.toHaveProperty('url');
  });

  it('always stays within the record limits, whatever the page gives (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 1500 }),
        fc.string({ minLength: 1, maxLength: 300 }),
        fc.string({ maxLength: 100 }),
        fc.array(fc.string({ maxLength: 80 }), { maxLength: 50 }),
        fc.constantFrom(...COLORS),
        (title, exact, context, tags, color) => {
          const draft = buildDraft({
            id: 'x',
            page: { ...PAGE, title },
            article: { title, keywords: tags },
            selectors: {
              quote: { exact, prefix: context, suffix: context },
              position: { start: 0, end: exact.length },
            },
            color,
            note: title.repeat(20),
            tags,
          });
          const r = v.safeParse(HighlightDraftSchema, draft);
          expect(r.success ? '' : JSON.stringify(r.issues.map((i) => i.message))).toBe('');
        },
      ),
    );
  });
});

describe('draftOf', () => {
  it('keeps the record but not the background stamps, applying the changes', () => {
    const record: Highlight = {
      ...buildDraft({ id: 'r', page: PAGE, selectors: SELECTORS, color: 'blue', tags: ['a'] }),
      created: 1,
      updated: 2,
      clock: 'c',
      deleted: false,
    };
    expect(parseHighlight(record).ok).toBe(true);
    const draft = draftOf(record, { note: '笔记', tags: ['a', 'A', ' b '] });
    expect(draft).not.toHaveProperty('clock');
    expect(draft).not.toHaveProperty('created');
    expect(draft).toMatchObject({ id: 'r', color: 'blue', note: '笔记', tags: ['a', 'b'] });
  });
});

describe('newHighlightId', () => {
  it('makes RFC 4122 version 4 ids from random bytes', () => {
    const id = newHighlightId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newHighlightId()).not.toBe(id);
    expect(newHighlightId((b) => b.fill(255))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});
