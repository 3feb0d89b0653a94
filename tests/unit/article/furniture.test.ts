/**
 * Furniture lines: isNoiseLine looks at the text a line opens with before it runs NOISE_LINE (a
 * content script compiles the pattern only on a page that has a line opening so); its answers are
 * the pattern's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNoiseLine, NOISE_LINE } from '@/utils/article/furniture';
import { toSimplified } from '@/utils/article/hant';
import { decodeHtml } from '@/utils/article/parse';
import { collapseSpace } from '@/utils/article/text';

const pattern = (line: string) => NOISE_LINE.test(toSimplified(collapseSpace(line)));

/** A line of every alternative of NOISE_LINE and every label (in both cases, traditional, bracketed). */
const FURNITURE = [
  ...['责任编辑：甲', '責任編輯：甲', '责编：甲', '编辑: 甲', '值班编辑：甲', '本文编辑：甲', '网络编辑：甲'],
  ...['網頁編輯：甲', '新媒体编辑：甲', '实习编辑：甲', 'EDITOR: A', 'editor：A', '作者：甲', '文章来源：乙'],
  ...[
    '信息来源：乙',
    '稿件来源：乙',
    '新闻来源：乙',
    '消息來源：乙',
    '内容来源：乙',
    '稿源：乙',
    '来源：乙',
    '出处：乙',
  ],
  ...['关键词：丙', '关键字：丙', '主题词：丙', '标签：丙', 'KEYWORDS: c', 'Tags: c', '发布日期：丁', '发布时间：丁'],
  ...['发表时间：丁', '发稿时间：丁', '公开日期：丁', '原标题：戊', '字号：大 中 小', '打印：', '分享到：', '分享：'],
  ...['播出时间：每天19:00　CCTV-1、CCTV-13'],
  ...['扫一扫：', 'sHARE: ', '（来源：新华社）', '【责任编辑：甲】', '〔来源：乙〕', '[编辑：甲]', '(作者：甲)'],
  ...['我要纠错', '纠错', '【纠错】', '[我要纠错]', '更多相关新闻', '相关阅读', '推荐文章', '延伸阅读', '热门新闻'],
  ...[
    '猜你喜欢内容',
    '上一页',
    '下一页',
    '上一篇',
    '下一篇',
    '返回顶部',
    '打印本页',
    '關閉窗口',
    '【打印】',
    '【关闭】',
  ],
  ...['分享 | 打印', '打印｜关闭', '关闭|收藏', 'SHARE THIS PAGE', 'share this page now', 'Print', 'PRINT PAGE'],
  ...['Share this', '《 人民日报 》（ 2024年01月05日 04 版）', '  来源：新华社  '],
];
/** Lines opening like furniture that are not. */
const NEAR = [
  '网络时代，统战成员大多数成为网民',
  '编者按',
  '上面这些',
  'Shared values',
  '分享经济',
  '来源于基层',
  '推',
];

/** The text lines of every fixture page (its markup cut at each tag). */
function fixtureLines(): string[] {
  const dir = resolve(__dirname, '../../fixtures/pages');
  const lines: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
    const html = decodeHtml(new Uint8Array(readFileSync(resolve(dir, f))));
    for (const line of html.split(/<[^>]*>/)) if (line.trim()) lines.push(line);
  }
  return lines;
}

describe('isNoiseLine', () => {
  it('finds a line of every alternative and label of the pattern', () => {
    for (const line of FURNITURE) expect([line, isNoiseLine(line)]).toEqual([line, true]);
  });

  it("answers as the pattern on those, on lines opening like them, and on every fixture page's lines", () => {
    const lines = [...FURNITURE, ...NEAR, ...fixtureLines()];
    expect(lines.length).toBeGreaterThan(10_000);
    const differ = lines.filter((line) => isNoiseLine(line) !== pattern(line));
    expect(differ).toEqual([]);
    expect(NEAR.filter(isNoiseLine)).toEqual([]);
  });
});
