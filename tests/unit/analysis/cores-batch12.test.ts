/**
 * Core classes the blind batch 12 showed, and the conventions settled with it, with sentences
 * written for this test (not taken from any fixture page).
 */
import { describe, expect, it } from 'vitest';
import { deadlineOf } from '@/utils/analysis/deadlines';
import { core } from './helpers';

// The golds' convention (session 24's count over every cores.json): a trailing if-condition is cut
// on 4 pages and kept on 3, an unless-condition cut on 8 and kept on 1.
describe('English: a condition put after any act is cut', () => {
  it("an imperative's if-condition", () => {
    expect(core('obligation', 'Renew your permit online if it expires before March.', 'en')).toEqual([
      'Renew your permit online',
    ]);
  });
  it("a ban's unless- or if-condition", () => {
    expect(core('prohibition', 'Drivers must not park on the verge unless a warden directs them to.', 'en')).toEqual([
      'must not park on the verge',
    ]);
    expect(core('prohibition', 'You cannot claim the grant if your farm received one last year.', 'en')).toEqual([
      'cannot claim the grant',
    ]);
  });
  it("an emphasised clause's condition", () => {
    expect(
      core('emphasis', 'It is essential that you warn residents quickly if the river is expected to flood.', 'en'),
    ).toEqual(['you warn residents quickly']);
  });
  it('"even if" and "only if" go with their condition', () => {
    expect(core('obligation', 'You must file the form every year even if nothing has changed.', 'en')).toEqual([
      'must file the form every year',
    ]);
    expect(core('obligation', 'Schools should close the pool only if the heating fails.', 'en')).toEqual([
      'should close the pool',
    ]);
  });
  it('a "whether" after a verb of finding out stays', () => {
    expect(core('obligation', 'Find out if your shed needs planning permission.', 'en')).toEqual([
      'Find out if your shed needs planning permission',
    ]);
  });
});

describe('English: an aside that a relative clause follows', () => {
  it('", including …, that …" ends the verb phrase before the aside', () => {
    expect(
      core(
        'obligation',
        'The review should also list any costs, including staff time and software licences, that fall on local councils.',
        'en',
      ),
    ).toEqual(['should also list any costs']);
  });
  it('an aside before the object goes on to the object', () => {
    expect(core('obligation', 'Each council shall, where appropriate, publish the register online.', 'en')).toEqual([
      'shall',
      'publish the register online',
    ]);
  });
});

describe('the span a plan gives itself: "用三年左右时间"', () => {
  it("is a target's deadline phrase, its goal after it (力争 left out)", () => {
    expect(core('target', '力争用五年左右时间，基本建成覆盖全市的托育服务网络。')).toEqual([
      '用五年左右时间',
      '基本建成覆盖全市的托育服务网络',
    ]);
    expect(core('target', '花两到三年的时间，全面完成老旧管网改造。')).toEqual([
      '花两到三年的时间',
      '全面完成老旧管网改造',
    ]);
  });
  it('its due date is never guessed', () => {
    const t = '用三年时间，基本消除城区易涝点。';
    expect(deadlineOf(t, { start: 0, end: t.length }, 'zh', '2026-03-01T08:00:00+08:00')).toMatchObject({
      text: '用三年时间',
      due: null,
      basis: 'unresolved',
    });
  });
  it('用 as a verb of its own is no deadline', () => {
    expect(core('obligation', '要用好用活中央预算内投资。')).toEqual(['用好用活中央预算内投资']);
  });
});

describe('"重点" + a policy verb opens a measure, as the verb alone does', () => {
  it('the first clause is the headline act before a later clause with its own modal', () => {
    expect(core('obligation', '重点排查老旧小区燃气管道、餐饮场所等薄弱环节，对发现的问题要限期整改。')).toEqual([
      '重点排查老旧小区燃气管道、餐饮场所等薄弱环节',
    ]);
  });
  it('重点 as a noun opens no act', () => {
    expect(core('obligation', '重点工程建设进度明显加快，各地要加大资金保障力度。')).toEqual(['加大资金保障力度']);
  });
});

describe('a second act joined by 并 in the same clause', () => {
  it("an obligation's core takes the first verb phrase only", () => {
    expect(core('obligation', '发现险情的，巡查人员应当立即设置警示标志并报告所在街道办事处。')).toEqual([
      '立即设置警示标志',
    ]);
    expect(core('obligation', '各区要对逾期未整改的单位予以曝光并约谈其主要负责人。')).toEqual([
      '对逾期未整改的单位予以曝光',
    ]);
  });
  it('a 并 inside a modifier, or in a word, stays', () => {
    expect(core('obligation', '商户应当使用符合国家标准并取得检验合格证明的燃气灶具。')).toEqual([
      '使用符合国家标准并取得检验合格证明的燃气灶具',
    ]);
    expect(core('obligation', '各地要稳妥推进乡镇合并并且做好人员安置。')).toEqual([
      '稳妥推进乡镇合并并且做好人员安置',
    ]);
  });
  it("a target's deadline and its joined goals stay one span", () => {
    expect(core('target', '各单位要在30日内完成自查并报送整改报告。')).toEqual(['在30日内完成自查并报送整改报告']);
  });
});
