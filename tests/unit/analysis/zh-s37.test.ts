/**
 * Chinese classes of session 37 (s37-zh), each with sentences written for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';

const kinds = (blocks: { kind: 'heading' | 'paragraph'; text: string }[]) =>
  findDirectives(plainArticle(blocks, 'zh')).map((d) => [d.category, d.text]);
const bold = (text: string) => ({ kind: 'heading' as const, text });
const para = (text: string) => ({ kind: 'paragraph' as const, text });

describe("a transcript's speaker set alone on a bold line is no heading", () => {
  it('the host, an official, a reporter', () => {
    for (const label of ['主持人 王晓明：', '李建国：', '中央广播电视总台记者：', '新华社记者：', '第一财经记者：'])
      expect(kinds([bold(label), para('谢谢大家。')])).toEqual([]);
  });
  it('the answer under the label is read as any paragraph', () => {
    const answer = '各地要在3月底前完成实施方案的制定。';
    expect(kinds([bold('李建国：'), para(answer)])).toEqual([['target', answer]]);
  });
  it('a bold lead-in with a modal is then found as a lead-in', () => {
    const lead = '各地要做到：';
    expect(kinds([bold(lead)]).map(([c]) => c)).not.toContain('heading');
  });
  it('a bold head with no colon, a numbered one, a crosshead with words after its colon stay headings', () => {
    for (const head of ['加快推进设备更新', '一、总体要求：', '现场：堤坝上的守夜人'])
      expect(kinds([bold(head)])).toEqual([['heading', head]]);
  });
});

describe("a document's measure reported with a bare verb after 《…》提出 / 明确 / 规定", () => {
  const zh = (text: string) => kinds([para(text)]);
  it('the verb after the frame opens the measure', () => {
    for (const s of [
      '《方案》还提出，拓展社区养老服务网络。',
      '答：《办法》明确，对符合条件的老年人，继续发放高龄津贴。',
    ])
      expect(zh(s)).toEqual([['obligation', s]]);
  });
  it('a frame with no verb after it asks nothing', () => {
    expect(zh('《办法》明确，传承人享有开展传艺活动的权利。')).toEqual([]);
  });
});

describe('a report, not a measure', () => {
  const zh = (text: string) => kinds([para(text)]);
  it("an estimate of a measure's effect (据测算，… / 初步测算，…)", () => {
    expect(
      zh('据测算，新标准实施后全省约90%的用户月度水费支出不变或略降，少数用水大户每月增加一般在8元以内。'),
    ).toEqual([]);
    expect(zh('经初步估算，新政实施后每年可为企业减负超过20亿元。')).toEqual([]);
  });
  it('the days past (连日来，各地各部门…)', () =>
    expect(zh('连日来，各地各部门认真落实部署，全力做好抗旱保供工作。')).toEqual([]));
  it("a document's size, in parts or articles (《意见》共5个部分18条，…)", () =>
    expect(zh('《意见》共5个部分18条，坚持目标导向，着力解决养老服务供给不足等问题。')).toEqual([]));
  it('a plan named 纲要 (its 要 no modal), while 大纲要求 keeps its 要求', () => {
    expect(zh('3月5日，《某某省国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要》全文公布。')).toEqual([]);
    const s = '各部队要把新颁发的训练大纲要求落实到每个课目。';
    expect(zh(s)).toEqual([['obligation', s]]);
  });
  it('a duty after the estimate still counts', () => {
    const s = '据测算，全省缺口较大，各地要加快建设进度。';
    expect(zh(s)).toEqual([['obligation', s]]);
  });
});

describe('a speaker named again with an adverb before the verb (某某还提醒，…) is the same speaker', () => {
  const intro = '某大学建筑学院教授陈晓明认为，城市更新已经转向“留改拆”。';
  it("a scholar's words stay his view", () => {
    for (const v of ['还提醒', '也表示', '同时强调'])
      expect(kinds([para(intro), para(`陈晓明${v}，更新项目的资金平衡是难点，需要探索多元筹资方式。`)])).toEqual([]);
  });
  it("an official's stay a directive", () => {
    const s = '刘建华还强调，各区县要在6月底前完成排查。';
    const out = kinds([para('市住房城乡建设局局长刘建华介绍，今年全市计划改造老旧小区300个。'), para(s)]);
    expect(out.map(([, t]) => t)).toContain(s);
  });
});

describe("a professional's view (律师 / 合伙人 / 工程师) is a voice's", () => {
  it('a lawyer judging the rules', () =>
    expect(
      kinds([para('一家律师事务所的合伙人李明认为，这些规定回应了企业关切，关键在于执行中能否落实到位。')]),
    ).toEqual([]));
  it("a ministry's chief engineer (总工程师) still speaks for it", () => {
    const s = '水利部总工程师刘建华强调，各地要在汛前完成水库安全鉴定。';
    expect(kinds([para(s)]).map(([, t]) => t)).toContain(s);
  });
});
