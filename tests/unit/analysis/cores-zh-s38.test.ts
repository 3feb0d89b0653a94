import { describe, expect, it } from 'vitest';
import { coresOf } from '@/utils/analysis/cores';
import type { DirectiveCategory } from '@/utils/highlights/record';

/** The core of a one-sentence directive, as strings. */
const core = (category: DirectiveCategory, text: string) =>
  coresOf(text, { start: 0, end: text.length, category, lang: 'zh' }).map((s) => text.slice(s.start, s.end));

describe('对 + object + a verb the lexicon misses: the clause is the act when it holds a light verb or an adverb of the act', () => {
  it.each([
    // (s38, over all golds: 6 cores on 6 pages went to a later clause, none right before)
    ['各县政府对本县饮用水安全负总责，要把水源保护列入年度考核。', ['对本县饮用水安全负总责']],
    ['学校要对校内实验室危险品负总责，建立台账制度。', ['对校内实验室危险品负总责']],
    ['要对不适应新形势的陈旧做法加以改进，形成新的工作机制。', ['对不适应新形势的陈旧做法加以改进']],
    ['各街道要对辖区内沿街商铺逐一登记造册，9月底前完成建档。', ['对辖区内沿街商铺逐一登记造册']],
  ])('%s', (text, want) => expect(core('obligation', text)).toEqual(want));

  it('a topic that ends as one (…的问题 / …的) stays a topic, whatever such word it holds', () => {
    expect(core('obligation', '要对负责保洁的人员，开展一次岗前培训。')).toEqual(['开展一次岗前培训']);
    expect(core('obligation', '要对依法持证的从业人员，开展一次岗前培训。')).toEqual(['开展一次岗前培训']);
    expect(core('obligation', '要对至少两年未年检的车辆，逐一通知车主。')).toEqual(['逐一通知车主']);
  });
});

describe('an emphasis marker that closes its clause as a reporting verb (特别强调，) yields to a later marker', () => {
  it.each([
    ['会议特别强调，队伍是改革成败的关键，尤其要配齐配强基层执法人员，健全培训制度。', ['配齐配强基层执法人员']],
    ['通知特别强调，开学不等于放松管理，重中之重是压实学校安全主体责任，做到“三到位”。', ['压实学校安全主体责任']],
    ['他特别强调，尤其要做好新入职人员的岗前培训，确保人人过关。', ['做好新入职人员的岗前培训']],
  ])('%s', (text, want) => expect(core('emphasis', text)).toEqual(want));

  // (s39: the act after that clause's own modal, as a reported duty's — cores-zh-s39.test.ts)
  it('not past an act of its own between them (越要…), which stays the core', () =>
    expect(core('emphasis', '他特别强调，越是节假日越要守牢安全底线，尤其要防范火灾事故。')).toEqual(['守牢安全底线']));
});

describe('a standard or a quota with no modal: its subject is out, the core starts at the rate, 原则上 or 至少', () => {
  it.each([
    ['各支队每季度至少组织1次跨区域联合演练，演练方案报总队备案。', ['每季度至少组织1次跨区域联合演练']],
    ['水质监测点位每3000亩不少于1个。', ['每3000亩不少于1个']],
    ['公共停车场收费标准原则上不高于同地段路内停车。', ['原则上不高于同地段路内停车']],
    ['每个街道原则上至少设置1处临时安置点。', ['原则上至少设置1处临时安置点']],
  ])('%s', (text, want) => expect(core('obligation', text)).toEqual(want));

  it('a target after its deadline too', () =>
    expect(core('target', '到2026年底，每个乡镇至少确定1个村开展垃圾分类示范创建。')).toEqual([
      '到2026年底',
      '至少确定1个村开展垃圾分类示范创建',
    ]));

  it('not a span that opens with its rate, a verb and its count, or a preposition of the act', () => {
    expect(core('obligation', '每月至少开展一次消防检查。')).toEqual(['每月至少开展一次消防检查']);
    expect(core('obligation', '召开至少一次全体居民协调会。')).toEqual(['召开至少一次全体居民协调会']);
    expect(core('obligation', '为每一位困难学生至少提供1次心理辅导。')).toEqual([
      '为每一位困难学生至少提供1次心理辅导',
    ]);
    expect(core('obligation', '对辖区独居老人每周至少走访1次。')).toEqual(['对辖区独居老人每周至少走访1次']);
  });
});

describe('a standard stated with no modal in the first clause is the act, ahead of a later clause’s modal', () => {
  it.each([
    ['集体宿舍每间住宿人数原则上不超过8人，食堂要实行分时段就餐。', ['原则上不超过8人']],
    ['通知要求，各连每月至少组织一次夜间紧急拉动，营以上干部必须全程参加。', ['每月至少组织一次夜间紧急拉动']],
    ['按照防疫要求，公共卫生间每天至少消毒三次，门把手等部位要增加消毒频次。', ['每天至少消毒三次']],
  ])('%s', (text, want) => expect(core('obligation', text)).toEqual(want));

  it('not a condition (…的) before the modal, nor a standard after a modal', () => {
    expect(core('obligation', '每日工作超过8小时的，单位应当安排不少于30分钟的休息。')).toEqual([
      '安排不少于30分钟的休息',
    ]);
    expect(core('obligation', '平台应当推送提醒，并安排不少于20分钟的休息时间。')).toEqual(['推送提醒']);
  });
});
