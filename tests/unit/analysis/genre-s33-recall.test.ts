/**
 * The Chinese recall classes session 33's dev set showed (gold directives the analysis did not mark), counted
 * over all golds, with sentences written for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { one, zh } from './helpers';

describe('一是要…；二是要… inside one sentence whose head is no duty', () => {
  it("is one directive when the points carry their own modal: an office's next steps told by its spokesman", () => {
    const t =
      '该负责人说，下一步，住建部门将重点抓好三项工作：一是要加快老旧管网更新，优先改造漏损严重的片区；二是要完善应急抢修机制；三是要加强用户用水宣传。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it("…and an answer's bare 答：", () => {
    const t = '答：一是要扩大助餐服务覆盖面，推动社区食堂进小区；二是要提高补贴精准度，向高龄独居老人倾斜。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('points with no modal of their own under such a head stay apart, as before', () => {
    expect(zh('行动明确了两项重点任务：一是全面排查校园周边食品摊点；二是加强校外供餐单位日常监管。')).toEqual([
      ['obligation', '一是全面排查校园周边食品摊点；'],
      ['obligation', '二是加强校外供餐单位日常监管。'],
    ]);
  });
});

describe('a standard set as one explicit bound, with no modal, "…保存期限不少于2年。"', () => {
  it('is an obligation', () => {
    for (const t of ['巡查台账保存期限不少于3年。', '大型商场每个楼层配置不少于2具灭火器。'])
      expect(zh(t)).toEqual(one('obligation', t));
  });
  it('not a cap on a subsidy, a condition, a permission or a tally', () => {
    for (const t of [
      '单个项目补助最高不超过300万元。',
      '年收入不超过5万元的，可申请减免。',
      '全区去年新增就业岗位不少于2万个。',
      '今年以来，全市已组织招聘会不少于40场。',
    ])
      expect(zh(t)).toEqual([]);
  });
});

describe('the problems a measure takes up, named right after its modal, "要针对暴露的短板…"', () => {
  it('are no description of problems: the duty stands', () => {
    const t = '各中队要针对演练中暴露的短板逐项制定整改措施，月底前完成整改。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('a description still is one: "一些地方暴露出…问题"', () => {
    expect(zh('一些地方暴露出监管缺位、整改不实等问题。')).toEqual([]);
  });
});

describe('a plan task opened by an adverb of pace before 推进, "一是稳妥推进…"', () => {
  it('is a measure', () => {
    for (const t of ['一是稳妥推进农村信用社改革。', '稳步推进城中村改造，优先改造安全隐患突出的片区。'])
      expect(zh(t)).toEqual(one('obligation', t));
  });
});
