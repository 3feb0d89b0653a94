/**
 * The classes the blind batch 8 showed, each with sentences written for this test, not taken from
 * any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { zh, en, one } from './helpers';

describe('a modal measure whose figures follow in the next clause', () => {
  it('is an obligation: the figures spell out the measure', () => {
    const a = '各市要加快建设社区嵌入式托育服务设施，2028年底前实现街道全覆盖。';
    expect(zh(a)).toEqual(one('obligation', a));
    const b = '要持续推进城市更新行动，今年改造城镇老旧小区1200个以上。';
    expect(zh(b)).toEqual(one('obligation', b));
  });
  it('also where the figures are the purpose, "…，确保…"', () => {
    const t = '供电企业要简化充电桩报装流程，确保接电时间压缩至15个工作日以内。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('stays a target where the modal clause holds the figures, or a frame has no act of its own', () => {
    const a = '各地要在2027年底前建成县级物流配送中心，打通农村寄递“最后一公里”。';
    expect(zh(a)).toEqual(one('target', a));
    const b = '会议要求，到2028年，全省新能源汽车产量达到200万辆以上。';
    expect(zh(b)).toEqual(one('target', b));
    const c = '会议要求，各地要对标对表、压实责任，务必在9月底前完成全部排查整改。';
    expect(zh(c)).toEqual(one('target', c));
  });
});

describe('a consequence foretold or a habit complained of, not a duty', () => {
  it('"…就要付出…代价" foretells; "要付出更大努力" still asks', () => {
    expect(zh('演习中不较真，到了考场上就要付出沉重的代价。')).toEqual([]);
    const t = '各级干部要付出更大努力，确保完成全年任务。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('"一下雪就要…" / "每逢集日就要…" is a habit', () => {
    expect(zh('一下雪就要绕远路去上学。')).toEqual([]);
    expect(zh('每逢集日就要排长队。')).toEqual([]);
  });
});

describe('voices reported, not the policy', () => {
  it('an unnamed voice that speaks frankly, a wish told by "他说，希望…"', () => {
    expect(zh('有村干部坦言，过去一项补贴要跑五个部门盖章，“能合并的手续还要合并”。')).toEqual([]);
    expect(zh('她说，希望有关部门把便民设施先建好，“不要一关了之”。')).toEqual([]);
  });
  it('a penalty incurred, told in the passive', () => {
    expect(zh('逾期不整改的商户，将被责令停业整顿。')).toEqual([]);
    const t = '发现违规行为的，应当责令立即改正。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('English: a duty disclaimed', () => {
  it('"Nothing in this Act requires …" and "no applicant will need to …" set no duty', () => {
    expect(en('Nothing in this Act requires a school to change its admissions policy.')).toEqual([]);
    expect(en('Under the new scheme, no applicant who has a valid licence will need to sit the test again.')).toEqual(
      [],
    );
  });
  it('a requirement set in the same words stays one', () => {
    const t = 'The Act requires every school to publish its admissions policy.';
    expect(en(t)).toEqual(one('obligation', t));
  });
});

describe("a document's preamble naming its kind", () => {
  it('"…，制定本实施方案。" / "…，制定本行动计划。" states a purpose', () => {
    expect(zh('为加快发展低空经济，培育新质生产力，制定本行动计划。')).toEqual([]);
    expect(zh('为推动数字政府建设，打造一流营商环境，制定本实施方案。')).toEqual([]);
  });
});

describe('money sent, reported with its sum', () => {
  it('"…紧急下拨…资金3.5亿元，支持…" reports; a duty to pay funds on time still asks', () => {
    expect(zh('水利部、财政部紧急下拨中央水利救灾资金3.5亿元，支持各地做好抗旱保供水工作。')).toEqual([]);
    const t = '各地要确保补助资金及时拨付到户。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('a measure opened by its base, "以…为核心，打造…"', () => {
  it('is an obligation; a past report in the same frame is not', () => {
    const t = '以南京、苏州为核心，打造长三角集成电路产业集聚区。';
    expect(zh(t)).toEqual(one('obligation', t));
    expect(zh('该市以园区为依托，打造了三个产业集群。')).toEqual([]);
  });
});

describe('English: news they will get, not a duty', () => {
  it('"Successful councils will be told …" reports; "Councils will publish … by …" still sets a target', () => {
    expect(en('Successful councils will be told the outcome of their bids in September 2026.')).toEqual([]);
    const t = 'Councils will publish their parking plans by June 2027.';
    expect(en(t)).toEqual(one('target', t));
  });
});
