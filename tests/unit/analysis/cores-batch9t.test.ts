/**
 * Core classes the blind batch 9T showed, with sentences written for this test (not taken from any
 * fixture page).
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe("a dated target's further goals", () => {
  it('after its first goal, a next step of the plan (培育 / 新增 / 提高到 …) stays out', () => {
    expect(core('target', '到2028年，全市快递进村覆盖率达到95%以上，新建乡镇物流站300个。')).toEqual([
      '到2028年',
      '达到95%以上',
    ]);
    expect(core('target', '到2027年底，全省累计建成充电桩8万个，公交电动化率提高到90%以上。')).toEqual([
      '到2027年底',
      '累计建成充电桩8万个',
    ]);
  });
  it('an indicator reaching its level stays in', () => {
    expect(core('target', '到2028年，全市快递进村覆盖率达到95%以上，冷链流通率超过60%。')).toEqual([
      '到2028年',
      '达到95%以上',
      '超过60%',
    ]);
  });
  it('a target without a date keeps every goal, and a deadline with no goal of its own takes the next', () => {
    expect(core('target', '力争培育30家以上链主企业，建成10个以上特色产业园。')).toEqual([
      '培育30家以上链主企业',
      '建成10个以上特色产业园',
    ]);
    expect(core('target', '到2027年春季学期，每所中学开设不少于2门劳动课程。')).toEqual([
      '到2027年春季学期',
      '不少于2门劳动课程',
    ]);
  });
});

describe('a point told as "二是X，…要Y"', () => {
  it('its first clause, an act with no modal of its own, is the headline and the core', () => {
    expect(core('obligation', '二是压实监管责任，各区要每季度开展一次联合检查。')).toEqual(['压实监管责任']);
    expect(core('obligation', '三是强化资金保障，市级财政必须足额安排补助资金，严禁挪用。')).toEqual(['强化资金保障']);
  });
  it('a modal in the first clause, or no numbering, leaves the act after the modal', () => {
    expect(core('obligation', '二是各区要每季度开展一次联合检查，及时通报结果。')).toEqual(['每季度开展一次联合检查']);
    expect(core('obligation', '对此，各区要每季度开展一次联合检查。')).toEqual(['每季度开展一次联合检查']);
  });
});

describe('English: a fronted date with its year, "By June 30, 2026,"', () => {
  it('is the deadline whole, numbered or not; the comma after the year ends it', () => {
    const t = '(c) By March 31, 2027, the Administrator shall publish a list of eligible ports.';
    expect(core('target', t, 'en')).toEqual(['By March 31, 2027', 'shall publish a list of eligible ports']);
    const u = 'By March 31, 2027, the Administrator shall publish a list of eligible ports.';
    expect(core('target', u, 'en')).toEqual(['By March 31, 2027', 'shall publish a list of eligible ports']);
  });
});

describe('a goal held to a bound, "至少建成…"', () => {
  it('the bound belongs to the goal, as 累计 / 基本 do', () => {
    expect(core('target', '到2028年，每个乡镇至少建成1个养老服务中心。')).toEqual([
      '到2028年',
      '至少建成1个养老服务中心',
    ]);
  });
});

describe("English: a condition put after a duty's act", () => {
  it('"must notify … if / unless …" leaves the condition out', () => {
    expect(
      core('obligation', 'You must notify the council if your pond holds more than 25 cubic metres.', 'en'),
    ).toEqual(['must notify the council']);
    expect(core('obligation', 'Operators shall file a return unless they hold a small-site exemption.', 'en')).toEqual([
      'shall file a return',
    ]);
    expect(core('target', 'You must notify the council within 14 days if:', 'en')).toEqual([
      'must notify the council within 14 days',
    ]);
  });
  // an imperative's condition is cut too: the golds' convention, counted in session 24 (cores-batch12.test.ts)
  it('a "whether" after a verb of finding out stays; an imperative\'s condition is cut', () => {
    expect(core('obligation', 'You must check if your boiler needs a permit.', 'en')).toEqual([
      'must check if your boiler needs a permit',
    ]);
    expect(core('obligation', 'Book a test if your licence has expired.', 'en')).toEqual(['Book a test']);
  });
});

describe('a goal whose object is put before its verb, "力争将…建成…"', () => {
  it('starts at 将 / 把, as an act after a modal does', () => {
    expect(core('target', '到2029年，力争将全市老旧供水管网全部改造完成。')).toEqual([
      '到2029年',
      '将全市老旧供水管网全部改造完成',
    ]);
    expect(core('target', '到2028年，力争把城市生活污水集中收集率提高到75%以上。')).toEqual([
      '到2028年',
      '把城市生活污水集中收集率提高到75%以上',
    ]);
  });
  it('将 right before the verb means "will": the goal starts at the verb', () => {
    expect(core('target', '到2028年，全市将建成口袋公园120个。')).toEqual(['到2028年', '建成口袋公园120个']);
  });
});

describe('English: a legal saving clause closing the act', () => {
  it('"… unless permitted by law" / "except as required by law" is left out of the core', () => {
    expect(
      core(
        'prohibition',
        'Contractors may not share payroll records with third parties unless permitted by law.',
        'en',
      ),
    ).toEqual(['may not share payroll records with third parties']);
    expect(
      core('obligation', 'Each agency shall delete the records within 90 days, except as required by law.', 'en'),
    ).toEqual(['shall delete the records within 90 days']);
  });
  // a ban's "unless" is cut as a duty's is: the golds' convention, counted in session 24 (cores-batch12.test.ts)
  it('another "unless" is cut as well (a ban\'s condition, as a duty\'s)', () => {
    expect(
      core('prohibition', 'Tenants must not sublet the flat unless the landlord agrees in writing.', 'en'),
    ).toEqual(['must not sublet the flat']);
  });
});
