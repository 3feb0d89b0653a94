/**
 * The classes the fourth blind batch showed, each with sentences written for this test, not
 * taken from any fixture page: proclamations, consultation responses, retrospective reports.
 */
import { describe, expect, it } from 'vitest';
import { zh, en } from './helpers';

describe('proclamations: the operative clauses', () => {
  it('"I direct that …", a call upon a long list of offices, "I further encourage … to" are directives', () => {
    expect(en('I direct that all public schools observe a minute of silence at noon on June 2, 2027.')).toEqual([
      ['obligation', 'I direct that all public schools observe a minute of silence at noon on June 2, 2027.'],
    ]);
    const long =
      'I also call upon the mayors of our cities and the leaders of tribal nations, county boards and school districts across the country to ring their bells at noon.';
    expect(en(long)).toEqual([['obligation', long]]);
    expect(en('We further encourage every employer to give staff time to vote.')).toEqual([
      ['obligation', 'We further encourage every employer to give staff time to vote.'],
    ]);
  });

  it('a tribute or prediction with "will never" is no ban', () => {
    expect(en('She gave her life for a town that will never forget her courage.')).toEqual([]);
    expect(en('Those who served there would never ask for thanks.')).toEqual([]);
    expect(en('Staff must never share a patient record by email.')).toEqual([
      ['prohibition', 'Staff must never share a patient record by email.'],
    ]);
  });
});

describe('consultation responses', () => {
  it('views reported from respondents are no duties', () => {
    expect(en('Most councils agreed that landlords should fit smoke alarms in every bedroom.')).toEqual([]);
    expect(en('A few suggested the fee should be waived for charities.')).toEqual([]);
    expect(en('Several firms argued that small sites must not be charged the full levy.')).toEqual([]);
    expect(en('Many felt the deadline should move to the spring.')).toEqual([]);
    expect(en('Respondents asked us to clarify what landlords need to keep on file.')).toEqual([]);
    // the decision itself still is one, and so is a duty with the participle as an adjective
    expect(en('The suggested wording should be used in every notice.')).toEqual([
      ['obligation', 'The suggested wording should be used in every notice.'],
    ]);
    expect(en('Landlords should fit smoke alarms in every bedroom.')).toEqual([
      ['obligation', 'Landlords should fit smoke alarms in every bedroom.'],
    ]);
  });

  it('a proposal dropped is no ban', () => {
    expect(en('We will not proceed with the plan to ban charcoal barbecues in parks.')).toEqual([]);
    expect(en('The government has decided not to take forward the proposed ban on wood burners.')).toEqual([]);
    expect(en('Do not proceed with the sale until the check is complete.')).toEqual([
      ['prohibition', 'Do not proceed with the sale until the check is complete.'],
    ]);
  });

  it('a consequence explained with "which means that" is no duty', () => {
    expect(en('The limit will rise to 50 staff, which means that most cafés will not be covered.')).toEqual([]);
  });

  it('"are told" is an instruction to be given, not reported speech', () => {
    expect(en('It is essential that patients are told never to share their login code.')).toEqual([
      ['emphasis', 'It is essential that patients are told never to share their login code.'],
    ]);
  });
});

describe('Chinese news reports', () => {
  it("a leader's visit told as news is no directive", () => {
    expect(
      zh('5月8日，李明在市委有关负责同志陪同下，先后来到开发区、港区等地，就推动产业升级、推进城乡融合等进行调研。'),
    ).toEqual([]);
  });

  it('a sentence that opens looking back reports what was done; a modal still carries', () => {
    expect(zh('党的十八大以来，各地坚持问题导向，推动基层治理能力持续提升。')).toEqual([]);
    expect(
      zh('专家表示，去年以来，各省各部门加大助企纾困力度，市场预期总体稳定，前四个月工业增加值同比增长6.1%。'),
    ).toEqual([]);
    expect(zh('这几年，各地在老旧小区改造方面做了大量工作。')).toEqual([]);
    expect(zh('入夏以来，气温明显偏高，各地要加强用电保障。')).toEqual([
      ['obligation', '入夏以来，气温明显偏高，各地要加强用电保障。'],
    ]);
    // a list of addressees without a modal is still one
    expect(zh('各地区、各部门结合实际制定具体实施方案。')).toEqual([
      ['obligation', '各地区、各部门结合实际制定具体实施方案。'],
    ]);
  });

  it("an anecdote's surprise is a story, not a rule", () => {
    expect(zh('让他没想到的是，老人一周要跑三趟医院，每次还要排两个小时的队。')).toEqual([]);
    // 意想不到 is an adjective, no story
    expect(zh('各地要做好应对意想不到灾情的物资准备。')).toEqual([
      ['obligation', '各地要做好应对意想不到灾情的物资准备。'],
    ]);
  });

  it('a figure reported for several places is no target', () => {
    expect(zh('自2022年起，多地卫健部门推动社区开展夜间门诊，到2024年，仅东部某市就有超过300家社区医院参与。')).toEqual(
      [],
    );
    // 就有关 is "on the relevant …", no count
    expect(zh('仅一家企业参与的项目要就有关情况书面报告。')).toEqual([
      ['obligation', '仅一家企业参与的项目要就有关情况书面报告。'],
    ]);
  });
});
