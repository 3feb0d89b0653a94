/**
 * Session 40, dev batch 56's classes of judgement errors, pinned with sentences of the genre written for these tests
 * (not the dev pages' own): furniture read as heads, terms read as modals, reports and rhetoric read as duties, and
 * the steps of guidance missed.
 */
import { describe, expect, it } from 'vitest';
import { explainSentence } from '@/utils/analysis/explain-sentence';
import { headingWorthy } from '@/utils/analysis/headings';

const zh = (s: string) => explainSentence(s, 'zh').verdict?.category ?? null;
const en = (s: string) => explainSentence(s, 'en').verdict?.category ?? null;

describe('a box’s label or an appendix’s is no section head', () => {
  it.each(['■相关链接', '■链接', '核心阅读', '▌背景链接', '附：五项补贴标准一览'])('leaves %s unmarked', (t) => {
    expect(headingWorthy(t)).toBe(false);
  });
  it.each(['■加强源头治理', '二、附加条件', '链接服务资源'])('still marks %s', (t) => {
    expect(headingWorthy(t)).toBe(true);
  });
});

describe('a tax law’s terms hold no 应 of a duty', () => {
  it.each([
    '自2019年1月1日起：年应纳税所得额不超过100万元',
    '某科技公司去年应纳税所得额为80万元，按新政策只需缴纳4万元。',
    '适用3%征收率的应税销售收入，减按1%征收。',
  ])('leaves %s unmarked', (s) => {
    expect(zh(s)).toBe(null);
  });
  it('still marks a duty beside one', () => {
    expect(zh('纳税人应当如实申报年度应纳税所得额。')).toBe('obligation');
  });
});

describe('reports, examples and rhetoric are no duty', () => {
  it.each([
    // a past result told with its span
    '镇里通过以老带新等方式，三个月内为村里培训了60多名电商主播。',
    // a hope ruled out
    '当然，直播带货不是灵丹妙药，不能指望开一场直播就能打开销路。',
    // a funding tally after its year
    '2016年，中央财政安排资金15亿元，支持100个县开展示范创建，每县补助不超过1500万元。',
    // the purpose of a document issued, told as done
    '为确保新规平稳实施，市场监管总局同日印发《关于做好…有关工作的通知》，对执法中的具体问题作出规定。',
    // the public's questions
    '围绕垃圾分类新规，不少居民在留言中提出疑问。',
    // an office's practice explained with 会
    '城管执法人员接到举报后，会先上门劝导、责令限期清理，逾期不清理的，才依法处罚。',
    // places' practices reviewed
    '各地在实践中探索“积分制”“清单制”等做法，乡村治理水平不断提高。',
  ])('leaves %s unmarked', (s) => {
    expect(zh(s)).toBe(null);
  });
  it.each([
    ['为确保新规平稳实施，各地要在8月底前出台配套细则。', 'target'],
    ['执法人员发现后，要立即责令当事人停止违法行为。', 'obligation'],
    ['各地要在实践中积极探索“积分制”等做法。', 'obligation'],
    ['镇里要在三个月内培训60名电商主播。', 'target'],
  ])('still marks %s', (s, category) => {
    expect(zh(s)).toBe(category);
  });
});

describe('a duty passed on with its date, and an office’s division that speaks', () => {
  it('reads 为此 as a connective, not a preamble’s purpose', () => {
    expect(zh('为此，交通运输部要求各省级交通运输主管部门在2017年3月底前制定本地区实施方案。')).toBe('target');
  });
  it('keeps a preamble a preamble', () => {
    expect(zh('为加强农村公路养护管理，根据有关法律法规，制定本办法。')).toBe(null);
  });
  it('hears a bureau’s 物业管理处 as the bureau', () => {
    expect(zh('区房管局物业管理处负责人介绍，到2023年底，全区将新增充电车位3000个以上，基本实现老旧小区全覆盖。')).toBe(
      'target',
    );
  });
});

describe('English: rhetoric and exemptions are no duty; guidance steps are', () => {
  it.each([
    'No child who lost a parent in the line of duty should ever have to worry about paying for college.',
    'We will never forget the firefighters who ran toward danger that morning.',
    'You do not need to book a collection for materials you do not produce.',
    'To date, the council has collected 3,000 tonnes of glass.',
  ])('leaves %s unmarked', (s) => {
    expect(en(s)).toBe(null);
  });
  it('reads a relative clause’s "you do not" as no ban', () => {
    expect(en('Keep a list of the chemicals you do not use.')).toBe('obligation');
  });
  it.each([
    'Rinse plastic bottles and cans before you put them in the mixed recycling bin.',
    'To calculate your average, add up the weekly totals and divide by 52.',
    'Make sure you do not leave bins on the pavement.',
  ])('marks %s', (s) => {
    expect(en(s)).not.toBe(null);
  });
});
