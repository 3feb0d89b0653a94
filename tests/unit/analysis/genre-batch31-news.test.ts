/**
 * The Chinese news classes the dev set of session 31 showed (features, interviews, a broadcast's roundup),
 * each with sentences written for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { one, zh } from './helpers';

const paragraphs = (ps: (string | { kind: 'heading'; text: string })[]) =>
  findDirectives(plainArticle(ps, 'zh')).map((d) => [d.category, d.text]);

describe("an interview's turns by a named grassroots cadre", () => {
  const intro = '“合作社刚起步时，谁也不看好。”村党支部书记陈立平一边翻着账本，一边说。';
  it('are his own unit’s plans, whatever modal they hold', () => {
    const got = paragraphs([
      intro,
      '记者：下一步有什么打算？',
      '陈立平：我们要把冷库再扩建一座，明年争取带动80户入社。村干部必须带头干。',
    ]);
    expect(got).toEqual([]);
  });
  it('a rule he passes on stays the rule’s', () => {
    const t = '陈立平：村规民约明确，村民必须按时缴纳保洁费。';
    expect(paragraphs([intro, '记者：村里怎么管？', t])).toEqual(one('obligation', t));
  });
  it('an official named so keeps his words, and a name with no title changes nothing', () => {
    const official = '县农业农村局局长陈立平说，今年的重点是冷链。';
    expect(paragraphs([official, '记者：下一步呢？', '陈立平：各乡镇要把冷库建到村里。'])).toHaveLength(1);
    expect(paragraphs(['陈立平是本地人。', '记者：下一步呢？', '陈立平：各乡镇要把冷库建到村里。'])).toHaveLength(1);
  });
});

describe('what a thing takes, a span of time: 要 + a duration ending its clause', () => {
  it('is no duty', () => {
    expect(zh('手工编一只竹篮要三天，赶集只能卖几十元。')).toEqual([]);
    expect(zh('从育苗到出栏要八个多月。')).toEqual([]);
  });
  it('a deadline or a time spent on an act stays a duty', () => {
    expect(zh('各地要在3个月内完成排查。')).toHaveLength(1);
    expect(zh('各地要用两年时间完成改造。')).toHaveLength(1);
  });
});

describe('a maxim of what a thing takes: "X要振兴，关键在Y"', () => {
  it('is no duty', () => {
    expect(zh('产业要发展，关键在人才。')).toEqual([]);
  });
  it('a duty before a key stays one', () => {
    expect(zh('各地要抓落实，关键在于压实责任。')).toHaveLength(1);
  });
});

describe('a choice someone made, told with 了: "当成了头等大事"', () => {
  it('is no emphasis', () => {
    expect(zh('回乡以后，他把修通山路当成了头等大事。')).toEqual([]);
  });
  it('the emphasis asked for stays', () => {
    expect(zh('各地要把防汛当作头等大事来抓。')).toHaveLength(1);
  });
});

describe("a broadcast's roundup: item titles labelled by their medium", () => {
  it('are no section headings', () => {
    const got = paragraphs([
      { kind: 'heading', text: '[视频]水利部部署秋冬季水库安全度汛工作' },
      '水利部近日印发通知，要求各地做好水库安全工作。',
      { kind: 'heading', text: '【图片】沿海渔港迎来开海' },
      '今天，沿海渔港的渔船陆续出海。',
    ]);
    expect(got.filter(([c]) => c === 'heading')).toEqual([]);
  });
  it('a plain section heading stays one', () => {
    const got = paragraphs([{ kind: 'heading', text: '水库安全不放松' }, '今天，渔船陆续出海。']);
    expect(got).toEqual([['heading', '水库安全不放松']]);
  });
});

describe('a bare name speaking: the title the article gave him where it named him', () => {
  it("an official's words passed on are his directive, and so are they after 他说 when he is the last named", () => {
    const got = paragraphs([
      '5月8日，市委书记赵远航来到城东社区调研。',
      '社区网格员告诉他：“我们要把每栋楼的情况摸清楚。”赵远航对网格员表示感谢。他说，要把基层减负落到实处。',
      '赵远航强调，各区要压实属地责任。',
    ]);
    expect(got).toEqual([
      ['obligation', '他说，要把基层减负落到实处。'],
      ['obligation', '赵远航强调，各区要压实属地责任。'],
    ]);
  });
  it("a resident's are his own", () => {
    const got = paragraphs(['72岁的村民孙桂芝住在村口。', '孙桂芝说，大家都要把垃圾分好类。']);
    expect(got).toEqual([]);
  });
  it('a speaker no table classes is the one a 他们 after him means, not a voice quoted before', () => {
    const got = paragraphs([
      '“这一仗输得值。”上士刘海涛说。',
      '该营领导表示，下一步将完善考核办法。他们强调，尤其要把大纲要求落实到每名官兵。',
    ]);
    expect(got).toEqual([['emphasis', '他们强调，尤其要把大纲要求落实到每名官兵。']]);
  });
});

describe('a quotation in the first person after a short topic', () => {
  it('is the speaker’s own community told what it must do', () => {
    expect(zh('老船工张大山说，今年鱼多。“老辈人的规矩，我们要守着，网眼只能大不能小。”')).toEqual([]);
    expect(zh('离开时，乡亲们纷纷向他表达心声：“日子好了，咱们一定要加油干。”')).toEqual([]);
  });
  it("an official's, read through his frame, stays his directive", () => {
    const t = '县委书记王海说：“我们要把每一笔帮扶资金用在刀刃上。”';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('"需要指出的是，" before a statement holding 必要 / 重要', () => {
  it('is no emphasis: the 要 of 必要 asks nothing', () => {
    expect(zh('需要指出的是，适老化改造并非可有可无，而是老年人安全出行的必要保障。')).toEqual([]);
  });
  it('a duty after it keeps it', () => {
    expect(zh('需要指出的是，各地要把适老化改造纳入年度计划。')).toHaveLength(1);
  });
});

describe('a turn’s name is looked up with its title near where it speaks (report-frame.ts TITLE_REACH)', () => {
  // (searching a long document from its start for every name made the analysis quadratic in its length)
  const filler = Array.from({ length: 200 }, (_, i) =>
    `第${i + 1}段介绍了当地的产业情况和市场行情，篇幅较长。`.repeat(3),
  );
  const turn = '陈立平：我们要把冷库再扩建一座，村干部必须带头干。';
  it('a title given a few paragraphs before still classes the turn', () => {
    expect(paragraphs(['村党支部书记陈立平一边翻着账本，一边说。', ...filler.slice(0, 10), turn])).toEqual([]);
  });
  it('a title given pages earlier, beyond the reach, is not read', () => {
    expect(paragraphs(['村党支部书记陈立平一边翻着账本，一边说。', ...filler, turn]).length).toBeGreaterThan(0);
  });
});
