import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze } from '@/utils/analysis/analyze';
import { coreText, sectionsOf } from '@/utils/analysis/sections';
import { keyPointsMarkdown, type KeyPointDirective, type KeyPointsInput } from '@/utils/export/key-points';

const SEED_URL = 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html';

/** A small article: an opening, two headings (one found as a directive), dated targets. */
function article(): KeyPointsInput {
  const blocks = [
    { kind: 'paragraph', text: '各地区要*高度重视*安全生产。' },
    { kind: 'heading', text: '一、总体要求' },
    { kind: 'paragraph', text: '到2026年底，完成率要达到90%以上。严禁在居民楼内违规存放易燃易爆物品。' },
    { kind: 'heading', text: '二、保障措施' },
    { kind: 'paragraph', text: '6月底前，各部门要报送方案。年内完成摸底。' },
  ];
  const text = blocks.map((b) => b.text).join('');
  const at = (s: string) => text.indexOf(s);
  const span = (s: string) => ({ start: at(s), end: at(s) + s.length });
  const d = (
    category: KeyPointDirective['category'],
    sentence: string,
    blockIndex: number,
    cores: string[],
    deadline?: KeyPointDirective['deadline'],
  ): KeyPointDirective => ({
    category,
    text: sentence,
    ...span(sentence),
    blockIndex,
    core: cores.map(span),
    ...(deadline ? { deadline } : {}),
  });
  const deadline = (phrase: string, due: string | null, lastDay: string | null) => ({
    text: phrase,
    ...span(phrase),
    due,
    precision: due ? ('day' as const) : null,
    lastDay,
    basis: due ? ('absolute' as const) : ('unresolved' as const),
  });
  return {
    url: 'https://www.gov.cn/zhengce/content/2025-01/01/content_1.htm',
    title: '关于加强 #安全生产 的意见',
    source: '中国政府网',
    published: '2025年01月01日 10:00',
    blocks,
    directives: [
      d('obligation', '各地区要*高度重视*安全生产。', 0, ['*高度重视*安全生产']),
      d('heading', '一、总体要求', 1, ['一、总体要求']),
      d(
        'target',
        '到2026年底，完成率要达到90%以上。',
        2,
        ['到2026年底', '达到90%以上'],
        deadline('到2026年底', '2026-12-31', '2026-12-31'),
      ),
      d('prohibition', '严禁在居民楼内违规存放易燃易爆物品。', 2, ['严禁', '违规存放易燃易爆物品']),
      d('obligation', '6月底前，各部门要报送方案。', 4, ['报送方案'], deadline('6月底前', '2025-06-30', '2025-06-30')),
      d('target', '年内完成摸底。', 4, [], deadline('年内', null, null)),
    ],
  };
}

describe('keyPointsMarkdown', () => {
  it('writes the title, source, date and link, the headings with the cores under them, and the dated targets soonest first', () => {
    expect(keyPointsMarkdown(article(), 'zh')).toBe(
      [
        '# 关于加强 \\#安全生产 的意见',
        '',
        '- 来源：中国政府网',
        '- 日期：2025-01-01',
        '- 链接：[https://www.gov.cn/zhengce/content/2025-01/01/content\\_1.htm](https://www.gov.cn/zhengce/content/2025-01/01/content_1.htm)',
        '',
        '## 导语',
        '',
        '- \\*高度重视\\*安全生产',
        '',
        '## 一、总体要求',
        '',
        '- 到2026年底 … 达到90%以上',
        '- 严禁 … 违规存放易燃易爆物品',
        '',
        '## 二、保障措施',
        '',
        '- 报送方案',
        '- 年内完成摸底。',
        '',
        '## 时间节点',
        '',
        '- 2025-06-30：6月底前 — 报送方案',
        '- 2026-12-31：到2026年底 — 到2026年底 … 达到90%以上',
        '',
      ].join('\n'),
    );
  });

  it('labels in English for an English UI, and leaves out what the article does not say', () => {
    const md = keyPointsMarkdown({ ...article(), source: null, published: '  ' }, 'en');
    expect(md).toContain('- Link: [https://');
    expect(md).toContain('## Opening');
    expect(md).toContain('## Deadlines');
    expect(md).not.toMatch(/Source|Date:|来源|时间节点/);
  });

  it('keeps page text literal: no heading, list or HTML can be planted from the page', () => {
    const a = article();
    const planted = { ...a, title: '<img src=x onerror=alert(1)>\n# fake', blocks: [...a.blocks] };
    planted.blocks[3] = { kind: 'heading', text: '- [x](javascript:alert(1))' };
    const md = keyPointsMarkdown(planted, 'zh');
    expect(md).toContain('# \\<img src\\=x onerror\\=alert(1)\\> \\# fake');
    expect(md).toContain('## \\- \\[x\\](javascript:alert(1))');
    expect(md.split('\n').filter((l) => l.startsWith('# '))).toHaveLength(1);
  });

  it('on the seed: every section heading, one line per directive (its core), and no empty point', () => {
    const { document } = parseHTML(
      readFileSync(join(__dirname, '../../fixtures/pages/people-2017-tongzhan.html'), 'utf8'),
    );
    const { article: found, directives } = analyze(document, SEED_URL);
    const seed = found!;
    const md = keyPointsMarkdown(
      {
        url: SEED_URL,
        title: seed.meta.title,
        source: seed.meta.source,
        published: seed.meta.published,
        blocks: seed.blocks,
        directives,
      },
      'zh',
    );
    expect(md).toMatch(/^# 提能善为 着力提高湖北统战工作科学化水平\n\n- 来源：荆楚统战\n- 日期：2017-03-11\n/);
    for (const heading of seed.blocks.filter((b) => b.kind === 'heading'))
      expect(md).toContain(`## ${heading.text.replace(/\s+/g, ' ').trim()}`);
    const points = md.split('\n').filter((l) => l.startsWith('- ') && !/^- (来源|日期|链接)：/.test(l));
    // Every directive but the three that are the section headings themselves.
    const sectionHeadings = sectionsOf(seed.blocks, directives).filter((s) => s.headingIndex !== null).length;
    expect(sectionHeadings).toBe(3);
    expect(points.length).toBe(directives.length - sectionHeadings);
    expect(points.every((p) => p.length > 3)).toBe(true);
    // A point is the core, shorter than its sentence.
    const cores = directives.filter((d) => d.category !== 'heading').map((d) => coreText(d));
    expect(points.filter((p) => cores.includes(p.slice(2))).length).toBeGreaterThan(points.length / 2);
  });
});
