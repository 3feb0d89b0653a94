import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanAuthor } from '@/utils/article/byline';
import { editorFromText } from '@/utils/article/editor';
import { splitKeywords, stripTitleSuffix } from '@/utils/article/meta';
import { EDITOR_LABELS, SOURCE_LABELS } from '@/utils/article/field-labels';
import {
  collapsedLongerThan,
  collapseSpace,
  countCjk,
  countLatinWords,
  escapeRegExp,
  findLabel,
  findLabelledValue,
  stripLabel,
} from '@/utils/article/text';
import { decodeHtml, sniffCharset } from '@/utils/article/parse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR } from './helpers';

describe('label stripping', () => {
  it('strips source labels, half- and full-width', () => {
    expect(stripLabel('来源:荆楚统战', SOURCE_LABELS)).toBe('荆楚统战');
    expect(stripLabel('来源： 新华社', SOURCE_LABELS)).toBe('新华社');
    expect(stripLabel('新华社', SOURCE_LABELS)).toBe('新华社');
  });

  it('strips editor labels and brackets', () => {
    expect(stripLabel('(责编：王震、袁勃)', EDITOR_LABELS)).toBe('王震、袁勃');
    expect(stripLabel('【责任编辑:刘晓燕】', EDITOR_LABELS)).toBe('刘晓燕');
    expect(stripLabel('编辑:李晨阳', EDITOR_LABELS)).toBe('李晨阳');
    expect(editorFromText('[责任编辑:  王小川 ]')).toBe('王小川');
    expect(editorFromText('【我要纠错】 责任编辑：陈思远')).toBe('陈思远');
    // The 责任编辑 answers for the article: the gold files' convention wherever both are named.
    expect(editorFromText('编辑：吴雨桐 责任编辑：刘亮')).toBe('刘亮');
    expect(editorFromText('(编辑：甲乙 责任编辑：丙丁)')).toBe('丙丁');
    expect(editorFromText('責任編輯：郭曉彤　圖片編輯：蔡涵')).toBe('郭曉彤');
    expect(editorFromText('编辑部的故事')).toBeNull();
  });

  it('finds a labelled value inside a longer line', () => {
    expect(findLabelledValue('2017年03月11日 22:22\u00a0|\u00a0来源:荆楚统战', SOURCE_LABELS)).toBe('荆楚统战');
    expect(
      findLabelledValue('发布日期：2024-01-15 16:20\u3000信息来源：省政府办公厅\u3000浏览次数：1024', SOURCE_LABELS),
    ).toBe('省政府办公厅');
    expect(findLabelledValue('来源：央视网 2024年01月09日 21:05', SOURCE_LABELS)).toBe('央视网');
    expect(findLabelledValue('来源：人民网－人民日报', SOURCE_LABELS)).toBe('人民网－人民日报');
    expect(findLabelledValue('全文来源不详', SOURCE_LABELS)).toBeNull();
  });

  it('cleans author bylines', () => {
    expect(cleanAuthor('本报记者  王晓明')).toBe('王晓明');
    expect(cleanAuthor('By Jane Doe')).toBe('Jane Doe');
    expect(cleanAuthor('新华社记者 张华 报道')).toBe('张华');
  });

  it('splits keywords on commas, Chinese punctuation or spaces', () => {
    expect(splitKeywords('统战工作 提高 网络 培训')).toEqual(['统战工作', '提高', '网络', '培训']);
    expect(splitKeywords('安全生产;春节;隐患排查')).toEqual(['安全生产', '春节', '隐患排查']);
    expect(splitKeywords('water quality, private supplies , water')).toEqual([
      'water quality',
      'private supplies',
      'water',
    ]);
  });

  it('strips site suffixes from <title>', () => {
    expect(stripTitleSuffix('提能善为 着力提高湖北统战工作科学化水平--统一战线--人民网')).toBe(
      '提能善为 着力提高湖北统战工作科学化水平',
    );
    expect(stripTitleSuffix('Reporting incidents - GOV.UK')).toBe('Reporting incidents');
    expect(stripTitleSuffix('国务院文件_中国政府网')).toBe('国务院文件');
    expect(stripTitleSuffix('坚持守正创新——写在新年之际')).toBe('坚持守正创新——写在新年之际');
  });
});

describe('counting', () => {
  it('counts CJK characters and Latin words', () => {
    expect(countCjk('统战工作ABC，2024')).toBe(4);
    expect(countLatinWords("It's the policy of my Administration")).toBe(6);
  });

  it('collapseSpace is idempotent and leaves no double spaces (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const c = collapseSpace(s);
        expect(collapseSpace(c)).toBe(c);
        expect(c).not.toMatch(/\s\s|^\s|\s$/);
      }),
    );
  });
});

describe('decodeHtml', () => {
  it('decodes a GB2312 page to the same text as its UTF-8 copy', () => {
    const gbk = new Uint8Array(readFileSync(join(PAGES_DIR, 'people-2017-tongzhan.gbk.html')));
    const utf8 = readFileSync(join(PAGES_DIR, 'people-2017-tongzhan.html'), 'utf8');
    expect(sniffCharset(gbk)).toBe('gb2312');
    const text = decodeHtml(gbk);
    expect(text).toContain('提能善为 着力提高湖北统战工作科学化水平');
    expect(text).not.toContain('\ufffd');
    const body = (html: string) => html.slice(html.indexOf('<body>')).replace(/&nbsp;/g, '\u00a0');
    expect(body(text)).toBe(body(utf8));
  });

  it('reads <meta charset>, http-equiv and a BOM; defaults to UTF-8', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(sniffCharset(enc('<meta charset="utf-8">'))).toBe('utf-8');
    expect(sniffCharset(enc('<meta http-equiv="Content-Type" content="text/html; charset=GBK">'))).toBe('gbk');
    expect(sniffCharset(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]))).toBe('utf-8');
    expect(decodeHtml(enc('<p>统战</p>'))).toBe('<p>统战</p>');
  });
});

describe('findLabel', () => {
  const labels = [...EDITOR_LABELS, ...SOURCE_LABELS];
  const pieces = [
    ...labels,
    '：',
    ':',
    ' ',
    '\u3000',
    'a',
    'É',
    'ſ',
    '\u212a',
    '王',
    '-',
    '(',
    '【',
    '\ud835\udc00',
    '\udc00',
    'EDITOR',
    'x编辑',
    '2024年',
  ];
  it('finds the same match start and value start as the /iu regex it replaces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 12 }),
        fc.constantFrom(...labels),
        (parts, label) => {
          const line = parts.join('');
          const m = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(label)}\\s*[:：]\\s*`, 'iu').exec(line);
          expect(findLabel(line, label)).toEqual(m ? { index: m.index, valueStart: m.index + m[0].length } : null);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('collapsedLongerThan', () => {
  it('says true only when the collapsed text is longer than the limit', () => {
    const chars = fc.constantFrom(
      'a',
      ' ',
      '\u00a0',
      '\u3000',
      '\u200b',
      '\ufeff',
      '\u2028',
      '\n',
      '字',
      '\u0085',
      '\u180e',
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), fc.nat(30), (parts, max) => {
        const text = parts.join('');
        if (collapsedLongerThan(text, max)) expect(collapseSpace(text).length).toBeGreaterThan(max);
      }),
      { numRuns: 1000 },
    );
    expect(collapsedLongerThan('字'.repeat(200), 140)).toBe(true);
    expect(collapsedLongerThan(`${' '.repeat(300)}字`, 140)).toBe(false);
  });
});
