/**
 * The classes the blind batch 15 showed, each with sentences written for this test, not taken from
 * any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { core, zh, en, one } from './helpers';

describe('a measure as the topic of a judgement of its weight: "做好…，事关…"', () => {
  it('tells why it matters, sets no duty', () => {
    expect(zh('抓好秋冬季森林防火工作，事关群众生命财产安全。')).toEqual([]);
    expect(zh('会议强调，推进老旧小区改造，关系到千家万户的切身利益。')).toEqual([]);
  });
  it('a modal after it still carries the duty', () => {
    const t = '做好防汛工作，事关全局，各地要压紧压实责任。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('a measure defined as the means a goal needs: "…是…的关键一招"', () => {
  it('is a statement', () => {
    expect(zh('优化营商环境是激发市场主体活力的关键一招。')).toEqual([]);
    expect(zh('推进产业转型升级，园区是重要突破口。')).toEqual([]);
  });
  it('the duty to do it is still one', () => {
    const t = '要把优化营商环境作为激发市场主体活力的重要抓手。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('an office\'s own next step with its unit as the subject: "…表示，团里将…"', () => {
  it('is the office telling its plans', () => {
    expect(zh('营长赵某某表示，营里将逐项梳理训练中的短板弱项，确保整改到位。')).toEqual([]);
    expect(zh('该局负责人介绍，局里将加快推进审批流程再造，确保群众少跑腿。')).toEqual([]);
  });
  it('words to its addressees stay a directive', () => {
    const t = '该局负责人表示，各地要在6月底前完成排查。';
    expect(zh(t).map(([c]) => c)).toEqual(['target']);
  });
});

describe('a quotation whose speaker is named after it with a view: "“…”某教授认为"', () => {
  it('is the speaker’s own words', () => {
    const marks = findDirectives(
      plainArticle(['“治理噪声扰民，关键在于把监测设备装到居民楼下。”某大学教授李某认为，新规可操作性强。'], 'zh'),
    );
    expect(marks).toEqual([]);
  });
});

describe('a result reported at the end of the sentence: "…，取得积极成效"', () => {
  it('is a report, even with a ban named inside it', () => {
    expect(zh('去年全省共检查餐饮单位3万余家，推行“后厨一律不得吸烟”公开承诺，取得明显成效。')).toEqual([]);
  });
  it('a result aimed at stays a target or duty', () => {
    const t = '要确保专项整治取得明显成效。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('a note on the document’s own layout: "不再列出"', () => {
  it('is no measure', () => {
    expect(zh('（各县区政府负责落实，下同，不再列出）')).toEqual([]);
  });
});

describe('the name of a plan with its years above the text', () => {
  it('is no heading', () => {
    const a = findDirectives(
      plainArticle([{ kind: 'heading', text: '某某市城市更新行动实施方案（2026—2030年）' }], 'zh'),
    );
    expect(a).toEqual([]);
  });
});

describe('the end of a quotation that opened in an earlier sentence (English)', () => {
  it('is still the speaker’s words', () => {
    const p = '“Too many families have waited too long for this. We must make safe homes the rule, not the exception.”';
    expect(en(p)).toEqual([]);
  });
  it('a rule told in plain prose is not held back', () => {
    const t = 'Landlords must fit a working alarm in every bedroom.';
    expect(en(t)).toEqual(one('obligation', t));
  });
});

describe('an order\'s boilerplate sections: "Sec. 2. Policy."', () => {
  it('are no headings', () => {
    const a = findDirectives(
      plainArticle(['Section 1. Purpose.', 'Sec. 2. Policy.', 'Sec. 9. General Provisions.'], 'en'),
    );
    expect(a).toEqual([]);
  });
  it("a section on the order's own measures stays a heading", () => {
    const t = 'Sec. 4. Strengthening Port Security.';
    expect(en(t)).toEqual(one('heading', t));
  });
});

describe('a requirement told with what imposes it: "will be required by law to …"', () => {
  it('is an obligation, its core the modal with its act', () => {
    const t = 'Large gyms will be required by law to keep a first aid kit on site.';
    expect(en(t)).toEqual(one('obligation', t));
    expect(core('obligation', t, 'en')).toEqual(['will be required by law to keep a first aid kit on site']);
  });
  it('told in the negative it sets no duty', () => {
    expect(en('Small venues will not be required by law to keep one.')).toEqual([]);
  });
});

describe("a template's summary above the body", () => {
  it('restates the news: its directive is marked where the body tells it', () => {
    const a = findDirectives({
      text: 'Gyms must keep a first aid kit.\nGyms must keep a first aid kit on site from May.',
      blocks: [
        { kind: 'paragraph', text: 'Gyms must keep a first aid kit.', start: 0, summary: true },
        { kind: 'paragraph', text: 'Gyms must keep a first aid kit on site from May.', start: 32 },
      ],
      meta: { language: 'en' },
    });
    expect(a.map((d) => d.text)).toEqual(['Gyms must keep a first aid kit on site from May.']);
  });
});

describe('this year as the frame of a duty with bounds to reach: "今年…要稳定在…以上"', () => {
  it('is a target', () => {
    const t = '今年全市新能源汽车保有量要稳定在30万辆以上。';
    expect(zh(t)).toEqual(one('target', t));
  });
  it('a look back from this year is a report', () => {
    expect(zh('今年以来，全市新能源汽车保有量稳定在30万辆以上。')).toEqual([]);
  });
});

describe('a plan’s schedule, year by year: "…；2027年，…扩大到…；2028年，…"', () => {
  it('is a target', () => {
    const t = '2026年，建成示范街区10个；2027年，示范街区扩大到25个；2028年，全市街区改造全面完成。';
    expect(zh(t)).toEqual(one('target', t));
  });
});
