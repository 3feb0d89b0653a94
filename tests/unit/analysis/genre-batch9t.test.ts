/**
 * The classes the blind batch 9T showed, each with sentences written for this test, not taken from
 * any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { zh, en, one, core } from './helpers';

describe('voices reported: young people, farmers and founders speak for themselves', () => {
  it('"…的年轻人说，…要…" / "养鸡农户说，…要…" is a report of their burden', () => {
    expect(zh('一位在县城开网店的年轻人说，发一次快递要跑十几里路，旺季还要排队。')).toEqual([]);
    expect(zh('村里的养鸡农户说，饲料涨价后每天要多花两百块。')).toEqual([]);
  });
  it('a duty towards them still counts', () => {
    const t = '各级团组织要引导青年投身乡村振兴，帮助青年创业者解决融资难题。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('a quotation told before its speaker', () => {
  it('"“…还需要…。”某店长说。" is the speaker\'s words, as "某店长说：“…”" is', () => {
    expect(zh('家电消费明显回暖。“要让顾客买得放心，门店还需要在安装上多下功夫。”一家家电卖场的店长周敏说。')).toEqual(
      [],
    );
  });
  it("an office's words still report the policy: its 负责人 speaking, or named just before", () => {
    const a = '“各地要在6月底前完成隐患排查。”省应急管理厅负责人说。';
    expect(zh(a)).toEqual(one('target', '“各地要在6月底前完成隐患排查。”'));
    const b = '省商务厅市场处负责人王磊介绍了新规。“经营者要如实标明价格。”王磊说。';
    expect(zh(b)).toEqual(one('obligation', '“经营者要如实标明价格。”'));
  });
});

describe("an office's next steps, told by its spokesperson", () => {
  it('"…负责人表示，将加强…" is what the office will do, as "下一步将…" is', () => {
    expect(zh('市场监管总局有关负责人表示，将加强对各地价格执法工作的督促指导，推动形成长效机制。')).toEqual([]);
  });
  it('a duty it sets for others still counts', () => {
    const t = '该负责人表示，将出台配套细则，各地要在3个月内完成清理。';
    expect(zh(t)).toEqual(one('target', t));
  });
});

describe('the purpose of a step explained, "…，就是要…"', () => {
  it('"出台这项办法，就是要…" tells what the step is for', () => {
    expect(zh('开展这次专项行动，就是要从严整治违规行为，强化源头治理。')).toEqual([]);
    expect(zh('制定这份清单，就是要为基层减负，推动干部把精力用在抓落实上。')).toEqual([]);
  });
  it('the same act asked of someone still counts', () => {
    const t = '各地要在审批和监管上同时发力，堵住漏洞。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('English: an office given the power and the order to act', () => {
  it('"… is authorized and directed to …" is a duty, its core from the phrase on', () => {
    const t = '(e) The Secretary of Energy is authorized and directed to publish this order in the Federal Register.';
    expect(en(t)).toEqual(one('obligation', t));
    expect(core('obligation', t, 'en')).toEqual([
      'is authorized and directed to publish this order in the Federal Register',
    ]);
  });
  it('a power alone is no duty', () => {
    expect(en('The Secretary of Energy is authorized to accept gifts of property.')).toEqual([]);
  });
});

describe('English: a service named "Do Not …" is no ban', () => {
  it('"… against the Do Not Pay list" leaves the duty its own category', () => {
    const t = 'Agencies shall screen every payee against the Do Not Pay list.';
    expect(en(t)).toEqual(one('obligation', t));
  });
  it('a ban told with "do not" still counts', () => {
    const t = 'Do not pay any invoice before it has been approved.';
    expect(en(t)).toEqual(one('prohibition', t));
  });
});

describe('English: duties named inside an indirect question', () => {
  it('"… covers how your club needs to … and who must …" tells what the guide is about', () => {
    expect(en('Our booklet covers how your club needs to store its records and who must sign them.')).toEqual([]);
  });
  it('a duty of the main clause still counts', () => {
    const t = 'Employers must tell staff what they need to bring on the first day.';
    expect(en(t)).toEqual(one('obligation', t));
  });
});
