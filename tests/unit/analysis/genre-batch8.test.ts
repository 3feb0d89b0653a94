/**
 * The classes the blind batch 8 showed, each with sentences written for this test, not taken from
 * any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';

const marks = (text: string, language?: string) =>
  findDirectives(plainArticle([text], language)).map((d) => [d.category, d.text]);
const zh = (text: string) => marks(text, 'zh');
const one = (category: string, text: string) => [[category, text]];

describe('a modal measure whose figures follow in the next clause', () => {
  it('is an obligation: the figures spell out the measure', () => {
    const a = '各市要加快建设社区嵌入式托育服务设施，2028年底前实现街道全覆盖。';
    expect(zh(a)).toEqual(one('obligation', a));
    const b = '要持续推进城市更新行动，今年改造城镇老旧小区1200个以上。';
    expect(zh(b)).toEqual(one('obligation', b));
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
