/**
 * The classes the second half of the fourth blind batch showed, each with sentences written for
 * this test, not taken from any fixture page: quoted orders to expose problems, reported complaints,
 * the points of a 解读, descriptions built around a modal, news ledes from a document, past figures.
 */
import { describe, expect, it } from 'vitest';
import { zh, en, one } from './helpers';

describe('Chinese: calls to expose problems', () => {
  it('敢于/善于…暴露问题 is a call to bring problems out, not a description of them', () => {
    const s = '连长在讲评时要求：“各排要敢于在对抗演练中暴露短板、补齐短板。”';
    expect(zh(s)).toEqual(one('obligation', s));
    expect(zh('检查中，一些单位暴露出训练不实等问题。')).toEqual([]);
  });
});

describe('Chinese: 新政要求', () => {
  it('the new policy requires: not 政要 (a dignitary)', () => {
    expect(zh('新政要求外地车辆进城提前申报。')).toEqual(one('obligation', '新政要求外地车辆进城提前申报。'));
    expect(zh('多国政要出席了开幕式。')).toEqual([]);
  });
});

describe('Chinese: complaints reported', () => {
  it('what many said (不少…反映…还要…) is no duty; handling what people report is one', () => {
    expect(zh('不少商户反映申领执照还要来回跑好几趟。')).toEqual([]);
    expect(zh('一些家长反映孩子每天还要写两个小时作业。')).toEqual([]);
    expect(zh('对群众反映的问题，各地要及时处理。')).toEqual(one('obligation', '对群众反映的问题，各地要及时处理。'));
  });
});

describe('Chinese plans: tasks counted in batches', () => {
  it('建设一批… is a measure, also in a sentence that opens with its place', () => {
    const s = '在每个乡镇建设一批冷链仓储设施，优先改造闲置厂房。';
    expect(zh(s)).toEqual(one('obligation', s));
    expect(zh('去年全市建成了一批冷链仓储设施。')).toEqual([]);
  });
});

describe('Chinese plans: 发展 as the verb of a numbered point', () => {
  it('发展 after 一是/二是 is the measure, unless it is the topic', () => {
    expect(zh('三是发展农村电商物流服务。')).toEqual(one('obligation', '三是发展农村电商物流服务。'));
    expect(zh('一是发展速度明显加快。')).toEqual([]);
  });
});

describe('Chinese: "应当看到，…"', () => {
  it('is a discourse marker before a description, not a duty', () => {
    expect(zh('应当看到，一些地区基层医疗服务能力仍然偏弱，这还需要长期努力。')).toEqual([]);
    expect(zh('各级干部应当看到群众的难处，主动上门服务。')).toEqual(
      one('obligation', '各级干部应当看到群众的难处，主动上门服务。'),
    );
  });
});

describe('Chinese: a modal inside "这是…的…"', () => {
  it('qualifies the noun at the end and asks nothing of anyone', () => {
    expect(zh('人口流动加快，这是各级干部必须面对的现实考验。')).toEqual([]);
    expect(zh('这是亟待补齐的短板。')).toEqual([]);
    expect(zh('各地必须面对问题，限期整改。')).toEqual(one('obligation', '各地必须面对问题，限期整改。'));
  });
});

describe('Chinese: a judgement of significance', () => {
  it('"…，对于…具有…意义。" is no measure, even after an imperative opening', () => {
    expect(zh('加快推进这项改革，对于稳定就业具有重要意义。')).toEqual([]);
  });
});

describe('English: a news lede from a document', () => {
  it('"according to a guideline" reports the document, not hearsay', () => {
    const s = 'The country will connect every village to broadband by 2028, according to a guideline issued on Friday.';
    expect(en(s)).toEqual(one('target', s));
    expect(en('Every village will be connected by 2028, according to officials.')).toEqual([]);
  });
});

describe('English: figures of the past', () => {
  it('"had … by the end of 2024" is a statistic; "must have reached … by the end of 2028" a target', () => {
    expect(en('The region had more than 2 million registered vehicles by the end of 2024, data shows.')).toEqual([]);
    const s = 'Every county must have reached 90 percent coverage by the end of 2028.';
    expect(en(s)).toEqual(one('target', s));
  });
});

describe('English: rhetoric with no actor', () => {
  it('"This has to change." is no duty; a change asked of someone is one', () => {
    expect(en('This has to change.')).toEqual([]);
    expect(en('Things must change.')).toEqual([]);
    expect(en('You must change your password every 90 days.')).toEqual(
      one('obligation', 'You must change your password every 90 days.'),
    );
  });
});
