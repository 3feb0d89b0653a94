/**
 * The Chinese classes session 30's dev set (blind batches 26 and 28) showed, counted over all golds, with
 * sentences written for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { one, zh } from './helpers';

describe('a sentence cut at its points, "…三方面工作：一是…；二是…；三是…。"', () => {
  it('is one directive, the whole sentence', () => {
    const t =
      '各县要着力抓好三方面工作：一是全面排查渠道隐患，建立问题台账；二是加快维修老化闸门；三是落实巡查人员，及时处置险情。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('also when only the points carry the duty', () => {
    const t = '一要严格落实值班制度，确保通信畅通；二要加强隐患巡查，发现问题及时上报。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('a series told in sentences of their own stays apart', () => {
    expect(zh('一是加快维修老化闸门。二是落实巡查人员。')).toEqual([
      ['obligation', '一是加快维修老化闸门。'],
      ['obligation', '二是落实巡查人员。'],
    ]);
  });
});

describe('an achievement to date, "截至…，…已建成…"', () => {
  it('is no target, whatever its 建成 and figures', () => {
    expect(
      zh('截至目前，全市已建成口袋公园42个，新增绿道180公里，公园绿地服务半径覆盖率由2021年的76%提高到92.5%。'),
    ).toEqual([]);
    expect(zh('据统计，截至2025年底，全省累计建成充电桩8.6万个，覆盖率达到95%。')).toEqual([]);
  });
  it('"到2027年…建成…" is the target, and a 截至 deadline with its duty is a directive', () => {
    const target = '到2027年，全县建成规模化水厂8座，农村自来水普及率达到99%以上。';
    expect(zh(target)).toEqual(one('target', target));
    const duty = '截至6月底前，各县要完成老旧管网排查。';
    expect(zh(duty).length).toBe(1);
  });
});

describe('a quotation standing as a sentence, its speaker named beside it in the paragraph', () => {
  it("is a private person's or a scholar's words: not a directive", () => {
    expect(zh('在某市经营餐馆的李先生则表示，新规对守规矩的商户是好事。“规矩定下来了，大家都应该照着做。”')).toEqual(
      [],
    );
    expect(zh('“行业组织应当加强自律，平台也要把好入驻关。”某大学法学院副教授王某认为，治理离不开多方合力。')).toEqual(
      [],
    );
    expect(zh('“充完电要及时把车挪走，把位置让给下一位。”物业项目经理吴某一边检修设备一边介绍。')).toEqual([]);
  });
  it("an official's stays his words passed on", () => {
    const quote = '“各区要把加装电梯作为民生实事抓紧抓好。”';
    expect(zh(`某市住建局局长王某表示，今年的改造任务很重。${quote}`)).toEqual(one('obligation', quote));
  });
});

describe("a grassroots cadre (a village's, a community's) telling his unit's plans", () => {
  it('is no directive', () => {
    expect(zh('村党支部书记李某说，下一步我们要把村里的民宿办得更红火。')).toEqual([]);
  });
  it('a rule he passes on stays one, and a 街道 is an office', () => {
    const rule = '社区党委书记王某介绍，公约还明确，业主必须按时清理楼道杂物。';
    expect(zh(rule)).toEqual(one('obligation', rule));
    const office = '某街道党工委书记赵某表示，街道要把共享停车经验推广到辖区所有老旧小区。';
    expect(zh(office)).toEqual(one('obligation', office));
  });
});

describe('what a document contains, summed up: "《…》明确了…目标"', () => {
  it('is no directive', () => {
    expect(zh('《健康城市建设规划（2025—2035年）》明确了到2035年建成健康城市的目标。')).toEqual([]);
  });
  it('the document restated with its duty stays one', () => {
    const t = '《方案》明确，到2030年，全市城镇老旧小区改造完成率达到100%。';
    expect(zh(t)).toEqual(one('target', t));
  });
});
