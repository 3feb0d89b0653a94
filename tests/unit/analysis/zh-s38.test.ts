/**
 * Chinese false marks the dev sets of session 38 showed (precision), each class with sentences written for this test,
 * not taken from any page; and the directives of the same shapes that must stay.
 */
import { describe, expect, it } from 'vitest';
import { zh } from './helpers';

describe('a measure judged by what it is: "…是…的…" with no modal', () => {
  it('a measure as the subject of 是, with or without a comma, is a judgement', () => {
    expect(zh('优化营商环境是激发市场活力的重要前提。')).toEqual([]);
    expect(zh('加强生态保护，是推动绿色发展的长远之策。')).toEqual([]);
    expect(zh('把安全责任落到岗位，用制度管人管事，是守住安全底线的根本保证。')).toEqual([]);
    expect(zh('会议指出，社区是服务群众的前沿阵地，加强社区建设是夯实基层基础的治本之策。')).toEqual([]);
  });
  it('"应有之义" is no 应', () => {
    expect(zh('推进城乡融合，是共同富裕的题中应有之义。')).toEqual([]);
  });
  it('a modal, a ban or a list marker keeps the directive', () => {
    expect(zh('优化营商环境是激发市场活力的重要前提，各地要抓紧落实。')).toEqual([
      ['obligation', '优化营商环境是激发市场活力的重要前提，各地要抓紧落实。'],
    ]);
    expect(zh('加强生态保护，必须坚持系统治理的思路。')).toEqual([
      ['obligation', '加强生态保护，必须坚持系统治理的思路。'],
    ]);
    expect(zh('四是加强基层应急管理的队伍建设。')).toEqual([['obligation', '四是加强基层应急管理的队伍建设。']]);
  });
});

describe('a verb told as done, "深化了…", opens no imperative clause', () => {
  it('a report of what a text or a reform did is no duty', () => {
    expect(zh('这一论述立意深远，深化了对发展规律的认识，也为推动改革指明了方向。')).toEqual([]);
    expect(zh('这些措施，推动了全省营商环境持续改善。')).toEqual([]);
  });
  it('the same verb as a measure stays one', () => {
    expect(zh('会议要求，深化对发展规律的认识，推动改革落地见效。')).toEqual([
      ['obligation', '会议要求，深化对发展规律的认识，推动改革落地见效。'],
    ]);
  });
});
