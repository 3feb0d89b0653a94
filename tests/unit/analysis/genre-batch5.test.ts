/**
 * The classes the fifth blind batch showed, each with sentences written for this test, not taken
 * from any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { zh, en, one } from './helpers';

describe('English: an instruction told in the perfect', () => {
  it('"I have asked X to …", "The President has directed X to …" are duties; views asked of us are not', () => {
    const a = "I've asked the regulator to review every contract by the summer.";
    const b = 'The Governor has directed the state police to open two more checkpoints.';
    expect(en(a)).toEqual(one('obligation', a));
    expect(en(b)).toEqual(one('obligation', b));
    expect(en('Residents have asked us to publish the figures.')).toEqual([]);
  });
});

describe("English: a speech's signposts", () => {
  it('"I want to set out …", "We need to talk about …" announce the speech; a duty to set out is one', () => {
    expect(en('This morning I want to set out the four steps the department will take.')).toEqual([]);
    expect(en('We also need to talk about housing.')).toEqual([]);
    const s = 'Councils need to set out their charging rules on their websites.';
    expect(en(s)).toEqual(one('obligation', s));
  });
});

describe('English: a condition and its consequence', () => {
  it('"If you do not …, you may have to …" is no ban, nor is the duty missed ("should have paid")', () => {
    expect(en('If you do not report the gains you should have declared, you may have to pay interest.')).toEqual([]);
    expect(en('If the landlord did not protect the deposit, the tenant may be able to claim it back.')).toEqual([]);
    const s = 'Do not share your password with anyone.';
    expect(en(s)).toEqual(one('prohibition', s));
  });
});

describe('English: a telling that did not happen', () => {
  it('"If you have not told the council …, use …" is an instruction, not a report of speech', () => {
    const s = 'If you find you have not told the council about a change, use the online form to tell them.';
    expect(en(s)).toEqual(one('obligation', s));
    // (a report of speech is still held back; an official's words to duty-holders are read by the English
    // report frame since session 26, so the speaker here is no official)
    expect(en('A shopkeeper told reporters that councils must act.')).toEqual([]);
  });
});

describe('Chinese: a day of each month as the deadline', () => {
  it('每月N日前 is a recurring deadline (a target), not 日前 (lately)', () => {
    const s = '各乡镇须于每月5日前上报上月安全生产检查情况。';
    expect(zh(s)).toEqual(one('target', s));
    expect(zh('日前，县里召开了安全生产工作会议。')).toEqual([]);
  });
});

describe("Chinese: a scholar's view or advice, reported", () => {
  it('专家/教授…表示/建议，…要… is an opinion; an official reporting the policy is not', () => {
    expect(zh('某财经大学教授李明表示，稳就业的关键是要稳住中小企业。')).toEqual([]);
    expect(zh('几位专家建议，补贴发放要更加透明，避免层层截留。')).toEqual([]);
    expect(zh('他建议，需要尽快完善社区托育服务标准。')).toEqual([]);
    const s = '这位负责人表示，各地要尽快完善社区托育服务标准。';
    expect(zh(s)).toEqual(one('obligation', s));
  });
});

describe('Chinese: a task judged, not set', () => {
  it('"<verb phrase>不是一日之功 / 永远在路上 / 没有休止符" is a commentary, not a measure', () => {
    expect(zh('提升基层治理能力不是一日之功。')).toEqual([]);
    expect(zh('纠治形式主义没有休止符，减负永远在路上。')).toEqual([]);
    const s = '提升基层治理能力，完善村级议事协商机制。';
    expect(zh(s)).toEqual(one('obligation', s));
  });
});

describe('Chinese: a capacity found short', () => {
  it('…已不能满足需要 describes a state, it bans nothing; 不能 as a ban stays one', () => {
    expect(zh('随着游客增多，景区现有停车场已不能满足需求。')).toEqual([]);
    const s = '审批部门不能要求企业重复提交材料。';
    expect(zh(s)).toEqual(one('prohibition', s));
  });
});

describe('Chinese: a priority set for a kind of case', () => {
  it('"…的家庭，优先安排…" is a measure; a priority reported done (优先安排了) is not', () => {
    const s = '符合条件的困难家庭，优先安排公共租赁住房。';
    expect(zh(s)).toEqual(one('obligation', s));
    expect(zh('去年，全县优先安排了两百套公共租赁住房。')).toEqual([]);
  });
});

describe("English: a document's goal and its call, reported", () => {
  it('"The strategy sets the goal of …" is a target, "The guideline calls for …" a duty; campaigners calling for it are not', () => {
    const a = 'The strategy also sets the goal of bringing hospital waiting times down to under 18 weeks.';
    const b = 'The guideline calls for stronger oversight of school canteens.';
    expect(en(a)).toEqual(one('target', a));
    expect(en(b)).toEqual(one('obligation', b));
    expect(en('Campaigners have long called for lower fares.')).toEqual([]);
  });
});

describe('English: "you never know"', () => {
  it('is an idiom, not a ban; "never" as a ban stays one', () => {
    expect(en('"You never know which sellers are genuine," one shopper said.')).toEqual([]);
    expect(en('You never know which sellers are genuine.')).toEqual([]);
    const s = 'Never leave a child alone in a parked car.';
    expect(en(s)).toEqual(one('prohibition', s));
  });
});

describe('English: a duty whose object the items describe', () => {
  it('"… shall publish a standard that:" passes its duty on to the items, also when dated (a target)', () => {
    const items = ['(i) sets out how complaints are logged;', '(ii) establishes a single reporting form.'];
    const list = (leadIn: string) =>
      findDirectives(plainArticle([leadIn, ...items], 'en')).map((d) => [d.category, d.text]);
    const undated = 'The Secretary shall publish a standard that:';
    const dated = 'Within 60 days, the Secretary shall publish a standard that:';
    expect(list(undated)).toEqual([['obligation', undated], ...items.map((i) => ['obligation', i])]);
    expect(list(dated)).toEqual([['target', dated], ...items.map((i) => ['obligation', i])]);
  });
});

describe('Chinese: a requirement reported whose content is a ban', () => {
  it('《…》同时要求，…不得… is a prohibition; a reported duty stays an obligation', () => {
    const ban = '《细则》同时要求，物业企业不得以任何理由停水停电。';
    const duty = '《细则》同时要求，物业企业要按月公示收支情况。';
    expect(zh(ban)).toEqual(one('prohibition', ban));
    expect(zh(duty)).toEqual(one('obligation', duty));
  });
});

describe('Chinese plans: a run-in title numbered "1."', () => {
  it('"1.<short title>。" before its paragraph is a heading; a numbered sentence with a comma is not', () => {
    const blocks = ['3.统筹布局公共停车场。各县（市、区）要于2027年底前完成停车设施专项规划编制。'];
    expect(findDirectives(plainArticle(blocks, 'zh')).map((d) => [d.category, d.text])).toEqual([
      ['heading', '3.统筹布局公共停车场。'],
      ['target', '各县（市、区）要于2027年底前完成停车设施专项规划编制。'],
    ]);
    const s = '2.到2028年，全市公共停车泊位达到5万个以上。';
    expect(zh(s)).toEqual(one('target', s));
  });
});
