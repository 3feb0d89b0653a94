/**
 * The classes the blind batch 9S showed, each with sentences written for this test, not taken from
 * any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { zh, one } from './helpers';

describe('the own words of ordinary people, in a feature story', () => {
  it('a front-line hand named before the words: "网格员…说，…要…"', () => {
    expect(zh('社区网格员小周说，现在每天都要把楼道里的杂物清一遍。')).toEqual([]);
    expect(zh('仓库的物资管理员老陈说，每次进货都要一件件核对数量。')).toEqual([]);
  });
  it('a quotation with its speaker named after it', () => {
    expect(zh('“山里的路窄，巡林还是要靠两条腿。”干了十几年的护林员杨大哥说。')).toEqual([]);
    expect(zh('“村里的账每月都要贴出来，”老党员王伯说。')).toEqual([]);
  });
  it('an ordinary speaker named more than 16 characters after a quotation that ends its sentence', () => {
    // only the ZH_ORDINARY_SPEAKERS row reaches this far (the general one stops 16 characters on)
    expect(zh('“每个月都要把账目贴到村务公开栏上。”在村里干了二十多年会计的老党员王伯说。')).toEqual([]);
  });
  it('an official named after the quotation still reports the policy', () => {
    const t = '“各乡镇要在汛前把转移路线再核一遍。”';
    expect(zh(`${t}该负责人说。`)).toEqual(one('obligation', t));
  });
});

describe('应 in the name of the people a measure covers', () => {
  it('"全组应撤离群众全部到达…", "应检人员中有…": what those people did, or a count of them, no duty', () => {
    expect(zh('警报拉响半小时后，全组应撤离群众全部到达避险点。')).toEqual([]);
    expect(zh('演练当晚，全校应到学生全部集合完毕。')).toEqual([]);
    expect(zh('这次排查中，应检人员中有12人未到场。')).toEqual([]);
  });
  it('应 before an act on the people is still a duty', () => {
    const t = '各地应转移人员至安全地带，确保不漏一户。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('the title of a regulation’s article', () => {
  it('"第九条（支持措施）…" is a label: its words are no marker', () => {
    expect(zh('第九条（支持措施）对符合条件的示范项目，区财政按照有关规定给予资金支持。')).toEqual([]);
    expect(zh('第二十一条（推进机制）本办法的实施情况纳入年度工作报告。')).toEqual([]);
  });
  it('the article’s own modal still counts', () => {
    const t = '第九条（支持措施）区财政要对符合条件的示范项目给予资金支持。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('needs named as the premise of where the way lies', () => {
  it('"经济要转型、生态要修复，根本出路在于改革。" states the way, asks nothing', () => {
    expect(zh('对于一座资源型城市来说，经济要转型、生态要修复，根本出路在于改革。')).toEqual([]);
    expect(zh('乡村要振兴，出路在于产业。')).toEqual([]);
  });
  it('a measure asked of someone before it stays a duty', () => {
    const t = '各地要加快传统产业转型，出路在于创新。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('a shortfall of some, told as a state of things', () => {
  it('"部分单位台账记录不规范、…，还需要进一步…" describes a gap', () => {
    expect(zh('然而从检查情况看，部分单位台账记录不规范、问题整改不到位，日常管理还需要进一步加强。')).toEqual([]);
  });
  it('what a measure targets stays a measure', () => {
    const a = '针对一些地方落实不到位、推诿扯皮等问题，要加大督查力度。';
    expect(zh(a)).toEqual(one('obligation', a));
    const b = '对部分单位整改不到位的，要约谈其主要负责人。';
    expect(zh(b)).toEqual(one('obligation', b));
  });
});

describe('a person named bare, telling in plain words', () => {
  it('"老周说，…今年得…，一个都不能…" is what the person said', () => {
    expect(zh('老周说，去年这段堤出过险情，今年得天天盯着，一个口子都不能放过。')).toEqual([]);
  });
  it('an instruction reported (强调) or an office that speaks (局长说) is still the policy', () => {
    const a = '会议强调，要抓紧排查堤防隐患。';
    expect(zh(a)).toEqual(one('obligation', a));
    const b = '局长说，各地要抓紧排查堤防隐患。';
    expect(zh(b)).toEqual(one('obligation', b));
  });
});
