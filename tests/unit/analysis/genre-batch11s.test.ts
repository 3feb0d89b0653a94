/**
 * The classes the blind batch 11S showed (batch 11's half with 5 pages of batch 10), each with
 * sentences written for this test, not taken from any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { zh, en, one } from './helpers';

describe('要靠, "relies on": a state or a view, no duty', () => {
  it('"…还要靠农户自己…", "…归根到底要靠…"', () => {
    expect(zh('目前山区不少村的饮水还要靠村民自己挑，供水保障能力明显不足。')).toEqual([]);
    expect(zh('乡村振兴归根到底要靠广大农民群众的辛勤劳动。')).toEqual([]);
  });
  it('要靠前 / 要靠近 are a modal and a verb of their own', () => {
    const t = '各级领导干部要靠前指挥，第一时间赶赴现场。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('a quoted complaint that names a problem, without 的', () => {
  it('"“…还要…”问题明显减少" reports the problem, asks nothing', () => {
    expect(zh('企业反映的“审批还要跑好几个部门”问题基本得到解决。')).toEqual([]);
    expect(zh('“看病还要排长队”现象有所缓解。')).toEqual([]);
  });
  it('a measure against the problem stays a duty', () => {
    const t = '各地要着力解决“审批还要跑好几个部门”问题。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('已 inside the case a rule covers, "已…的，要…"', () => {
  it('the state names who must act; the duty stands', () => {
    const t = '已投入使用的公共建筑未设置无障碍通道的，要在改造中逐步补齐。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('已 that reports what was done still weighs against a weak cue', () => {
    expect(zh('全市已建成社区食堂120个，进一步方便了老年人就餐。')).toEqual([]);
  });
});

describe('the preamble of an explanation or a reply, "现就…解读如下"', () => {
  it('announces what follows, asks nothing', () => {
    expect(zh('为帮助各有关单位准确把握政策要求，现就有关条款解读如下。')).toEqual([]);
    expect(zh('为便于各地各部门掌握执行口径，现将有关问题说明如下。')).toEqual([]);
  });
});

describe('依托 opens a measure built on a base, as 围绕 / 聚焦 do', () => {
  it('"依托…平台，建立…，实现…" is a measure without a modal', () => {
    const t = '依托省级政务数据共享平台，建立跨部门证照信息互认机制，实现企业开办一网通办。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('a report of what was built on it is not', () => {
    expect(zh('依托这一平台，全市去年已累计办理业务30万件。')).toEqual([]);
  });
  it('nor is a change told as done after it (…起了, …过上了), as after 围绕 / 聚焦', () => {
    expect(zh('依托山里的茶园，这个村发展起了乡村旅游，游客一年比一年多。')).toEqual([]);
    expect(zh('围绕本地的竹林，几户人家搞起了竹编合作社。')).toEqual([]);
    expect(zh('聚焦特色种植，不少农户过上了好日子。')).toEqual([]);
  });
});

describe('an official named bare after being introduced, telling what the whole city will do', () => {
  it('"王某说，到…，全市将新增…" is the policy’s voice: a target', () => {
    const t = '李晓梅说，到2027年底，全市将新增公共停车泊位2万个，缓解老城区停车难。';
    expect(zh(t)).toEqual(one('target', t));
  });
  it('a person named bare telling of his own life stays his words', () => {
    expect(zh('老李说，到2027年底，他家要把老房子翻修一遍。')).toEqual([]);
  });
});

describe('a power granted to a subject of two words, "Local authorities will be able to …"', () => {
  it('is no duty', () => {
    expect(en('Local authorities will be able to charge a fee for late applications.')).toEqual([]);
    expect(en('Health boards will also be able to refuse a licence where a clinic is unsafe.')).toEqual([]);
  });
  it('"Local authorities will publish …" still is', () => {
    const t = 'Local authorities will publish a register of approved providers by March 2027.';
    expect(en(t).length).toBe(1);
  });
});

describe('what respondents told a consultation, quoted', () => {
  it('"… told us that "we need to …"" is their words', () => {
    expect(en('Several small charities told us that "we need more time or we will have to stop the service".')).toEqual(
      [],
    );
  });
  it('a duty the government sets after it still counts', () => {
    const t = 'Providers must keep records of every session they run.';
    expect(en(`Some providers told us that "we need to keep paperwork light". ${t}`)).toEqual(one('obligation', t));
  });
});

describe('a ban with its exception in the perfect, "… unless the regulator has agreed …"', () => {
  it('the perfect of the exception is no view reported', () => {
    const t = 'You must not burn waste on site unless the council has agreed a plan with you.';
    expect(en(t)).toEqual(one('prohibition', t));
  });
  it('a view reported still weighs against the modal', () => {
    expect(en('Most respondents agreed that operators should publish prices.')).toEqual([]);
  });
});

describe('an enforcement power described, "… can issue a … notice, which means you must …"', () => {
  it('tells what a notice would require, no duty now', () => {
    expect(
      en('The inspector can issue an improvement notice, which means you must fix the problem within 21 days.'),
    ).toEqual([]);
    expect(en('Trading standards may also serve you with a compliance notice that you must follow.')).toEqual([]);
  });
  it('a duty told without the power still counts', () => {
    const t = 'You must fix the problem and tell the inspector when it is done.';
    expect(en(t)).toEqual(one('obligation', t));
  });
});

describe('进一步 opening the effect of a measure told before it, "…，进一步减轻群众负担"', () => {
  it('a measure described, then its effect: no duty', () => {
    expect(zh('此外，异地就医备案改为线上办理，进一步方便群众办事。')).toEqual([]);
    expect(zh('同时，小微企业登记费用全部免收，进一步降低企业开办成本。')).toEqual([]);
  });
  it('a modal or an opening verb still carries the measure', () => {
    const a = '要推行异地就医线上备案，进一步方便群众办事。';
    const b = '全面落实小微企业登记费用减免，进一步降低企业开办成本。';
    expect(zh(a)).toEqual(one('obligation', a));
    expect(zh(b)).toEqual(one('obligation', b));
  });
});

describe('a reminder that carries a duty or a ban, "…特别提醒，…切勿…"', () => {
  it('is that duty or ban, reported', () => {
    const ban = '交警部门特别提醒，驾驶途中切勿低头看手机。';
    const duty = '该负责人特别提醒，游客出行前要提前查询景区预约信息。';
    expect(zh(ban)).toEqual(one('prohibition', ban));
    expect(zh(duty)).toEqual(one('obligation', duty));
  });
  it('a reminder with no duty or ban after it is still stressed', () => {
    const t = '气象部门特别提醒，本周后期强降雨过程影响范围广、持续时间长。';
    expect(zh(t)).toEqual(one('emphasis', t));
  });
});
