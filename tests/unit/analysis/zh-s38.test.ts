/**
 * Chinese false marks the dev sets of session 38 showed (precision), each class with sentences written for this test,
 * not taken from any page; and the directives of the same shapes that must stay.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { headingWorthy } from '@/utils/analysis/headings';
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

const paragraphs = (ps: string[]) => findDirectives(plainArticle(ps, 'zh')).map((d) => [d.category, d.text]);

describe("a video transcript's caption, TITLE NAME：, speaks for its whole paragraph", () => {
  it("a scholar's, a village cadre's or a household's words are a voice's", () => {
    expect(paragraphs(['某大学农村发展研究院研究员 李明远：政策该稳的一定要稳住，产业要向提质转变。'])).toEqual([]);
    expect(paragraphs(['某县某镇大河村党支部书记 周大山：下一步，我们村要把合作社的章程再完善一下。'])).toEqual([]);
    expect(paragraphs(['某县某镇脱贫户 王秀兰：以前家里就靠几亩薄田。今年我们要把果园再扩大三亩。'])).toEqual([]);
  });
  it("an official's caption keeps his words", () => {
    expect(paragraphs(['某县县委副书记 陈立新：全县要求每个帮扶项目都要和脱贫户建立利益联结机制。'])).toEqual([
      ['obligation', '某县县委副书记 陈立新：全县要求每个帮扶项目都要和脱贫户建立利益联结机制。'],
    ]);
  });
});

describe('a line wholly in brackets is no heading', () => {
  it("a transcript's speaker or a label, not a section", () => {
    expect(headingWorthy('[主持人 李华]')).toBe(false);
    expect(headingWorthy('[某某部副部长 张明]')).toBe(false);
    expect(headingWorthy('【新华社记者】')).toBe(false);
    expect(headingWorthy('【背景】')).toBe(false);
  });
  it('a heading with a bracketed label before its words stays one', () => {
    expect(headingWorthy('一、总体要求')).toBe(true);
    expect(headingWorthy('【聚焦】稳住农业基本盘')).toBe(true);
  });
});

describe("a document's title holds no marker of its sentence", () => {
  it('a document adopted or issued, named with a ban or a measure in its title, is a report', () => {
    expect(zh('会议审议通过了《关于全面禁止燃放烟花爆竹的决定（草案）》。')).toEqual([]);
    expect(zh('会议审议通过了《某某省进一步支持中小企业发展的若干措施》。')).toEqual([]);
  });
  it('a rule outside the title stays one, and so does "《通知》要求，"', () => {
    expect(zh('《决定》明确，禁止在城区燃放烟花爆竹。')).toEqual([
      ['prohibition', '《决定》明确，禁止在城区燃放烟花爆竹。'],
    ]);
    expect(zh('《通知》要求，各地要在6月底前完成排查。')).toEqual([
      ['target', '《通知》要求，各地要在6月底前完成排查。'],
    ]);
  });
});

describe('"需要说明/指出的是，" before a clarification', () => {
  it('a 要 denied or the 应 of 供应 is no duty after it', () => {
    expect(zh('需要指出的是，开展整治不是要限制正常的经营活动。')).toEqual([]);
    expect(zh('需要说明的是，保障电力稳定供应和推进节能降耗并不矛盾。')).toEqual([]);
  });
  it('a duty after it stays one', () => {
    expect(zh('需要说明的是，各地应当在6月底前完成清理。')).not.toEqual([]);
  });
});
