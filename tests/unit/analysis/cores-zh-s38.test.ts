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
