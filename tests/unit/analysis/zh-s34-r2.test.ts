import { describe, expect, it } from 'vitest';
import { explainSentence } from '@/utils/analysis/explain-sentence';
import { headingWorthy } from '@/utils/analysis/headings';

const category = (s: string) => explainSentence(s, 'zh').verdict?.category ?? null;

describe('a time span is no count of works ("建设…7个工作日" keeps its 应当)', () => {
  it.each([
    '申请使用住宅专项维修资金的，县级市、区住房城乡建设主管部门应当自受理申请之日起7个工作日内完成审核。',
    '城乡建设部门应当自收到材料之日起3个月内完成复核。',
  ])('marks %s as a duty', (s) => {
    expect(category(s)).not.toBe(null);
    expect(explainSentence(s, 'zh').markers.map((m) => m.kind)).toContain('obligation');
  });

  it('still counts works to finish', () => {
    const kinds = explainSentence('到2025年，全市新建社区养老服务站120个。', 'zh').markers.map((m) => m.kind);
    expect(kinds).toContain('quantity');
  });
});

describe('a condition clause "…要求…的，" does not lead a ban after it', () => {
  it.each([
    '消费者要求转让预付卡的，经营者不得拒绝或者收取超过剩余金额5%的手续费。',
    '用户要求注销账号的，平台不得设置不合理条件。',
  ])('%s is a prohibition', (s) => {
    expect(category(s)).toBe('prohibition');
  });

  it('a duty in its own clause still leads', () => {
    expect(category('各地要压实责任，严禁弄虚作假。')).toBe('obligation');
  });
});

describe('a video page’s labels and a year-led document name are no section headings', () => {
  it.each(['视频简介', '文字实录', '2021年下半年大学毕业生征兵公告', '2024年度春季学期开学工作方案'])(
    'leaves %s unmarked',
    (t) => {
      expect(headingWorthy(t)).toBe(false);
    },
  );

  it.each(['二、2018年工作安排', '2023年工作回顾', '加强组织领导'])('still marks %s', (t) => {
    expect(headingWorthy(t)).toBe(true);
  });
});

describe('供需 (supply and demand) is a noun, not the modal 需', () => {
  it('leaves a report of a document’s focus alone', () => {
    expect(category('此次《方案》在此基础上进一步聚焦供需错配问题。')).toBe(null);
  });
  it('still marks a duty about supply and demand', () => {
    expect(category('各地要及时摸清农资供需情况。')).toBe('obligation');
  });
});
