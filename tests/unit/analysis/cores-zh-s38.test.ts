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

  it('not past an act of its own between them (越要…), which stays the core', () =>
    expect(core('emphasis', '他特别强调，越是节假日越要守牢安全底线，尤其要防范火灾事故。')).toEqual([
      '越是节假日越要守牢安全底线',
    ]));
});
