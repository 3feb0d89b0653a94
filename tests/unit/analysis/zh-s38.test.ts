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

describe('who 他 is, and who speaks a quotation standing alone', () => {
  it('a person introduced after a setting is the one 他说 means', () => {
    expect(
      paragraphs([
        '在大堤3号闸口，省水利科学研究院高级工程师周明正带着技术员查看渗水情况。他说，堤身土质以砂壤土为主。“越是到了退水阶段，越要盯紧。”',
      ]),
    ).toEqual([]);
  });
  it('a quotation names no one: 他说 after it is the person named before it', () => {
    const official = '农业农村部有关负责人表示，各地要把防止返贫监测作为一项常态化工作。';
    expect(
      paragraphs([official, '在某县，驻村第一书记周大山已经开始行动。“我们要把监测户的台账建得更细一些。”他说。']),
    ).toEqual([['obligation', official]]);
  });
  it('a soldier of the ranks, 上等兵, is a voice', () => {
    expect(paragraphs(['“每一个动作都必须精准到位，容不得半点马虎。”上等兵刘小虎说。'])).toEqual([]);
  });
  it("an official's words after a setting stay his", () => {
    expect(
      paragraphs(['在防汛一线，县应急管理局局长周明正在调度物资。他说，各乡镇要在今晚前完成危险区域群众转移。']),
    ).not.toEqual([]);
  });
});

describe('a frame with a space before its comma', () => {
  it('"某某教授认为 ，…" is still a scholar\'s view', () => {
    expect(
      zh('某大学经济研究院教授李明认为 ，当前最要紧的是打通产业链，政府应该帮助龙头企业带动配套企业同步复工。'),
    ).toEqual([]);
  });
});
