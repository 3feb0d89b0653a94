import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeMarkdownText,
  isoDateOf,
  markdownTag,
  pageToMarkdown,
  toMarkdown,
  yamlString,
} from '@/utils/export/markdown';
import { makeHighlight } from './fixtures';

// js-yaml is installed through eslint; used here only to check that our YAML parses back.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

function frontMatterOf(content: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(content);
  if (!m?.[1]) throw new Error('no front matter');
  return yaml.load(m[1]) as Record<string, unknown>;
}

describe('yamlString', () => {
  it.each([
    'plain',
    'key: value',
    'he said "hi"',
    "it's",
    'line one\nline two\r\nthree',
    '- leading dash',
    '#not a comment',
    '@handle',
    '*alias',
    '&anchor',
    '!tag',
    '|',
    '>',
    '%directive',
    '`tick',
    'yes',
    'null',
    '123',
    '',
    'back\\slash',
    'tab\there',
    '\u0000\u0007\u001f\u007f\u0085',
    '\u2028\u2029\ufeff',
    '中文：冒号',
  ])('round-trips %j through a YAML parser', (value) => {
    expect(yaml.load(`v: ${yamlString(value)}`)).toEqual({ v: value });
  });

  it('round-trips any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (value) => {
        expect(yaml.load(`v: ${yamlString(value)}`)).toEqual({ v: value });
      }),
    );
  });

  it('stays on one line', () => {
    expect(yamlString('a\nb\rc')).not.toMatch(/[\n\r]/);
  });
});

describe('toMarkdown per page', () => {
  const page1 = [
    makeHighlight({
      quote: { exact: '第二段', prefix: '', suffix: '' },
      position: { start: 50, end: 53 },
      tags: ['安全 生产'],
      note: '多行笔记\n第二行\n\n第四行',
      category: 'obligation',
    }),
    makeHighlight({
      quote: { exact: '第一段', prefix: '', suffix: '' },
      position: { start: 5, end: 8 },
      tags: ['政策', '安全 生产'],
      color: 'green',
    }),
    makeHighlight({
      quote: { exact: '已删除', prefix: '', suffix: '' },
      position: { start: 60, end: 63 },
      deleted: true,
    }),
  ];

  it('writes YAML front matter a parser reads back, with the union of tags', () => {
    const [file] = toMarkdown(page1, { perPage: true, lang: 'zh' });
    expect(file?.filename).toBe('国务院关于加强安全生产工作的意见.md');
    expect(frontMatterOf(file!.content)).toEqual({
      title: '国务院关于加强安全生产工作的意见',
      source: '中国政府网',
      published: '2024-05-01 10:00',
      date: '2024-05-01',
      url: 'https://www.gov.cn/zhengce/content/2024-05/01/content_1.htm',
      site: 'www.gov.cn',
      editor: '张三',
      tags: ['政策', '安全-生产'],
    });
  });

  it('lists highlights in page order with quote, note, tags and labels; no tombstones', () => {
    const [file] = toMarkdown(page1, { perPage: true, lang: 'zh' });
    const body = file!.content.split('\n---\n')[1];
    expect(body).toBe(
      [
        '# 国务院关于加强安全生产工作的意见',
        '',
        '来源：中国政府网 · 发布：2024-05-01 10:00 · 责任编辑：张三 · [原文链接](https://www.gov.cn/zhengce/content/2024-05/01/content_1.htm)',
        '',
        '> 第一段',
        '',
        '- #政策 #安全-生产',
        '- 绿色',
        '',
        '> 第二段',
        '',
        '- 笔记：多行笔记',
        '  第二行',
        '',
        '  第四行',
        '- #安全-生产',
        '- 黄色 · 要求',
        '',
      ].join('\n'),
    );
    expect(file!.content).not.toContain('已删除');
  });

  it('uses English labels', () => {
    const [file] = toMarkdown(page1, { perPage: true, lang: 'en' });
    expect(file!.content).toContain('Source: 中国政府网 · Published: 2024-05-01 10:00 · Editor: 张三 · [Original](');
    expect(file!.content).toContain('- Green');
    expect(file!.content).toContain('- Yellow · Obligation');
    expect(file!.content).toContain('- Note: 多行笔记');
  });

  it('makes hostile titles safe in YAML and in filenames, and keeps names unique', () => {
    const title = 'A: "quoted" / back\\slash *?<>| title\nsecond';
    const records = [
      makeHighlight({ url: 'https://example.com/1', title, article: null }),
      makeHighlight({ url: 'https://example.com/2', title, article: null }),
    ];
    const files = toMarkdown(records, { perPage: true, lang: 'en' });
    expect(files.map((f) => f.filename).sort()).toEqual([
      'A quoted back slash title second (2).md',
      'A quoted back slash title second.md',
    ]);
    for (const f of files) expect(frontMatterOf(f.content).title).toBe('A: "quoted" / back\\slash *?<>| title second');
  });
});

