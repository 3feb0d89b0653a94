/**
 * Chinese category classes of session 35 (s35-zhprec: the dev set 43 showed them), each with sentences written for
 * this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { core, one, zh } from './helpers';

describe('a modal duty followed by two bans or more, each in its own clause, is a prohibition', () => {
  const two = '各地要加强农村建房管理，严禁违规占用耕地建房，严禁未批先建。';
  it('two bans after the duty', () => expect(zh(two)).toEqual(one('prohibition', two)));
  it('cored by its bans', () => expect(core('prohibition', two)).toEqual(['严禁违规占用耕地建房', '严禁未批先建']));
  it('after a report frame (会议要求，)', () => {
    const s = '会议要求，各地必须稳妥推进试点，不得搞强迫命令，不得增加农民负担。';
    expect(zh(s)).toEqual(one('prohibition', s));
  });
  it('one ban after the duty: still an obligation', () => {
    const s = '各地要加强农村建房管理，严禁违规占用耕地建房。';
    expect(zh(s)).toEqual(one('obligation', s));
  });
  it('a duty that is a sentence of its own before a semicolon: still an obligation', () => {
    const s = '各地要加强农村建房管理；严禁违规占用耕地建房，严禁未批先建。';
    expect(zh(s)).toEqual(one('obligation', s));
  });
  it('modals in more than one clause (既要…，又要…): still an obligation', () => {
    const s = '各级干部要带头抓落实，既要部署，又要督查，不能只发文件，更不能只开会议。';
    expect(zh(s)).toEqual(one('obligation', s));
  });
});

describe('the year a goal is set for, with a short subject and 要 before the goal verb, makes a target', () => {
  it('the year after a subject (…时限今年要再压缩…)', () => {
    const s = '项目审批时限今年要再压缩三分之一。';
    expect(zh(s)).toEqual(one('target', s));
    expect(core('target', s)).toEqual(['今年', '再压缩三分之一']);
  });
  it('after a report frame, with a subject after the year (2027年全市要新建…)', () => {
    const s = '《计划》明确，2027年全市要新建口袋公园120个。';
    expect(zh(s)).toEqual(one('target', s));
    expect(core('target', s)).toEqual(['2027年', '新建口袋公园120个']);
  });
  it('an act that is no goal (今年要着力…): still an obligation', () => {
    const s = '报告提出，今年要着力稳定社会预期。';
    expect(zh(s)).toEqual(one('obligation', s));
  });
  it("the year of a plan's main goals (…主要预期目标是：…) is no deadline of its own", () =>
    expect(core('target', '报告提出，2027年全市发展的主要预期目标是：地区生产总值增长6%左右。')).toEqual([
      '增长6%左右',
    ]));
});

describe('a measure told as done (设立了 / 制定了…) with no duty after it is a report, no directive', () => {
  it('an office that set up a desk', () =>
    expect(zh('为确保群众办事方便，社保部门在各街道设立了服务专窗，并通过热线开展政策咨询。')).toEqual([]));
  it('a plan drawn up, then what it does', () =>
    expect(zh('为此，我们在广泛调研的基础上制定了《实施细则》，进一步加大扶持力度。')).toEqual([]));
  it('a plan drawn up and handed down with a request: still a directive', () => {
    const s = '我厅制定了《工作方案》，现印发给你们，请认真贯彻执行。';
    expect(zh(s)).toEqual(one('obligation', s));
  });
});

describe('必要和可能 is what is weighed, no modal 要', () => {
  it('a report of what was weighed', () =>
    expect(zh('记者发现，多项指标既保持了连续性，也充分考虑了必要和可能。')).toEqual([]));
});

describe('a company plan told to the reporter, an order told as given on the spot: reports, no directive', () => {
  it('whoever tells the reporter what the firm will do (告诉记者)', () =>
    expect(zh('她告诉记者，厂里今年要把新增的订单利润全部用在技术改造上。')).toEqual([]));
  it('an order given on the spot (当场责令), told with what followed', () =>
    expect(zh('执法人员检查时发现油烟净化设施未开启，当场责令店主整改，并开具了整改通知书。')).toEqual([]));
  it('an order to be given on the spot keeps its modal', () => {
    const s = '检查中发现违规排放的，要当场责令整改。';
    expect(zh(s)).toEqual(one('obligation', s));
  });
});

describe('a ban told as set up, what a thing does not mean, a speech tag: no directive', () => {
  it('了禁止: what a rule drew', () => expect(zh('新修订的办法划定了禁止燃放烟花爆竹的区域。')).toEqual([]));
  it('a ban still stands', () => {
    const s = '禁止在划定的区域内燃放烟花爆竹。';
    expect(zh(s)).toEqual(one('prohibition', s));
  });
  it('绝不意味着 is no ban', () => expect(zh('但强调效率绝不意味着降低标准、草率行事。')).toEqual([]));
  it('a speech tag after a quotation', () => expect(zh('这位专家组组长特别强调。')).toEqual([]));
});
