/**
 * The classes the blind batch 12 showed, each with sentences written for this test, not taken from
 * any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { zh, en, one } from './helpers';

describe('an object named with a demonstrative: "…这个首要任务"', () => {
  it('is no emphasis frame: the duty around it is an obligation', () => {
    const a = '要围绕乡村振兴这个首要任务，把各项扶持政策落到田间地头。';
    expect(zh(a)).toEqual(one('obligation', a));
    const b = '要抓住安全生产这一重中之重，把隐患排查延伸到每个班组。';
    expect(zh(b)).toEqual(one('obligation', b));
  });
  it('told as the frame, it stays emphasis', () => {
    const t = '稳就业是当前的首要任务。';
    expect(zh(t)).toEqual(one('emphasis', t));
  });
});

describe('"关键是" + a policy verb: what matters most, told as the act', () => {
  it('is emphasis', () => {
    const t = '关键是落实属地责任，做到底数清、情况明。';
    expect(zh(t)).toEqual(one('emphasis', t));
  });
  it('a noun after it is a statement', () => {
    expect(zh('这个项目迟迟没有开工，关键是资金没有到位。')).toEqual([]);
  });
});

describe('已经 inside the subject\'s modifier: "施行前已经开业的门店，应当…"', () => {
  it('names whom the duty reaches, not a past event', () => {
    const t = '新规实施前已经开业的药店，应当在2027年6月30日前完成设备改造。';
    expect(zh(t)).toEqual(one('target', t));
  });
  it('as the tense of the sentence it still tells a report', () => {
    expect(zh('这个村已经完成了全部危房改造，群众要住上新房了。')).toEqual([]);
  });
});

describe('a quotation whose speaker is named after it, with place and post', () => {
  it("is the speaker's own words, also when told to the reporter", () => {
    expect(zh('“过去办一张证要跑三个窗口，现在手机上就能办好。”湖北省宜昌市一家餐馆老板王晓东告诉记者。')).toEqual([]);
    expect(zh('“学校不能只盯着分数，更要关心孩子的身心健康。”南山中学副校长李某某在接受记者采访时说。')).toEqual([]);
  });
});

describe('family members are ordinary speakers: "有的家属说，…"', () => {
  it('their words are a report', () => {
    expect(zh('一位家属说，每次探视都要提前预约。')).toEqual([]);
  });
});

describe('English: a penalty for a breach, told as what may follow', () => {
  it('"could face a fine", "may be banned from" are sanctions, not rules', () => {
    expect(en('Operators who ignore the rules could face a fine of up to £5,000.')).toEqual([]);
    expect(en('Repeat offenders may be banned from running a kennel.')).toEqual([]);
  });
  it('a ban told in the passive stays a ban', () => {
    const t = 'Dogs are banned from the beach between May and September.';
    expect(en(t)).toEqual(one('prohibition', t));
  });
});

describe('English: a warning of resolve, "We will not hesitate to act"', () => {
  it('is no duty', () => {
    expect(en('We will not hesitate to take action against rogue traders.')).toEqual([]);
  });
  it('a plain "We will" stays a measure announced', () => {
    const t = 'We will publish the new code of practice in the autumn.';
    expect(en(t)).toEqual(one('obligation', t));
  });
});

describe('any outlet\'s dateline: "某某晚报客户端杭州3月2日讯"', () => {
  it('opens a news report, as 新华社北京…电 does', () => {
    expect(
      zh(
        '东海晚报客户端杭州3月2日讯（记者 王某）省商务厅联合多部门印发《关于进一步支持民营企业发展的若干措施》，从融资支持、用地保障等方面推出20条举措。',
      ),
    ).toEqual([]);
  });
  it('a date in a duty is no dateline', () => {
    const t = '各县要在6月30日前完成排查。';
    expect(zh(t)).toEqual(one('target', t));
  });
});
