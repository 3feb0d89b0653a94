import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { compile } from '@/utils/analysis/directive-rules';
import { headingWorthy, isHeadingBlock, isSlogan } from '@/utils/analysis/headings';

const zh = compile('zh');
/** Marked as a heading when set as a plain paragraph (the label crosshead's path) or as a bold line. */
const headOf = (kind: 'paragraph' | 'heading', t: string) => isHeadingBlock(kind, t, 'zh', zh) && headingWorthy(t);

describe('a field of an event’s or a group’s card is no heading', () => {
  it.each([
    '地点：国务院新闻办公室新闻发布厅',
    '主持人：国务院新闻办公室新闻局副局长 李秋燕',
    '发布人：商务部新闻发言人 高峰',
    '副组长：孙立明　市政府副秘书长',
  ])('leaves %s unmarked', (t) => {
    expect(headOf('paragraph', t)).toBe(false);
    expect(headOf('heading', t)).toBe(false);
  });

  it.each([
    '居民：充电桩够不够用是关键',
    '发改委：一揽子政策措施要在上半年基本落地',
    '专家：把握好扩大消费与防范风险的平衡',
  ])('still marks the crosshead %s', (t) => {
    expect(headOf('heading', t)).toBe(true);
  });
});

describe('the label of the text’s form (a transcript, a text version) is no heading', () => {
  it.each(['图文实录', '文字版', '文字实录', '视频简介'])('leaves %s unmarked', (t) => {
    expect(headingWorthy(t)).toBe(false);
  });

  it.each(['发展目标', '实施时间', '版权保护'])('still marks %s', (t) => {
    expect(headingWorthy(t)).toBe(true);
  });
});

describe('a numbered label opening a paragraph is its run-in head (ZH_ORDINAL_LABEL)', () => {
  it.each(['亮点一：从“中介制”走向“员工制”。', '看点二：培训“回炉”常态化。', '变化之三：审批时限压缩一半。'])(
    'reads %s as a slogan head',
    (t) => {
      expect(isSlogan(t, 'zh')).toBe(true);
    },
  );

  it.each([
    '王建民：数据质量是碳市场的生命线。', // a speaker's turn: no ordinal
    '亮点一：消费者最担心的是，请来的阿姨靠不靠得住。', // a sentence, not a title
    '记者：这个问题大家都很关心。',
  ])('leaves %s alone', (t) => {
    expect(isSlogan(t, 'zh')).toBe(false);
  });
});

describe('a heading at the body’s very end heads nothing', () => {
  const marks = (blocks: { kind: 'heading' | 'paragraph'; text: string }[]) =>
    findDirectives(plainArticle(blocks, 'zh')).map((d) => [d.category, d.text]);
  const body = { kind: 'paragraph' as const, text: '各地要在6月底前完成排查整治。' };

  it('leaves a side box’s title after the text unmarked', () => {
    expect(marks([body, { kind: 'heading', text: '新闻排行' }])).not.toContainEqual(['heading', '新闻排行']);
  });

  it('still marks a heading above its text', () => {
    expect(marks([{ kind: 'heading', text: '四、实施时间' }, body])).toContainEqual(['heading', '四、实施时间']);
  });
});
