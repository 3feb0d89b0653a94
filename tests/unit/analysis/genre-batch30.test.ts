/**
 * The Chinese classes session 30's dev set (blind batches 26 and 28) showed, counted over all golds, with
 * sentences written for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { one, zh } from './helpers';

describe('a sentence cut at its points, "…三方面工作：一是…；二是…；三是…。"', () => {
  it('is one directive, the whole sentence', () => {
    const t =
      '各县要着力抓好三方面工作：一是全面排查渠道隐患，建立问题台账；二是加快维修老化闸门；三是落实巡查人员，及时处置险情。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('also when only the points carry the duty', () => {
    const t = '一要严格落实值班制度，确保通信畅通；二要加强隐患巡查，发现问题及时上报。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('a series told in sentences of their own stays apart', () => {
    expect(zh('一是加快维修老化闸门。二是落实巡查人员。')).toEqual([
      ['obligation', '一是加快维修老化闸门。'],
      ['obligation', '二是落实巡查人员。'],
    ]);
  });
});
