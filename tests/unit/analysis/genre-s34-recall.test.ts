/**
 * The Chinese recall classes session 34's dev set showed (gold directives the analysis did not mark), counted
 * over all golds, with sentences written for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { core, one, zh } from './helpers';

type Para = string | { kind: 'heading' | 'paragraph'; text: string };
const marks = (paragraphs: Para[]) => findDirectives(plainArticle(paragraphs, 'zh')).map((d) => [d.category, d.text]);

describe('a list of duties, each office named before a colon, "1.市X局：负责…"', () => {
  it('is an obligation whatever the duty names', () => {
    for (const t of [
      '1.市民政局：负责养老机构冬季安全检查，组织开展消防演练。',
      '3.区市场监管局、区消防救援大队：负责对集中供餐单位的食品安全和消防安全开展联合检查。',
      '（二）县供水公司：负责城区供水管网的巡检抢修，保障高峰时段水压稳定。',
    ])
      expect(zh(t)).toEqual(one('obligation', t));
  });
  it('its core is the duty, from 负责 to the clause end', () => {
    expect(core('obligation', '2.市水务中心：负责河道闸站的运行调度，汛期实行24小时值班。')).toEqual([
      '负责河道闸站的运行调度',
    ]);
  });
  it('not a person in charge named after a colon, nor a colon after no office', () => {
    for (const t of ['联系人：负责人王某某，电话见附件。', '记者：负责这项调查的是哪支队伍？'])
      expect(zh(t)).toEqual([]);
  });
});

describe('a heading that bans the items under it, with no colon, "二、禁止下列行为"', () => {
  it('lends its ban to the numbered items, which say no modal of their own', () => {
    expect(
      marks([
        { kind: 'heading', text: '三、禁止下列行为' },
        '（一）在居民楼道、楼梯间停放电动自行车；',
        '（二）将电动自行车蓄电池带入电梯轿厢或者放在住宅内充电；',
        { kind: 'heading', text: '四、加强日常巡查' },
        '物业服务企业要每日开展巡查。',
      ]),
    ).toEqual([
      ['heading', '三、禁止下列行为'],
      ['prohibition', '（一）在居民楼道、楼梯间停放电动自行车；'],
      ['prohibition', '（二）将电动自行车蓄电池带入电梯轿厢或者放在住宅内充电；'],
      ['heading', '四、加强日常巡查'],
      ['obligation', '物业服务企业要每日开展巡查。'],
    ]);
  });
  it('not a heading that bans nothing: items under "一、适用范围" stay as they read', () => {
    expect(marks([{ kind: 'heading', text: '一、适用范围' }, '（一）本市行政区域内的住宅小区；'])).toEqual([
      ['heading', '一、适用范围'],
    ]);
  });
});

describe('a measure opened by 继续 or 打好, with no modal', () => {
  it('继续 before its act, "继续深化…工程，实现…全覆盖", is a measure', () => {
    const t = '继续深化医联体建设，实现县域内二级以上医院远程会诊全覆盖。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('打好 a battle a plan sets is a measure', () => {
    const t = '打好农村饮水安全巩固提升攻坚战。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('a tally that goes on, "…，继续保持全省第一", is still none', () => {
    expect(zh('去年全市快递业务量达到3.2亿件，继续保持全省第一。')).toEqual([]);
  });
});

describe('a frame that introduces the rule after a colon, "《办法》也作出了规定：…应当…"', () => {
  it('is no report of what was done: the rule after it stands', () => {
    const t = '对于夜间施工，《规定》也作出了明确规定：施工单位应当提前3日向周边居民公告。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('作出了 still tells of a rule made before, when no colon opens the rule: "早在2019年，省里就对此作出了规定，…"', () => {
    expect(zh('早在2019年，省里就对此作出了规定，养老机构应当配备专职护理员。')).toEqual([]);
  });
});

describe('a section that announces the year\'s tasks, "二、2018年工作安排": a figure set with no modal', () => {
  const plan = (heading: string, ...paragraphs: Para[]) =>
    marks([{ kind: 'heading', text: heading }, ...paragraphs]).filter(([c]) => c !== 'heading');
  it('is a target to reach', () => {
    for (const t of ['今年新建社区食堂200个，新增助餐点500个。', '全年开通城乡公交线路30条以上。'])
      expect(plan('二、2025年工作安排', t)).toEqual(one('target', t));
  });
  it('not a tally of last year, a subsidy, a forecast, nor outside such a section', () => {
    for (const t of [
      '去年全市新增就业5.2万人，今年压力依然不小。',
      '对新建的充电设施，按投资额的20%给予补助。',
      '全年接待游客预计超过1000万人次。',
    ])
      expect(plan('二、2025年工作安排', t)).toEqual([]);
    expect(plan('一、过去五年工作回顾', '新建社区食堂200个，新增助餐点500个。')).toEqual([]);
    expect(
      plan('二、2025年工作安排', { kind: 'heading', text: '三、加强政府自身建设' }, '新建社区食堂200个。'),
    ).toEqual([]);
  });
});