describe('Markdown text', () => {
  it('quotes every line of a multi-line passage and escapes Markdown syntax in page text', () => {
    const h = makeHighlight({
      quote: { exact: '# 不是标题\n1. 不是列表\n\n*强调* <b>x</b> $5 [[链接]]', prefix: '', suffix: '' },
    });
    const text = pageToMarkdown([h]);
    expect(text).toContain('> \\# 不是标题\n> 1\\. 不是列表\n>\n> \\*强调\\* \\<b\\>x\\</b\\> \\$5 \\[\\[链接\\]\\]');
  });

  it('escapes raw HTML in notes (they may come from an import) but keeps the rest of their Markdown', () => {
    const text = pageToMarkdown([makeHighlight({ note: '**重点** <img src=x onerror=alert(1)>' })]);
    expect(text).toContain('- 笔记：**重点** \\<img src=x onerror=alert(1)>');
  });

  it('turns tags into Obsidian tags', () => {
    expect(markdownTag('安全 生产')).toBe('安全-生产');
    expect(markdownTag(' a  b/c_d ')).toBe('a-b/c_d');
    expect(markdownTag('x#y,z')).toBe('xyz');
  });

  it('escapes every Markdown special character (property: no unescaped specials left)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const escaped = escapeMarkdownText(s);
        expect(escaped.replace(/\\[\\`*_[\]<>#$~=|+\-.)]/g, '')).not.toMatch(/[\\`*_[\]<>#$~=|]/);
      }),
    );
  });

  it('reads common date forms', () => {
    expect(isoDateOf('2024年5月1日 10:00')).toBe('2024-05-01');
    expect(isoDateOf('2024/5/1')).toBe('2024-05-01');
    expect(isoDateOf('2024-13-01')).toBeNull();
    expect(isoDateOf('May 1, 2024')).toBeNull();
  });
});

describe('pageToMarkdown', () => {
  it('gives title, source/date/link line and the highlights, without front matter', () => {
    const text = pageToMarkdown([makeHighlight({ quote: { exact: '原文', prefix: '', suffix: '' } })], { lang: 'zh' });
    expect(text.startsWith('# 国务院关于加强安全生产工作的意见\n\n来源：中国政府网 · 发布：2024-05-01 10:00')).toBe(
      true,
    );
    expect(text).toContain('[原文链接](https://www.gov.cn/zhengce/content/2024-05/01/content_1.htm)');
    expect(text).toContain('> 原文');
    expect(text).not.toContain('---');
  });

  it('percent-encodes characters that would end the link', () => {
    const text = pageToMarkdown([makeHighlight({ url: 'https://example.com/a_(b)' })], { lang: 'en' });
    expect(text).toContain('(https://example.com/a_%28b%29)');
  });

  it('is empty for no live records', () => {
    expect(pageToMarkdown([makeHighlight({ deleted: true })])).toBe('');
  });
});

describe('toMarkdown as one document', () => {
  it('puts every page under a second-level heading, most recently updated first', () => {
    const old = makeHighlight({ url: 'https://example.com/old', title: 'Old', article: null, updated: 1 });
    const recent = makeHighlight({ url: 'https://example.com/new', title: 'New', article: null, updated: 2 });
    const doc = toMarkdown([old, recent], { lang: 'en' });
    expect(doc.startsWith('# Huazhongdian highlights\n\n## New\n')).toBe(true);
    expect(doc.indexOf('## New')).toBeLessThan(doc.indexOf('## Old'));
  });
});
