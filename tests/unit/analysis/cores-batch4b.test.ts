/**
 * Core classes the second half of the fourth blind batch showed, with sentences written for this
 * test (not taken from any fixture page).
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('Chinese targets with several goals', () => {
  it('each later clause with a goal verb before its quantity adds its goal', () => {
    // (after a first goal that reaches a level; after a count or a state to build, the first alone: session 31,
    // over the core golds 10 to 3, cores-batch31-doc.test.ts)
    expect(core('target', '到2028年，机械化率达到75%以上，主要农作物耕种收综合机械化率超过80%。')).toEqual([
      '到2028年',
      '达到75%以上',
      '超过80%',
    ]);
  });

  it('a level held beside the goal (控制在/稳定在) is no further goal', () => {
    expect(core('target', '到2027年，新建保障性住房3万套以上，房价收入比控制在8倍左右。')).toEqual([
      '到2027年',
      '新建保障性住房3万套以上',
    ]);
  });
});

describe('Chinese: a quotation after a colon is the words reported', () => {
  it('its modal leads the act; a quote elsewhere still names a rule', () => {
    expect(
      core('obligation', '集训开始前，队长在讲评时要求：“各分队要把每一次演练都当作实战，敢于暴露短板。”'),
    ).toEqual(['把每一次演练都当作实战']);
    expect(core('obligation', '各地要严格执行“四不准”要求。')).toEqual(['严格执行“四不准”要求']);
  });
});

describe('Chinese: 要求 names its addressee before the act', () => {
  it('the act starts at the verb after the addressee', () => {
    expect(core('obligation', '《办法》要求物业企业按照合同约定公开收费明细。')).toEqual(['按照合同约定公开收费明细']);
    expect(core('obligation', '新政要求各区县全面推行电子证照。')).toEqual(['全面推行电子证照']);
    expect(core('obligation', '《措施》要求加强对困难群体的就业援助。')).toEqual(['加强对困难群体的就业援助']);
  });
});

describe('Chinese: a time limit cut', () => {
  it('the goal verb that runs into a span of time is part of the goal', () => {
    expect(core('target', '不动产登记办理时限压缩至3个工作日以内。')).toEqual(['压缩至3个工作日以内']);
    expect(core('target', '企业开办时间缩短到1个工作日以内。')).toEqual(['缩短到1个工作日以内']);
  });
});

describe('English: "calls for <agent> to <act>"', () => {
  it('governs the act like "calls on"', () => {
    expect(
      core('target', 'The plan also calls for the share of electric buses to reach 60 percent by 2030.', 'en'),
    ).toEqual(['reach 60 percent by 2030']);
  });
});

describe('English: a permission before the duty', () => {
  it('"do not need to …, but … must …": the duty is the core', () => {
    expect(
      core(
        'obligation',
        'Landlords do not need to apply for a licence, but they must keep a copy of the certificate.',
        'en',
      ),
    ).toEqual(['must keep a copy of the certificate']);
  });
});

describe('English: "tell <someone> how to …"', () => {
  it('is the act itself, not a verb governing an act of its addressee', () => {
    // an item of a list after "Online shops must:"
    expect(core('obligation', 'tell customers how to cancel their order online', 'en')).toEqual([
      'tell customers how to cancel their order online',
    ]);
    expect(core('obligation', 'The Order directs agencies to publish the data.', 'en')).toEqual(['publish the data']);
  });
});
