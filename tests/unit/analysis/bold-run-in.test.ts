/**
 * A first sentence the page sets in bold as its paragraph's run-in head is the paragraph's heading, cored whole
 * (headings.ts `isBoldRunInHead`, from the block's `boldLead`, blocks.ts). Session 40: over all golds (fixtures +
 * dev55) 365 such sentences closed by 。 are golds, every one a heading; the same points in plain text are mostly
 * duties (39 obligations, 16 headings among the fixtures' 一是… points).
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '@/utils/article/blocks';
import { findDirectives, type AnalyzableArticle } from '@/utils/analysis/directives';
import { piecesOf } from '@/utils/analysis/long-blocks';
import { documentFrom } from '../article/helpers';

const REST = '各县区要加快推进水厂提标改造，年内完成老旧管网更新，确保群众喝上放心水。';

/** The article of `body`'s blocks (set in a <div id="c">), as detection cuts them. */
function articleOf(body: string): AnalyzableArticle {
  const doc = documentFrom(`<!DOCTYPE html><html><head></head><body><div id="c">${body}</div></body></html>`);
  return extractBlocks(doc.querySelector('#c')!);
}
/** Each directive's category, text and core text. */
function found(body: string) {
  const article = articleOf(body);
  return findDirectives(article).map((d) => ({
    category: d.category,
    text: d.text,
    core: d.core.map((s) => article.text.slice(s.start, s.end)),
  }));
}
const first = (body: string) => found(body)[0]!;

describe('a bold run-in head closed by 。 is the heading of its paragraph, numbering and all in its core', () => {
  it.each([
    ['一要压紧压实供水安全责任。'],
    ['二是健全乡镇卫生院人才培养机制。'],
    ['（三）强化农村供水工程运行管护。'],
    ['首先要把群众饮水安全摆在突出位置。'],
    // (unnumbered: a work report's bold run-ins, and a commentary's 要… heads)
    ['深化农村供水管理体制改革。'],
    ['要统筹好城乡供水一体化建设。'],
    // (long, with a clause of its own)
    ['一、坚持问题导向，把群众反映强烈的饮水难题解决在基层。'],
  ])('%s', (head) => {
    const d = first(`<p><strong>${head}</strong>${REST}</p>`);
    expect(d.category).toBe('heading');
    expect(d.text).toBe(head);
    expect(d.core.join('')).toBe(head.replace(/。$/, ''));
  });

  it('where the same sentence in plain text is the duty it states, cored on its act', () => {
    const d = first(`<p>一要压紧压实供水安全责任。${REST}</p>`);
    expect(d).toMatchObject({ category: 'obligation', text: '一要压紧压实供水安全责任。' });
    expect(d.core).toEqual(['压紧压实供水安全责任']);
  });

  it('and the paragraph after it is read as before', () => {
    const all = found(`<p><strong>二是健全乡镇卫生院人才培养机制。</strong>${REST}</p>`);
    expect(all.map((d) => d.category)).toEqual(['heading', 'obligation']);
    expect(all[1]!.text).toBe(REST);
  });

  it('with its stop outside the bold, an indent before it, in <b> or an inline style', () => {
    for (const html of [
      `<p><strong>一要压紧压实供水安全责任</strong>。${REST}</p>`,
      `<p>　　<b>一要压紧压实供水安全责任。</b>${REST}</p>`,
      `<p><span style="font-weight:700">一要压紧压实供水安全责任。</span>${REST}</p>`,
      `${REST}<br><br><strong>一要压紧压实供水安全责任。</strong>${REST}`,
    ])
      expect(found(html).find((d) => d.text === '一要压紧压实供水安全责任。')?.category).toBe('heading');
  });

  it('every point of a bold series', () => {
    const all = found(['一', '二', '三'].map((n) => `<p><strong>${n}是加强水源地保护。</strong>${REST}</p>`).join(''));
    expect(all.filter((d) => d.category === 'heading').map((d) => d.text)).toEqual([
      '一是加强水源地保护。',
      '二是加强水源地保护。',
      '三是加强水源地保护。',
    ]);
  });

  it('a numbered bold head before a lead-in ending with a colon: the head alone', () => {
    const all = found(`<p><strong>（二）压实部门责任。</strong>各有关单位要按照以下分工抓好落实：</p>`);
    expect(all[0]).toMatchObject({ category: 'heading', text: '（二）压实部门责任。' });
    expect(all[1]?.text).toBe('各有关单位要按照以下分工抓好落实：');
  });
});

describe('no heading', () => {
  it('a bold label closed by a colon, a speaker’s or an interviewer’s', () => {
    expect(found(`<p><strong>记者：</strong>今年农村供水工作有哪些新部署？</p>`).map((d) => d.category)).not.toContain(
      'heading',
    );
  });

  it('a bold question, a 答问’s', () => {
    const all = found(`<p><strong>如何保障农村供水工程长效运行？</strong>${REST}</p>`);
    expect(all.map((d) => d.category)).not.toContain('heading');
  });

  it('bold running on into the next sentence: no head of the paragraph', () => {
    const d = first(`<p><strong>一要压紧压实供水安全责任。各县区要建立管护台账，</strong>年内完成老旧管网更新。</p>`);
    expect(d).toMatchObject({ category: 'obligation', text: '一要压紧压实供水安全责任。' });
  });

  it('a bold ban or a dated goal: stressed, still the ban or the target it states', () => {
    expect(first(`<p><strong>严禁在水源保护区内新建排污口。</strong>${REST}</p>`).category).toBe('prohibition');
    expect(first(`<p><strong>到2027年，农村自来水普及率达到95%。</strong>${REST}</p>`).category).toBe('target');
  });

  it('a paragraph all in bold: stressed as a whole', () => {
    const d = first(`<p><strong>一要压紧压实供水安全责任。${REST}</strong></p>`);
    expect(d.category).toBe('obligation');
  });

  it('a bold head alone in its paragraph is the bold line it always was', () => {
    expect(found(`<p><strong>一要压紧压实供水安全责任。</strong></p><p>${REST}</p>`)[0]!.category).toBe('heading');
  });
});

describe('an over-long block cut into pieces (long-blocks.ts)', () => {
  it('keeps its bold head on its first piece only', () => {
    const article = articleOf(`<p><strong>一要压紧压实供水安全责任。</strong>${REST.repeat(300)}</p>`);
    const lead = article.blocks[0]!.boldLead;
    expect(lead).toBe('一要压紧压实供水安全责任。'.length);
    const pieces = piecesOf(article)!;
    expect(pieces.article.blocks.length).toBeGreaterThan(1);
    expect(pieces.article.blocks.map((b) => b.boldLead ?? 0)).toEqual(
      pieces.article.blocks.map((_, i) => (i === 0 ? lead : 0)),
    );
    expect(findDirectives(pieces.article)[0]).toMatchObject({
      category: 'heading',
      text: '一要压紧压实供水安全责任。',
    });
  });
});
